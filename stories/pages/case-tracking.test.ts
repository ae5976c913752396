// The « Suivi de dossier » / "Case tracking" template (case-tracking.markup.ts) used from the keyboard
// only, as a person who does not use a mouse would: the skip link, the tabs with the arrow keys, the
// summary's « Modifier » dialogs (saved, then cancelled with Escape, the focus back on the button each
// time), the filter tags removed one by one, the help accordion, the page feedback, and the session
// warning that comes while a message is being written. axe checks the whole page in each state, in
// French and in English. Run in Chromium, Firefox and WebKit.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../packages/components/src/index.js';
import { axElement } from '../../packages/components/src/internal/test/ax.js';
import { deepElements, settle } from '../support/settle.js';
import {
  accessibleName,
  closestComposed,
  containsComposed,
  deepActive,
  describeElement,
  hasBox,
  tabUntil,
  waitFor,
} from '../support/page-flow.js';
import {
  caseText,
  caseTrackingPage,
  documentCounts,
  wireCaseTracking,
  type CaseTrackingOptions,
  type Lang,
} from './case-tracking.markup.js';

let stylesheet: HTMLLinkElement | undefined;

before(async () => {
  // The page CSS a ministry links (@qc-ds/styles): grid, base elements, pre-upgrade rules.
  stylesheet = document.createElement('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.href = '/packages/styles/dist/qc-ds.css';
  const loaded = new Promise((resolve, reject) => {
    stylesheet!.addEventListener('load', resolve);
    stylesheet!.addEventListener('error', () => reject(new Error('qc-ds.css did not load: build @qc-ds/styles')));
  });
  document.head.append(stylesheet);
  await loaded;
  await setViewport({ width: 1280, height: 720 });
});

after(() => stylesheet?.remove());

afterEach(() => {
  window.scrollTo(0, 0);
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
});

/** The template, wired and settled; the focus at the start of the page (see navigation-pages.test.ts). */
async function mount(lang: Lang, options: CaseTrackingOptions = {}): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(
    html`<div class="qc-ds" lang=${lang} tabindex="-1">${unsafeHTML(caseTrackingPage(lang, options))}</div>`,
  );
  wireCaseTracking(root, lang);
  // The test page must not leave for the sign-out page when a short session runs out.
  root.addEventListener('qc-session-end', (event) => event.preventDefault());
  await settle(root);
  const end = document.createElement('button');
  end.textContent = 'fin';
  root.after(end);
  root.focus();
  return root;
}

const isTab = (el: Element) => el.getAttribute('role') === 'tab';
const tabNamed = (root: Element, name: string) =>
  [...root.querySelectorAll('qc-tabs [role="tab"]')].find((tab) => tab.textContent!.trim() === name) ?? null;
const selectedTab = (root: Element) => root.querySelector('qc-tabs [role="tab"][aria-selected="true"]');
const panelShown = (root: Element, id: string) => {
  const panel = root.querySelector<HTMLElement>(`section#${id}`)!;
  return !panel.hidden && hasBox(panel);
};

/** The text of the focused control (a qc-button's label is its host's text). */
const focusedLabel = () => {
  const active = deepActive();
  return ((active && closestComposed(active, 'qc-button')) ?? active)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
};

/** Whether the qc-dialog's native `<dialog>` is open. */
function dialogOpen(host: Element): boolean {
  const native = host.shadowRoot?.querySelector('dialog');
  return Boolean(native?.open);
}

/** Selects a tab by a click (for the axe states; the keyboard tests use the arrows). */
async function selectTab(root: Element, id: string, name: string): Promise<void> {
  tabNamed(root, name)!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  await waitFor(() => panelShown(root, id));
  expect(panelShown(root, id), `${id} shown`).to.equal(true);
}

