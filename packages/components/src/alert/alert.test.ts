import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { registerTranslation } from '../internal/localize.js';
import { axElement, axTree, findAll, NEEDS_AX_TREE, type AxNode } from '../internal/test/ax.js';
import { describeExcept, itExcept, NO_MEDIA_EMULATION } from '../internal/test/engine.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { QcAlert } from './qc-alert.js';
import { alertTypes } from './alert.js';
import { alertStrings } from './alert.strings.js';
import { dismissalKey, textVersion } from './dismissal.js';

/** Tests that need the shadow root's breakpoints to follow setViewport. */
const RESIZED_MEDIA = {
  webkit:
    'WebKitGTK under WebKitWebDriver keeps evaluating shadow-root media queries at the width before setViewport within a run (a fresh page follows it)',
};

const hostile = '<img src=x onerror="window.__qcAlertXss = true">';
const { fr, en } = alertStrings;

const part = (el: QcAlert, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const closeButton = (el: QcAlert) => part(el, 'close-button') as HTMLButtonElement | null;
const shown = (el: QcAlert) => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;
const announcer = (politeness: 'polite' | 'assertive') =>
  document.querySelector<HTMLElement>(`[data-qc-announcer="${politeness}"]`);
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Appends a new alert to `parent` as a page would on its next load, and waits for its render. */
async function reload(markup: string, parent: Element = document.body): Promise<QcAlert> {
  const holder = document.createElement('div');
  parent.append(holder);
  holder.innerHTML = markup;
  const el = holder.querySelector<QcAlert>('qc-alert')!;
  await el.updateComplete;
  return el;
}

function roles(node: AxNode): string[] {
  return findAll(node, () => true).map((n) => n.role);
}

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
  document.querySelectorAll('body > div:not([data-qc-announcer])').forEach((node) => node.remove());
});