/** Tabs to the selected tab, then moves with the arrows to the tab named `name`. */
async function goToTab(root: Element, name: string): Promise<void> {
  const tab = await tabUntil(isTab);
  expect(tab, 'the tab list is reached by Tab').not.to.equal(null);
  for (let i = 0; i < 3 && deepActive()?.textContent?.trim() !== name; i++) await sendKeys({ press: 'ArrowRight' });
  await waitFor(() => selectedTab(root)?.textContent?.trim() === name);
  expect(selectedTab(root)?.textContent?.trim()).to.equal(name);
}

describe('page « Suivi de dossier » / "Case tracking"', () => {
  /** The page's states worth auditing, each reached from a fresh page (programmatically: axe reads the result). */
  const states: ReadonlyArray<[string, (root: HTMLElement, lang: Lang) => Promise<void>]> = [
    ['as loaded (Résumé tab)', async () => {}],
    [
      'Documents tab, a filter removed',
      async (root, lang) => {
        await selectTab(root, 'documents', caseText(lang).tabs.documents);
        const tag = root.querySelector<HTMLElement>('qc-tag[removable]')!;
        tag.shadowRoot!.querySelector('button')!.click();
        await waitFor(() => !tag.isConnected);
        expect(tag.isConnected, 'the tag is removed').to.equal(false);
      },
    ],
    [
      'Documents tab, every filter removed',
      async (root, lang) => {
        await selectTab(root, 'documents', caseText(lang).tabs.documents);
        for (const tag of root.querySelectorAll<HTMLElement>('qc-tag[removable]')) {
          tag.shadowRoot!.querySelector('button')!.click();
          await waitFor(() => !tag.isConnected);
        }
        await waitFor(() => hasBox(root.querySelector('[data-no-filter]')!));
        expect(hasBox(root.querySelector('[data-no-filter]')!), '« Aucun filtre » shown').to.equal(true);
      },
    ],
    ['Messages tab', async (root, lang) => selectTab(root, 'messages', caseText(lang).tabs.messages)],
    [
      'a « Modifier » dialog open',
      async (root) => {
        const dialog = root.querySelector('qc-dialog')!;
        dialog.show();
        await waitFor(() => dialogOpen(dialog));
        expect(dialogOpen(dialog), 'the dialog opened').to.equal(true);
      },
    ],
    [
      'every help question open, feedback « Non » asking why',
      async (root) => {
        for (const item of root.querySelectorAll('qc-accordion-item')) item.setAttribute('open', '');
        root.querySelector<HTMLButtonElement>('qc-page-feedback button[value="no"]')!.click();
        await waitFor(() => root.querySelector('qc-page-feedback [data-qc-part="reasons"]') !== null);
        expect(root.querySelector('qc-page-feedback [data-qc-part="reasons"]'), 'the follow-up question').not.to.equal(
          null,
        );
      },
    ],
    [
      'the session warning open',
      async (root) => {
        const session = root.querySelector('qc-session-timeout')!;
        session.setAttribute('timeout', '30');
        session.setAttribute('warning', '28');
        session.restart();
        await waitFor(() => session.open, 6000);
        expect(session.open, 'the session warning opened').to.equal(true);
      },
    ],
  ];

  for (const lang of ['fr', 'en'] as const) {
    for (const [state, enter] of states) {
      it(`${lang}: passes axe — ${state}`, async () => {
        const root = await mount(lang);
        await enter(root, lang);
        await settle(root);
        await expect(root).to.be.accessible();
      });
    }
  }

  it('reflows at 320 px: nothing on the page is wider than the screen in any tab, nor the dialog [wcag:1.4.10]', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const root = await mount('fr');
      const t = caseText('fr');
      const wide = () =>
        deepElements(root)
          .filter((el) => hasBox(el) && el.getBoundingClientRect().right > 320.5)
          .map(describeElement);
      for (const [id, name] of [
        ['resume', t.tabs.summary],
        ['documents', t.tabs.documents],
        ['messages', t.tabs.messages],
      ] as const) {
        await selectTab(root, id, name);
        await settle(root);
        expect(JSON.stringify(wide()), `${id}: wider than 320 px`).to.equal('[]');
      }
      const dialog = root.querySelector('qc-dialog')!;
      dialog.show();
      await waitFor(() => dialogOpen(dialog));
      const box = dialog.shadowRoot!.querySelector('dialog')!.getBoundingClientRect();
      expect(box.left >= 0 && box.right <= 320.5, `the dialog fits (${box.left}–${box.right})`).to.equal(true);
    } finally {
      await setViewport({ width: 1280, height: 720 });
    }
  });

  it('the skip link is the first Tab stop and moves the focus to main [wcag:2.1.1,2.4.1,2.4.3]', async () => {
    const root = await mount('fr');
    await sendKeys({ press: 'Tab' });
    expect(describeElement(deepActive())).to.contain('Passer au contenu');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => document.activeElement?.id === 'main');
    expect(document.activeElement?.id).to.equal('main');
    await sendKeys({ press: 'Tab' });
    expect(closestComposed(deepActive(), 'main') !== null, 'the next Tab starts in main').to.equal(true);
    expect(root.querySelector('main')!.hasAttribute('tabindex'), 'temporary tabindex removed').to.equal(false);
  });

  it('the tabs move with the arrow keys, one key at a time, and Tab goes into the panel [wcag:2.1.1,2.4.3]', async () => {
    const root = await mount('fr');
    const t = caseText('fr');
    const tab = await tabUntil(isTab);
    expect(tab !== null && tab.textContent!.trim() === t.tabs.summary, 'Tab reaches the selected tab first').to.equal(
      true,
    );
    expect(await accessibleName(tab!)).to.equal(t.tabs.summary);
    expect((await axElement(tab!)).role, 'exposed as a tab').to.equal('tab');
    const steps: Array<[string, string, string]> = [
      ['ArrowRight', t.tabs.documents, 'documents'],
      ['ArrowRight', t.tabs.messages, 'messages'],
      ['ArrowRight', t.tabs.summary, 'resume'],
      ['ArrowLeft', t.tabs.messages, 'messages'],
      ['Home', t.tabs.summary, 'resume'],
      ['End', t.tabs.messages, 'messages'],
      ['ArrowLeft', t.tabs.documents, 'documents'],
      ['ArrowLeft', t.tabs.summary, 'resume'],
    ];
    for (const [key, name, id] of steps) {
      await sendKeys({ press: key });
      await waitFor(() => panelShown(root, id));
      const focused = deepActive();
      expect(`${key} → ${focused?.textContent?.trim()}`).to.equal(`${key} → ${name}`);
      expect(focused?.getAttribute('aria-selected'), `${name} selected`).to.equal('true');
      expect(panelShown(root, id), `${id} shown`).to.equal(true);
      const others = ['resume', 'documents', 'messages'].filter((other) => other !== id);
      expect(
        others.filter((other) => panelShown(root, other)),
        'other panels hidden',
      ).to.deep.equal([]);
    }
    await sendKeys({ press: 'Tab' });
    expect(
      deepActive()?.getAttribute('commandfor') === 'dlg-adresse' &&
        containsComposed(root.querySelector('section#resume')!, deepActive()),
      `Tab goes into the Résumé panel, its structured list's first « Modifier » (${describeElement(deepActive())})`,
    ).to.equal(true);
  });

  for (const lang of ['fr', 'en'] as const) {
    it(`${lang}: « Modifier » opens its dialog; saving updates the value, Escape cancels; focus back on the button [wcag:2.1.1,2.4.3,3.1.2]`, async () => {
      const root = await mount(lang);
      const t = caseText(lang);
      const row = t.rows.find((r) => r.edit?.id === 'adresse')!;
      const value = root.querySelector('[data-value="adresse"]')!;
      const dialog = root.querySelector('qc-dialog#dlg-adresse')!;
      await goToTab(root, t.tabs.summary);

      const change = await tabUntil((el) => el.getAttribute('commandfor') === 'dlg-adresse');
      expect(change, 'Tab reaches the address’s « Modifier »').not.to.equal(null);
      const name = await accessibleName(change!);
      expect(name.startsWith(t.change) && name.toLowerCase().includes(row.key.toLowerCase()), name).to.equal(true);

      await sendKeys({ press: 'Enter' });
      await waitFor(() => dialogOpen(dialog) && containsComposed(dialog, deepActive()));
      expect(dialogOpen(dialog), 'the dialog opened').to.equal(true);
      const field = deepActive();
      expect(field?.localName === 'input' && containsComposed(dialog, field), 'focus in the field').to.equal(true);
      expect((field as HTMLInputElement).value).to.equal(row.value);

      await sendKeys({ press: 'Control+a' });
      await sendKeys({ type: '12, rue Saint-Jean' });
      await sendKeys({ press: 'Tab' });
      expect(focusedLabel(), 'Tab reaches « Enregistrer »').to.equal(t.save);
      await sendKeys({ press: 'Enter' });
      await waitFor(() => !dialogOpen(dialog) && deepActive() === change);
      expect(dialogOpen(dialog), 'the dialog closed').to.equal(false);
      expect(deepActive() === change, `focus back on « Modifier » (${describeElement(deepActive())})`).to.equal(true);
      expect(value.textContent).to.equal('12, rue Saint-Jean');

      await sendKeys({ press: 'Enter' });
      await waitFor(() => dialogOpen(dialog) && containsComposed(dialog, deepActive()));
      expect(dialogOpen(dialog), 'the dialog opened again').to.equal(true);
      expect((deepActive() as HTMLInputElement).value, 'the field shows the saved value').to.equal(
        '12, rue Saint-Jean',
      );
      await sendKeys({ type: ' app. 3' });
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !dialogOpen(dialog) && deepActive() === change);
      expect(dialogOpen(dialog), 'Escape closed the dialog').to.equal(false);
      expect(deepActive() === change, `focus back on « Modifier » (${describeElement(deepActive())})`).to.equal(true);
      expect(value.textContent, 'Escape changed nothing').to.equal('12, rue Saint-Jean');

      // « Annuler »: the field is back to the saved value, nothing changes.
      await sendKeys({ press: 'Enter' });
      await waitFor(() => dialogOpen(dialog) && containsComposed(dialog, deepActive()));
      expect((deepActive() as HTMLInputElement).value, 'Escape put the field back').to.equal('12, rue Saint-Jean');
      await sendKeys({ type: ' app. 4' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(focusedLabel(), 'Tab, Tab reaches « Annuler »').to.equal(t.cancel);
      await sendKeys({ press: 'Enter' });
      await waitFor(() => !dialogOpen(dialog) && deepActive() === change);
      expect(deepActive() === change, `focus back on « Modifier » (${describeElement(deepActive())})`).to.equal(true);
      expect(value.textContent, '« Annuler » changed nothing').to.equal('12, rue Saint-Jean');
    });
  }

  it('a filter tag removed with Enter moves the focus to the next tag’s button, then as documented after the last [wcag:2.1.1,2.4.3]', async () => {
    const root = await mount('fr');
    const t = caseText('fr');
    await goToTab(root, t.tabs.documents);
    const tags = [...root.querySelectorAll<HTMLElement>('qc-tag[removable]')];
    const count = () => root.querySelectorAll('[data-documents] li').length;
    expect(count()).to.equal(documentCounts.filtered);

    const first = await tabUntil((el) => closestComposed(el, 'qc-tag') === tags[0]);
    expect(first, 'Tab reaches the first tag’s remove button').not.to.equal(null);
    expect(await accessibleName(first!)).to.contain(t.filter.year);

    for (const [index, tag] of tags.entries()) {
      await sendKeys({ press: 'Enter' });
      await waitFor(() => !tag.isConnected);
      expect(tag.isConnected, `tag ${index + 1} removed`).to.equal(false);
      const next = tags[index + 1];
      if (next) {
        await waitFor(() => closestComposed(deepActive(), 'qc-tag') === next);
        expect(
          closestComposed(deepActive(), 'qc-tag') === next && deepActive()?.localName === 'button',
          `focus on the next tag’s button (${describeElement(deepActive())})`,
        ).to.equal(true);
      }
    }
    // After the last tag: the heading before the group, « Filtres appliqués » (qc-tag's documented rule),
    // which now says that no filter is left.
    const heading = root.querySelector('#filtres')!;
    await waitFor(() => deepActive() === heading);
    expect(deepActive() === heading, `focus on the group's heading (${describeElement(deepActive())})`).to.equal(true);
    expect(hasBox(root.querySelector('[data-no-filter]')!), '« Aucun filtre » shown').to.equal(true);
    expect(count(), 'every document shown once no filter is left').to.equal(documentCounts.all);
  });

  it('the help accordion opens and moves from the keyboard [wcag:2.1.1]', async () => {
    const root = await mount('fr');
    const items = [...root.querySelectorAll('qc-accordion-item')];
    const header = (item: Element) => item.shadowRoot!.querySelector('button[aria-expanded]')!;
    const answer = (item: Element) => item.querySelector('p')!;
    const first = await tabUntil((el) => el === header(items[0]!));
    expect(first, 'Tab reaches the first question').not.to.equal(null);
    expect(header(items[0]!).getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => hasBox(answer(items[0]!)));
    expect(header(items[0]!).getAttribute('aria-expanded')).to.equal('true');
    expect(hasBox(answer(items[0]!)), 'the answer shows').to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActive() === header(items[1]!), 'ArrowDown → next question').to.equal(true);
    await sendKeys({ press: 'Space' });
    await waitFor(() => hasBox(answer(items[1]!)));
    expect(header(items[1]!).getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !hasBox(answer(items[1]!)));
    expect(header(items[1]!).getAttribute('aria-expanded')).to.equal('false');
    await expect(root).to.be.accessible();
  });

  it('the page feedback is answered from the keyboard [wcag:2.1.1]', async () => {
    const root = await mount('fr');
    const feedback = root.querySelector('qc-page-feedback')!;
    const answers: unknown[] = [];
    root.addEventListener('qc-feedback', (event) => answers.push((event as CustomEvent).detail));
    const yes = await tabUntil((el) => containsComposed(feedback, el) && /^Oui$/.test(el.textContent!.trim()));
    expect(yes, 'Tab reaches « Oui »').not.to.equal(null);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => answers.length > 0);
    expect(answers.length, 'one answer sent').to.equal(1);
    expect((answers[0] as { helpful: unknown }).helpful).to.equal(true);
    await waitFor(() => /Merci/.test(feedback.textContent ?? ''));
    expect(feedback.textContent).to.match(/Merci/);
    const focus = deepActive();
    expect(containsComposed(feedback, focus), `focus on the thank-you (${describeElement(focus)})`).to.equal(true);
    await expect(root).to.be.accessible();
  });

  it('en: « No » asks why; a reason chosen with the arrow keys and a comment are sent from the keyboard [wcag:2.1.1]', async () => {
    const root = await mount('en');
    const feedback = root.querySelector('qc-page-feedback')!;
    const answers: Array<{ helpful: unknown; reason: unknown; comment: unknown }> = [];
    root.addEventListener('qc-feedback', (event) => answers.push((event as CustomEvent).detail));
    const no = await tabUntil((el) => containsComposed(feedback, el) && el.textContent!.trim() === 'No');
    expect(no, 'Tab reaches « No »').not.to.equal(null);
    await sendKeys({ press: 'Enter' });
    const reasons = () => feedback.querySelector('[data-qc-part="reasons"]');
    await waitFor(() => reasons() !== null && deepActive() === reasons());
    expect(deepActive() === reasons(), `focus on the follow-up question (${describeElement(deepActive())})`).to.equal(
      true,
    );
    await sendKeys({ press: 'Tab' });
    const radios = [...feedback.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(deepActive() === radios[0], `Tab → the first reason (${describeElement(deepActive())})`).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActive() === radios[1] && radios[1]!.checked, 'ArrowDown → the second reason, chosen').to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.localName, 'Tab → the comment').to.equal('textarea');
    await sendKeys({ type: 'The steps are not explained.' });
    await sendKeys({ press: 'Tab' });
    expect(focusedLabel(), 'Tab → « Submit »').to.equal('Submit');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => answers.length > 0);
    expect(answers).to.deep.equal([
      { helpful: false, reason: radios[1]!.value, comment: 'The steps are not explained.' },
    ]);
    await waitFor(() => /Thank/.test(feedback.textContent ?? ''));
    expect(
      containsComposed(feedback, deepActive()),
      `focus on the thank-you (${describeElement(deepActive())})`,
    ).to.equal(true);
    await expect(root).to.be.accessible();
  });

  it('a message sent from the keyboard: empty is stopped; sent, it is added as text even when it looks like HTML', async () => {
    const root = await mount('fr');
    const t = caseText('fr');
    const hostile = '<img src=x onerror="window.__qcCaseXss = true">';
    await goToTab(root, t.tabs.messages);
    const textarea = await tabUntil((el) => el.localName === 'textarea');
    expect(textarea, 'Tab reaches the message field').not.to.equal(null);
    const messages = root.querySelector('[data-messages]')!;
    // Empty: the field's `required` stops the submission, says why and takes the focus.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => textarea!.getAttribute('aria-invalid') === 'true' && deepActive() === textarea);
    expect(messages.children.length, 'nothing sent').to.equal(t.messages.length);
    expect(textarea!.getAttribute('aria-invalid'), 'the field is marked invalid').to.equal('true');
    expect(deepActive() === textarea, `focus back in the field (${describeElement(deepActive())})`).to.equal(true);
    await sendKeys({ type: hostile });
    await sendKeys({ press: 'Tab' });
    expect(focusedLabel(), 'Tab → « Envoyer »').to.equal(t.send);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => messages.children.length === t.messages.length + 1);
    expect(messages.lastElementChild?.textContent).to.contain(hostile);
    expect(messages.querySelector('img'), 'no element made from the text').to.equal(null);
    expect((window as Window & { __qcCaseXss?: boolean }).__qcCaseXss).to.equal(undefined);
    expect((textarea as HTMLTextAreaElement).value, 'the field is emptied for the next message').to.equal('');
    expect(root.querySelector('[data-message-status]')!.textContent, 'said in the status line').to.equal(t.sent);
  });

  it('the session warning comes while a message is written; « Continuer la session » brings the focus back to it, text kept', async () => {
    const root = await mount('fr');
    const t = caseText('fr');
    const session = root.querySelector('qc-session-timeout')!;
    let extended = 0;
    root.addEventListener('qc-session-extend', () => extended++);
    await goToTab(root, t.tabs.messages);
    const textarea = await tabUntil((el) => el.localName === 'textarea');
    expect(textarea, 'Tab reaches the message field').not.to.equal(null);
    await sendKeys({ type: 'Voici mon bail signé.' });

    // A short session from now on (as a server may say): the warning comes two seconds later and
    // leaves 28 seconds to answer (axe runs meanwhile).
    session.setAttribute('timeout', '30');
    session.setAttribute('warning', '28');
    session.restart();
    await waitFor(() => session.open, 6000);
    expect(session.open, 'the warning opened').to.equal(true);
    await waitFor(() => focusedLabel() === 'Continuer la session');
    expect(focusedLabel(), 'focus on « Continuer la session »').to.equal('Continuer la session');
    await expect(root).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !session.open && deepActive() === textarea);
    expect(session.open, 'the warning closed').to.equal(false);
    expect(extended, 'qc-session-extend fired once').to.equal(1);
    expect(deepActive() === textarea, `focus back in the message (${describeElement(deepActive())})`).to.equal(true);
    expect((textarea as HTMLTextAreaElement).value, 'the text typed is still there').to.equal('Voici mon bail signé.');
  });
});