describe('qc-alert', () => {
  describe('accessibility', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const type of alertTypes) {
        // One alert of a type per page: two regions with one name are flagged by axe (landmark-unique).
        it(`passes axe: type="${type}", lang="${lang}", maskable, with a link`, async () => {
          const el = await fixture(html`
            <div lang=${lang}>
              <qc-alert type=${type} maskable="true">
                <p>
                  ${lang === 'fr' ? 'Service interrompu dimanche' : 'Service down on Sunday'} <a href="#x">Détails</a>
                </p>
              </qc-alert>
            </div>
          `);
          await expect(el).to.be.accessible();
        });
      }
    }

    for (const theme of ['dark', 'high-contrast'] as const) {
      it(`passes axe, colour contrast included, in the ${theme} theme`, async () => {
        const el = await fixture(html`
          <div
            data-qc-theme=${theme}
            style="background: var(--qc-color-background); color: var(--qc-color-text-primary)"
          >
            ${alertTypes.map(
              (type) =>
                html`<qc-alert type=${type} maskable
                  ><p>Alerte ${type} <a href="#x">avec un lien</a></p></qc-alert
                >`,
            )}
          </div>
        `);
        await expect(el).to.be.accessible();
      });
    }

    it('is a region named by its type, in every engine; the close button is a named button [wcag:4.1.2]', async () => {
      const el = await fixture<QcAlert>(html`<qc-alert type="warning" maskable><p>Texte</p></qc-alert>`);
      expect(await axElement(part(el, 'base')!)).to.deep.equal({ role: 'region', name: fr.alertTypeWarning });
      expect(await axElement(closeButton(el)!)).to.deep.equal({ role: 'button', name: fr.alertClose });
    });

    itExcept(
      NEEDS_AX_TREE,
      'exposes a named region holding the message, no live region and no image [wcag:4.1.2,4.1.3]',
      async () => {
        await fixture(html`
          <div id="tree">
            <qc-alert maskable><p>Le service sera interrompu dimanche.</p></qc-alert>
          </div>
        `);
        const tree = await axTree('#tree');
        const [region] = findAll(tree, (n) => n.role === 'region');
        expect(region?.name).to.equal(fr.alertTypeGeneral);
        expect(JSON.stringify(region)).to.contain('Le service sera interrompu dimanche.');
        const inside = roles(region!);
        expect(inside).to.include('button');
        for (const role of ['alert', 'status', 'log', 'image', 'img', 'graphics-document']) {
          expect(inside, role).not.to.include(role);
        }
      },
    );

    it('is not a live region: no role="alert", aria-live or status inside or on it [wcag:4.1.2,4.1.3]', async () => {
      const el = await fixture<QcAlert>(html`<qc-alert type="warning" maskable><p>Texte</p></qc-alert>`);
      expect(el.getAttribute('role')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[role="alert"], [role="status"], [aria-live]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('svg.icon')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('announces an alert inserted after the page has loaded, once, politely (general) or assertively (warning)', async () => {
      expect(document.readyState).to.equal('complete');
      await fixture(html`<qc-alert><p>Panne du service en ligne</p></qc-alert>`);
      await wait(300);
      expect(announcer('polite')?.textContent).to.equal(`${fr.alertTypeGeneral}. Panne du service en ligne`);
      await fixture(html`<qc-alert type="warning" content="Fermeture des bureaux"></qc-alert>`);
      await wait(300);
      expect(announcer('assertive')?.textContent).to.equal(`${fr.alertTypeWarning}. Fermeture des bureaux`);
    });

    it('does not announce an inserted alert that is hidden [wcag:4.1.3]', async () => {
      const polite = announcer('polite');
      if (polite) polite.textContent = '';
      await fixture(html`<qc-alert hide="true"><p>Masquée</p></qc-alert>`);
      await wait(300);
      expect(announcer('polite')?.textContent ?? '').to.equal('');
    });
  });

  describe('rendering', () => {
    it('renders the slotted message in the `content` part, with the type icon and no close button by default', async () => {
      const el = await fixture<QcAlert>(html`<qc-alert><p>Bonjour</p></qc-alert>`);
      const slot = part(el, 'content')!.querySelector('slot')!;
      expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Bonjour']);
      expect(part(el, 'icon')!.getBoundingClientRect().width).to.equal(24);
      expect(closeButton(el)).to.equal(null);
    });

    it('renders `content` as text when the alert has no children, and prefers the children', async () => {
      const el = await fixture<QcAlert>(html`<qc-alert content="Alerte jaune d’importance élevée"></qc-alert>`);
      expect(part(el, 'content')!.textContent!.trim()).to.equal('Alerte jaune d’importance élevée');
      el.append(Object.assign(document.createElement('p'), { textContent: 'Enfant' }));
      await nextFrame();
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).not.to.contain('Alerte jaune');
    });

    it('draws the general band blue and the warning band yellow (feedback tokens)', async () => {
      const wrapper = await fixture(html`
        <div
          style="--qc-color-feedback-information-background: rgb(1, 2, 3); --qc-color-feedback-warning-background: rgb(4, 5, 6)"
        >
          <qc-alert><p>a</p></qc-alert><qc-alert type="warning"><p>b</p></qc-alert>
        </div>
      `);
      const [general, warning] = wrapper.querySelectorAll<QcAlert>('qc-alert');
      expect(getComputedStyle(part(general!, 'base')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(warning!, 'base')!).backgroundColor).to.equal('rgb(4, 5, 6)');
    });

    describe('at 1280 px wide', () => {
      // WebKit applies the new width to media queries at the next frame.
      before(async () => {
        await setViewport({ width: 1280, height: 800 });
        await nextFrame();
      });
      after(() => setViewport({ width: 800, height: 600 }));

      itExcept(
        RESIZED_MEDIA,
        'centres its content in the page container, or spans the width with full-width',
        async () => {
          const wrapper = await fixture(html`
            <div style="width: 1280px; margin-inline-start: -8px">
              <qc-alert><p>Centrée</p></qc-alert>
              <qc-alert full-width="true"><p>Pleine largeur</p></qc-alert>
            </div>
          `);
          // WebKit evaluates a new shadow root's media queries against the resized window a frame later.
          await nextFrame();
          const [centred, wide] = wrapper.querySelectorAll<QcAlert>('qc-alert');
          const inset = (el: QcAlert) =>
            part(el, 'icon')!.getBoundingClientRect().left - el.getBoundingClientRect().left;
          // 75rem container, 2rem gutter: (1280 - 1200) / 2 + 32.
          expect(inset(centred!)).to.equal(72);
          expect(inset(wide!)).to.equal(32);
        },
      );
    });

    itExcept(
      RESIZED_MEDIA,
      'lays out the message before upgrade where it will be after (pre-upgrade CSS of @qc-ds/styles)',
      async () => {
        const markup = `<qc-alert type="warning" maskable="true"><p>Le service sera interrompu dimanche de 8 h à midi.</p></qc-alert>`;
        const frame = document.createElement('iframe');
        frame.style.cssText = 'width: 700px; height: 300px; border: 0';
        frame.srcdoc = `<!doctype html><html lang="fr"><head>
        <link rel="stylesheet" href="/packages/tokens/dist/tokens.css">
        <link rel="stylesheet" href="/packages/styles/dist/elements.css"></head>
        <body style="margin: 0">${markup}</body></html>`;
        const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        document.body.append(frame);
        await loaded;
        const before = frame.contentDocument!.querySelector('qc-alert')!;
        const beforeText = before.querySelector('p')!.getBoundingClientRect();
        const beforeBox = before.getBoundingClientRect();
        expect(getComputedStyle(before).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
        frame.remove();
        // Compare with the upgraded element in this page at the iframe's width: same width, same breakpoint.
        await setViewport({ width: 700, height: 600 });
        await nextFrame();
        try {
          const wrapper = await fixture(html`<div style="width: 700px; margin-inline-start: -8px"></div>`);
          wrapper.innerHTML = markup;
          const el = wrapper.querySelector<QcAlert>('qc-alert')!;
          await el.updateComplete;
          await nextFrame();
          const afterText = el.querySelector('p')!.getBoundingClientRect();
          const afterBox = el.getBoundingClientRect();
          expect(afterText.left - afterBox.left, 'text start').to.be.closeTo(beforeText.left - beforeBox.left, 0.5);
          expect(afterText.width, 'text width').to.be.closeTo(beforeText.width, 0.5);
          expect(afterText.top - afterBox.top, 'text top').to.be.closeTo(beforeText.top - beforeBox.top, 0.5);
          expect(afterBox.height, 'band height').to.be.closeTo(beforeBox.height, 0.5);
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      },
    );

    describeExcept(NO_MEDIA_EMULATION, 'in forced colours', () => {
      before(() => emulateMedia({ forcedColors: 'active' }));
      after(() => emulateMedia({ forcedColors: 'none' }));

      it('keeps the band’s edges visible', async () => {
        const el = await fixture<QcAlert>(html`<qc-alert maskable><p>Texte</p></qc-alert>`);
        const base = getComputedStyle(part(el, 'base')!);
        expect(base.outlineStyle).to.equal('solid');
        expect(parseFloat(base.outlineWidth)).to.be.greaterThan(0);
      });
    });

    describe('at 320 px wide', () => {
      before(() => setViewport({ width: 320, height: 640 }));
      after(() => setViewport({ width: 800, height: 600 }));

      it('wraps long content without horizontal overflow and keeps a 24 px close target [wcag:2.5.8]', async () => {
        const word = 'Renseignements'.repeat(40);
        const el = await fixture<QcAlert>(
          html`<qc-alert maskable
            ><p>${word} <a href="#x">https://www.quebec.ca/${word}</a></p></qc-alert
          >`,
        );
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        expect(el.getBoundingClientRect().right).to.be.at.most(320);
        const target = closeButton(el)!.getBoundingClientRect();
        expect(target.width).to.be.at.least(24);
        expect(target.height).to.be.at.least(24);
      });
    });
  });

  describe('properties', () => {
    it('shows a close button with `maskable` ("true", or present) and none with maskable="false"', async () => {
      for (const [value, expected] of [
        ['true', true],
        ['', true],
        ['false', false],
      ] as const) {
        const el = await fixture<QcAlert>(html`<qc-alert maskable=${value}><p>Texte</p></qc-alert>`);
        expect(closeButton(el) !== null, `maskable="${value}"`).to.equal(expected);
      }
    });

    it('hides with hide="true" (reflected) and shows again with hide="false"', async () => {
      const el = await fixture<QcAlert>(html`<qc-alert hide="true"><p>Texte</p></qc-alert>`);
      expect(shown(el)).to.equal(false);
      el.setAttribute('hide', 'false');
      await el.updateComplete;
      expect(shown(el)).to.equal(true);
      el.hide = true;
      await el.updateComplete;
      expect(el.hasAttribute('hide')).to.equal(true);
      expect(shown(el)).to.equal(false);
    });

    it('lets `type-label` and `close-label` replace the built-in names', async () => {
      const el = await fixture<QcAlert>(
        html`<qc-alert maskable type-label="Avis de tempête" close-label="Masquer le message"><p>T</p></qc-alert>`,
      );
      expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('Avis de tempête');
      expect(closeButton(el)!.getAttribute('aria-label')).to.equal('Masquer le message');
    });

    describe('persistence', () => {
      it('remembers the dismissal under a versioned key (session) and a reloaded alert is hidden before it renders', async () => {
        const markup = `<qc-alert id="panne" maskable persist-hidden><p>Panne prévue</p></qc-alert>`;
        const el = await reload(markup);
        closeButton(el)!.click();
        const key = dismissalKey('panne', textVersion('Panne prévue'));
        expect(sessionStorage.getItem(key)).to.be.a('string');
        expect(localStorage.length).to.equal(0);
        el.parentElement!.remove();
        const holder = document.createElement('div');
        holder.innerHTML = markup;
        const again = holder.querySelector<QcAlert>('qc-alert')!;
        document.body.append(holder);
        // Synchronously on connection: no frame shows the dismissed alert.
        expect(again.hide).to.equal(true);
        await again.updateComplete;
        expect(shown(again)).to.equal(false);
      });

      it('prefers `persistence-key` to the id, and uses `version` when given', async () => {
        const el = await reload(
          `<qc-alert id="a1" persistence-key="hash-1234" version="2026-12" maskable persist-hidden content="Texte"></qc-alert>`,
        );
        el.dismiss();
        expect(sessionStorage.getItem('qc-alert:hash-1234:2026-12')).to.be.a('string');
      });

      it('shows a new message again: another version, or other text under the same key', async () => {
        const first = await reload(
          `<qc-alert persistence-key="k" version="1" maskable persist-hidden><p>A</p></qc-alert>`,
        );
        first.dismiss();
        const sameVersion = await reload(
          `<qc-alert persistence-key="k" version="1" maskable persist-hidden><p>A</p></qc-alert>`,
        );
        expect(shown(sameVersion)).to.equal(false);
        const newVersion = await reload(
          `<qc-alert persistence-key="k" version="2" maskable persist-hidden><p>A</p></qc-alert>`,
        );
        expect(shown(newVersion)).to.equal(true);

        const hashed = await reload(
          `<qc-alert persistence-key="h" maskable persist-hidden><p>Message un</p></qc-alert>`,
        );
        hashed.dismiss();
        const sameText = await reload(
          `<qc-alert persistence-key="h" maskable persist-hidden><p>  Message   un </p></qc-alert>`,
        );
        expect(shown(sameText), 'white space does not count').to.equal(false);
        const otherText = await reload(
          `<qc-alert persistence-key="h" maskable persist-hidden><p>Message deux</p></qc-alert>`,
        );
        expect(shown(otherText)).to.equal(true);
      });

      it('remembers in localStorage with persist="local"', async () => {
        const el = await reload(`<qc-alert id="l" persist="local" maskable persist-hidden><p>Texte</p></qc-alert>`);
        el.dismiss();
        expect(localStorage.getItem(dismissalKey('l', textVersion('Texte')))).to.be.a('string');
        expect(sessionStorage.length).to.equal(0);
        const again = await reload(`<qc-alert id="l" persist="local" maskable persist-hidden><p>Texte</p></qc-alert>`);
        expect(shown(again)).to.equal(false);
      });

      it('forgets the dismissal when the page shows the alert again with hide="false"', async () => {
        const el = await reload(`<qc-alert id="r" maskable persist-hidden><p>Texte</p></qc-alert>`);
        el.dismiss();
        await el.updateComplete;
        el.setAttribute('hide', 'false');
        await el.updateComplete;
        expect(shown(el)).to.equal(true);
        expect(sessionStorage.length).to.equal(0);
      });

      it('remembers nothing without persist-hidden', async () => {
        const el = await reload(`<qc-alert id="n" maskable><p>Texte</p></qc-alert>`);
        el.dismiss();
        expect(sessionStorage.length).to.equal(0);
      });

      it('never throws when storage fails (private mode, quota, disabled): the alert still closes', async () => {
        const { getItem, setItem } = Storage.prototype;
        Storage.prototype.getItem = () => {
          throw new DOMException('denied', 'SecurityError');
        };
        Storage.prototype.setItem = () => {
          throw new DOMException('full', 'QuotaExceededError');
        };
        try {
          const el = await reload(`<qc-alert id="s" maskable persist-hidden><p>Texte</p></qc-alert>`);
          expect(shown(el)).to.equal(true);
          closeButton(el)!.click();
          await el.updateComplete;
          expect(shown(el)).to.equal(false);
          const again = await reload(`<qc-alert id="s" maskable persist-hidden><p>Texte</p></qc-alert>`);
          expect(shown(again)).to.equal(true);
        } finally {
          Storage.prototype.getItem = getItem;
          Storage.prototype.setItem = setItem;
        }
      });
    });
  });

  describe('keyboard', () => {
    it('closes with Enter on the close button, and moves the focus to the next link after the alert [wcag:2.1.1,2.4.3]', async () => {
      const root = await fixture(html`
        <div>
          <a href="#avant">Avant</a>
          <qc-alert maskable
            ><p>Texte <a href="#dedans">dedans</a></p></qc-alert
          >
          <p>Paragraphe</p>
          <a id="next" href="#apres">Après</a>
        </div>
      `);
      const el = root.querySelector<QcAlert>('qc-alert')!;
      root.querySelector<HTMLElement>('a[href="#dedans"]')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement === closeButton(el)).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(shown(el)).to.equal(false);
      expect(document.activeElement?.id).to.equal('next');
    });

    it('closes with Space, and moves the focus to the next heading (temporary tabindex) [wcag:1.3.1,2.1.1,2.4.3]', async () => {
      const root = await fixture(html`
        <div>
          <qc-alert maskable content="Texte"></qc-alert>
          <main>
            <h1 id="title">Titre de la page</h1>
            <a href="#x">Lien</a>
          </main>
        </div>
      `);
      const el = root.querySelector<QcAlert>('qc-alert')!;
      closeButton(el)!.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      const title = root.querySelector<HTMLElement>('#title')!;
      expect(document.activeElement === title).to.equal(true);
      expect(title.getAttribute('tabindex')).to.equal('-1');
      title.blur();
      expect(title.hasAttribute('tabindex')).to.equal(false);
    });

    it('moves the focus to main when nothing follows the alert [wcag:2.4.3]', async () => {
      const root = await fixture(html`
        <div>
          <main id="main">
            <p>Contenu</p>
            <qc-alert maskable content="Texte"></qc-alert>
          </main>
        </div>
      `);
      const el = root.querySelector<QcAlert>('qc-alert')!;
      closeButton(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(document.activeElement?.id).to.equal('main');
    });

    it('leaves the focus alone when a script hides an alert that does not have it', async () => {
      const root = await fixture(html`
        <div>
          <button id="elsewhere">Ailleurs</button><qc-alert maskable content="Texte"></qc-alert><a href="#x">Lien</a>
        </div>
      `);
      root.querySelector<HTMLElement>('#elsewhere')!.focus();
      root.querySelector<QcAlert>('qc-alert')!.dismiss();
      expect(document.activeElement?.id).to.equal('elsewhere');
    });
  });

  describe('events', () => {
    it('fires qc-dismiss (cancelable) then qc.alert.hide, both bubbling and composed, on a close', async () => {
      const el = await fixture<QcAlert>(html`<qc-alert maskable><p>Texte</p></qc-alert>`);
      const seen: string[] = [];
      const listener = (event: Event) =>
        seen.push(
          `${event.type}:${event.bubbles}:${event.composed}:${event.cancelable}:${(event.target as Element).localName}`,
        );
      document.addEventListener('qc-dismiss', listener);
      document.addEventListener('qc.alert.hide', listener);
      try {
        closeButton(el)!.click();
      } finally {
        document.removeEventListener('qc-dismiss', listener);
        document.removeEventListener('qc.alert.hide', listener);
      }
      expect(seen).to.deep.equal(['qc-dismiss:true:true:true:qc-alert', 'qc.alert.hide:true:true:false:qc-alert']);
    });

    it('stays shown and remembers nothing when qc-dismiss is cancelled', async () => {
      const el = await reload(`<qc-alert id="c" maskable persist-hidden><p>Texte</p></qc-alert>`);
      el.addEventListener('qc-dismiss', (event) => event.preventDefault());
      let hidden = 0;
      el.addEventListener('qc.alert.hide', () => hidden++);
      closeButton(el)!.click();
      await el.updateComplete;
      expect(shown(el)).to.equal(true);
      expect(hidden).to.equal(0);
      expect(sessionStorage.length).to.equal(0);
    });

    it('fires nothing when a script sets `hide`', async () => {
      const el = await fixture<QcAlert>(html`<qc-alert maskable><p>Texte</p></qc-alert>`);
      let count = 0;
      el.addEventListener('qc.alert.hide', () => count++);
      el.addEventListener('qc-dismiss', () => count++);
      el.hide = true;
      await el.updateComplete;
      expect(count).to.equal(0);
    });

    it('works with the incumbent documentation’s script (« Réafficher l’alerte »)', async () => {
      const root = await fixture(html`
        <div>
          <a href="#" id="show-qc-alert" hidden>Réafficher l’alerte</a>
          <qc-alert
            id="alerte-masquable"
            type="warning"
            maskable="true"
            content="Alerte jaune d’importance élevée"
            persist-hidden
            persistence-key="hash-1234"
          ></qc-alert>
        </div>
      `);
      const link = root.querySelector<HTMLAnchorElement>('#show-qc-alert')!;
      const alert = root.querySelector<QcAlert>('#alerte-masquable')!;
      link.addEventListener('click', (evt) => {
        evt.preventDefault();
        alert.setAttribute('hide', 'false');
        link.hidden = true;
      });
      const onHide = () => {
        alert.setAttribute('hide', 'true');
        link.hidden = false;
      };
      document.addEventListener('qc.alert.hide', onHide);
      try {
        closeButton(alert)!.click();
        await alert.updateComplete;
        expect(shown(alert)).to.equal(false);
        expect(link.hidden).to.equal(false);
        link.click();
        await alert.updateComplete;
        expect(shown(alert)).to.equal(true);
      } finally {
        document.removeEventListener('qc.alert.hide', onHide);
      }
    });
  });

  describe('i18n', () => {
    it('has the English names on an English page, and follows a change of lang [wcag:3.1.2]', async () => {
      const root = await fixture(
        html`<div lang="en">
          <qc-alert type="warning" maskable><p>Text</p></qc-alert>
        </div>`,
      );
      const el = root.querySelector<QcAlert>('qc-alert')!;
      expect(part(el, 'base')!.getAttribute('aria-label')).to.equal(en.alertTypeWarning);
      expect(closeButton(el)!.getAttribute('aria-label')).to.equal('Close alert');
      root.setAttribute('lang', 'fr-CA');
      await wait(0);
      await el.updateComplete;
      expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('Information d’importance élevée');
      expect(closeButton(el)!.getAttribute('aria-label')).to.equal('Fermer l’alerte');
    });

    it('names the general region « Information importante » / "Important information" [wcag:4.1.2]', async () => {
      const root = await fixture(html`<div><qc-alert lang="fr"></qc-alert><qc-alert lang="en"></qc-alert></div>`);
      const [frAlert, enAlert] = root.querySelectorAll<QcAlert>('qc-alert');
      expect(part(frAlert!, 'base')!.getAttribute('aria-label')).to.equal('Information importante');
      expect(part(enAlert!, 'base')!.getAttribute('aria-label')).to.equal('Important information');
    });

    it('accepts registerTranslation', async () => {
      const el = await fixture<QcAlert>(html`<qc-alert maskable><p>Texte</p></qc-alert>`);
      registerTranslation('fr', { alertClose: 'Masquer le message' });
      try {
        await el.updateComplete;
        expect(closeButton(el)!.getAttribute('aria-label')).to.equal('Masquer le message');
      } finally {
        registerTranslation('fr', { alertClose: fr.alertClose });
      }
    });
  });

  describe('bad input', () => {
    it('shows HTML in `content` as text, creates no element from it, and warns once', async () => {
      let el!: QcAlert;
      const warnings = await captureWarnings(async () => {
        el = await fixture<QcAlert>(html`<qc-alert content=${hostile}></qc-alert>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      await nextFrame();
      expect(part(el, 'content')!.textContent!.trim()).to.equal(hostile);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as Window & { __qcAlertXss?: boolean }).__qcAlertXss).to.equal(undefined);
      expect(warnings.filter((w) => w.includes('content is shown as text'))).to.have.length(1);
    });

    it('shows hostile labels as text', async () => {
      const el = await fixture<QcAlert>(
        html`<qc-alert maskable type-label=${hostile} close-label=${hostile}></qc-alert>`,
      );
      expect(part(el, 'base')!.getAttribute('aria-label')).to.equal(hostile);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    });

    it('falls back to general for an unknown type and to session for an unknown persist, warning once each', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await reload(
          `<qc-alert id="p" type="danger" persist="cookie" maskable persist-hidden><p>T</p></qc-alert>`,
        );
        el.requestUpdate();
        await el.updateComplete;
        expect(part(el, 'base')!.getAttribute('aria-label')).to.equal(fr.alertTypeGeneral);
        el.dismiss();
      });
      expect(sessionStorage.length).to.equal(1);
      expect(warnings.filter((w) => w.includes('type="danger"'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('persist="cookie"'))).to.have.length(1);
    });

    it('warns once, and remembers nothing, for persist-hidden without a persistence-key or id', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await reload(`<qc-alert maskable persist-hidden><p>T</p></qc-alert>`);
        el.dismiss();
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(sessionStorage.length).to.equal(0);
      expect(warnings.filter((w) => w.includes('persist-hidden needs a persistence-key'))).to.have.length(1);
    });

    it('tolerates null and undefined property values without throwing', async () => {
      const el = await fixture<QcAlert>(html`<qc-alert maskable><p>Texte</p></qc-alert>`);
      const loose = el as unknown as Record<string, unknown>;
      const keys = ['type', 'content', 'persistenceKey', 'version', 'persist', 'typeLabel', 'closeLabel'];
      const warnings = await captureWarnings(async () => {
        for (const key of keys) loose[key] = null;
        await el.updateComplete;
        for (const key of keys) loose[key] = undefined;
        await el.updateComplete;
      });
      expect(warnings).to.deep.equal([]);
      expect(part(el, 'base')!.getAttribute('aria-label')).to.equal(fr.alertTypeGeneral);
    });

    it('renders an empty alert without errors [wcag:3.3.1]', async () => {
      const el = await fixture<QcAlert>(html`<qc-alert></qc-alert>`);
      expect(shown(el)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('can be defined twice without throwing or warning', async () => {
      const warnings = await captureWarnings(() => {
        QcAlert.define('qc-alert');
      });
      expect(customElements.get('qc-alert') === QcAlert).to.equal(true);
      expect(warnings).to.deep.equal([]);
    });
  });
});
