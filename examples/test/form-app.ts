// The browser test every example app runs (examples/<app>/test/app.test.ts): the app's production
// build, served by the test runner (its root is the repository), is loaded in a same-origin iframe
// and used as a citizen would — keyboard and choices, language switch, submit — then checked for
// what reached the framework's submit handler (the app lists it in its confirmation).
// Build the apps first: `npm run build && node scripts/examples.mjs` (the examples step of `npm test`).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AxeResults } from 'axe-core';
import { provinces } from '../shared/demande.js';

export interface LoadedApp {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  form: HTMLFormElement;
  /** What the app wrote with console.error or console.warn since it loaded (a framework's warnings). */
  warnings: string[];
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check` returns a truthy value (polling), or fails with `what`. */
export async function until<T>(check: () => T | null | undefined | false, what: string, timeout = 5000): Promise<T> {
  const end = performance.now() + timeout;
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}.`);
    await wait(20);
  }
}

/** Loads examples/<app>/dist/index.html in an iframe and waits for its form and qc-ds elements. */
export async function loadApp(app: string): Promise<LoadedApp> {
  const url = `/examples/${app}/dist/index.html`;
  const response = await fetch(url);
  const html = response.ok ? await response.text() : '';
  expect(
    response.ok && html.includes('<script'),
    `${url} is missing: build the example apps first (npm run build && node scripts/examples.mjs)`,
  ).to.equal(true);
  const frame = document.createElement('iframe');
  frame.title = app;
  frame.style.cssText = 'width: 1024px; height: 768px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  // React reports its problems (a controlled input turned uncontrolled…) with console.error, Vue
  // (an unknown element…) with console.warn: using the app must cause none.
  const warnings: string[] = [];
  for (const level of ['error', 'warn'] as const) {
    const original = win.console[level].bind(win.console);
    win.console[level] = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      original(...args);
    };
  }
  const form = await until(() => doc.querySelector('form'), `the form of ${app}`);
  for (const tag of ['qc-textfield', 'qc-date-field', 'qc-select', 'qc-error-summary', 'qc-button'])
    await win.customElements.whenDefined(tag);
  await until(() => form.querySelector('qc-date-field input[data-qc-part="year"]'), 'the date field’s inputs');
  return { frame, win, doc, form, warnings };
}

export const field = (app: LoadedApp, selector: string) =>
  until(() => app.form.querySelector<HTMLInputElement & HTMLSelectElement>(selector), selector);

/** Focuses a control and types into it with the keyboard. */
export async function typeInto(app: LoadedApp, selector: string, text: string): Promise<void> {
  const control = await field(app, selector);
  control.focus();
  // Keys go to the focused frame: wait until the page and the frame both have this control focused
  // (WebKit moves focus into a frame a moment later, and lost a first key without this).
  await until(
    () => document.activeElement === app.frame && app.doc.hasFocus() && app.doc.activeElement === control,
    `focus in ${selector}`,
  );
  await sendKeys({ type: text });
}

/** The confirmation's list: what the framework's submit handler received, by field name. */
export function received(app: LoadedApp): Record<string, string> | null {
  const rows = [...app.doc.querySelectorAll('[data-confirmation] dl > div')];
  if (rows.length === 0) return null;
  return Object.fromEntries(
    rows.map((row) => [row.querySelector('dt')!.textContent!.trim(), row.querySelector('dd')!.textContent!.trim()]),
  );
}

interface AxeLike {
  run(context: Element, options: object): Promise<AxeResults>;
}

/**
 * Runs axe-core (WCAG 2.x A and AA rules) on the app. axe runs in the test page, as for every other
 * test (so the conformance report records the rules), and in the app's frame, which it asks for its
 * results (`iframes: true`).
 */
export async function axeViolations(app: LoadedApp): Promise<string[]> {
  if (!(app.win as { axe?: unknown }).axe) {
    const script = app.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    app.doc.head.append(script);
    await loaded;
  }
  const top = window as unknown as { axe?: AxeLike };
  if (!top.axe) await import('axe-core/axe.min.js');
  const results = await top.axe!.run(app.frame, {
    iframes: true,
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  });
  // A node inside a frame has a two-part target (the frame, then the node): the app was examined.
  const inFrame = results.passes.some((rule) => rule.nodes.some((node) => node.target.length > 1));
  expect(inFrame, 'axe examined the app inside its frame').to.equal(true);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The links of the error summary (they live in its shadow root), as text → target id. */
export function summaryLinks(app: LoadedApp): Array<[string, string]> {
  const summary = app.form.querySelector('qc-error-summary')!;
  return [...(summary.shadowRoot?.querySelectorAll('a') ?? [])].map((a) => [
    a.textContent!.trim(),
    decodeURIComponent(a.getAttribute('href')!.slice(1)),
  ]);
}

/** The error summary's heading (in its shadow root). */
export const summaryHeading = (app: LoadedApp) =>
  app.form.querySelector('qc-error-summary')!.shadowRoot?.querySelector('[part~="heading"]')?.textContent?.trim() ?? '';

/** Clicks the app's language switch (the button whose `lang` is the other language) and waits for the page to follow. */
export async function switchLanguage(app: LoadedApp, lang: 'fr' | 'en'): Promise<void> {
  app.doc.querySelector<HTMLElement>(`qc-button[lang="${lang}"]`)!.click();
  await until(() => app.doc.documentElement.lang === lang, `<html lang="${lang}">`);
}

const submitButton = (app: LoadedApp) => app.form.querySelector<HTMLElement>('qc-button[type="submit"]')!;

/** The steps and checks every example app passes, whatever its framework. */
export function describeFormApp(app: string): void {
  describe(`Example app: ${app} (examples/${app}/dist/, built from the npm pack tarballs)`, () => {
    let loaded: LoadedApp;

    beforeEach(async () => {
      loaded = await loadApp(app);
    });

    afterEach(() => {
      loaded?.frame.remove();
      expect(loaded?.warnings, `${app}: console errors and warnings`).to.deep.equal([]);
    });

    it('an empty submit reaches no handler; the error summary takes focus and links each error to its field [wcag:3.3.1,2.4.3,1.3.1]', async () => {
      submitButton(loaded).click();
      const links = await until(() => summaryLinks(loaded).length > 0 && summaryLinks(loaded), 'the error summary');
      expect(received(loaded), 'nothing submitted').to.equal(null);
      // Every required field: first name, last name, email, date of birth, city, province, permit type, attestation.
      expect(links).to.have.length(8);
      for (const [text, id] of links) {
        const target = loaded.doc.getElementById(id);
        expect(target, `${text} → #${id}`).to.not.equal(null);
        expect(loaded.form.contains(target), `#${id} is a control of the form`).to.equal(true);
      }
      expect(links[0]![0]).to.contain('Prénom');
      expect(summaryHeading(loaded)).to.equal('Le formulaire contient 8 erreurs');
      const summary = loaded.form.querySelector('qc-error-summary')!;
      expect(summary.contains(loaded.doc.activeElement) || summary === loaded.doc.activeElement).to.equal(true);
      expect(await axeViolations(loaded)).to.deep.equal([]);
    });

    it('filled with the keyboard and by choices, switched to English (options rebuilt, selection kept), the handler receives every value [wcag:3.1.1,3.1.2,4.1.2]', async () => {
      await typeInto(loaded, 'input[name="prenom"]', 'Léa');
      await typeInto(loaded, 'input[name="nom"]', 'Tremblay');
      await typeInto(loaded, 'input[name="courriel"]', 'lea@exemple.ca');
      await typeInto(loaded, 'qc-date-field input[data-qc-part="year"]', '1990');
      await typeInto(loaded, 'qc-date-field input[data-qc-part="month"]', '4');
      await typeInto(loaded, 'qc-date-field input[data-qc-part="day"]', '12');
      await typeInto(loaded, 'input[name="ville"]', 'Rimouski');
      // Province by the keyboard: down from the placeholder to Nouveau-Brunswick, in the French order.
      const province = await field(loaded, 'select[name="province"]');
      province.focus();
      const steps = provinces.fr.findIndex(([code]) => code === 'NB') + 1;
      for (let i = 0; i < steps; i += 1) await sendKeys({ press: 'ArrowDown' });
      await until(() => province.value === 'NB', 'Nouveau-Brunswick chosen with the keyboard');
      // Choices: a radio, a checkbox, a switch by the keyboard (Space), the attestation.
      (await field(loaded, 'input[type="radio"][value="sept-jours"]')).click();
      (await field(loaded, 'input[type="checkbox"][value="saumon"]')).click();
      (await field(loaded, 'input[role="switch"][name="avis-courriel"]')).focus();
      await sendKeys({ press: 'Space' });
      (await field(loaded, 'input[name="attestation"]')).click();
      // A file: pickers cannot be driven, so the file goes into the input as a drop would put it.
      const file = await field(loaded, 'input[type="file"]');
      const transfer = new loaded.win.DataTransfer();
      transfer.items.add(new loaded.win.File(['%PDF-1.7'], 'permis-de-conduire.pdf', { type: 'application/pdf' }));
      file.files = transfer.files;
      file.dispatchEvent(new loaded.win.Event('input', { bubbles: true }));
      file.dispatchEvent(new loaded.win.Event('change', { bubbles: true }));

      // English: the app's texts, the page language, the components' own texts, the options.
      const year = loaded.form.querySelector<HTMLInputElement>('qc-date-field input[data-qc-part="year"]')!;
      expect(year.labels?.[0]?.textContent?.trim()).to.equal('Année');
      await switchLanguage(loaded, 'en');
      await until(
        () => loaded.doc.querySelector('h1')?.textContent === 'Sport fishing permit application',
        'English title',
      );
      await until(() => year.labels?.[0]?.textContent?.trim() === 'Year', 'the date field in English');
      expect(loaded.form.querySelector('select[name="province"]'), 'the same select').to.equal(province);
      expect(province.value).to.equal('NB');
      expect(province.selectedOptions[0]!.textContent).to.equal('New Brunswick');
      // Rebuilt in the English order (« Île-du-Prince-Édouard » / "Prince Edward Island" move).
      const order = (lang: 'fr' | 'en') => provinces[lang].map(([code]) => code);
      expect(order('en')).to.not.deep.equal(order('fr'));
      expect([...province.options].slice(1).map((o) => o.value)).to.deep.equal(order('en'));

      submitButton(loaded).click();
      const values = await until(() => received(loaded), 'the confirmation');
      expect(values).to.deep.include({
        prenom: 'Léa',
        nom: 'Tremblay',
        courriel: 'lea@exemple.ca',
        naissance: '1990-04-12',
        ville: 'Rimouski',
        province: 'NB',
        'type-permis': 'sept-jours',
        options: 'saumon',
        'piece-identite': 'permis-de-conduire.pdf',
        'avis-courriel': 'oui',
        attestation: 'oui',
      });
      expect(values).to.not.have.property('avis-texto');
      // The framework sets `title` as a property (React 19) or an attribute (Vue): the element's property reads both.
      expect(loaded.doc.querySelector<HTMLElement>('[data-confirmation] qc-notice')?.title).to.equal(
        'Your application has been sent',
      );
      await until(
        () => loaded.doc.activeElement === loaded.doc.querySelector('[data-confirmation]'),
        'focus on the confirmation',
      );
      expect(await axeViolations(loaded)).to.deep.equal([]);
    });

    it('switched to English, the errors, their summary and the fields’ own texts are in English [wcag:3.1.2,3.3.1]', async () => {
      await switchLanguage(loaded, 'en');
      submitButton(loaded).click();
      await until(() => summaryLinks(loaded).length > 0, 'the error summary');
      expect(summaryHeading(loaded)).to.equal('The form contains 8 errors');
      const links = summaryLinks(loaded).map(([text]) => text);
      expect(links[0]).to.contain('First name');
      expect(links.join(' ')).to.not.match(/obligatoire|Sélectionnez|Entrez|Cochez/);
      // Back to French: the same errors, now in French.
      await switchLanguage(loaded, 'fr');
      await until(() => summaryHeading(loaded) === 'Le formulaire contient 8 erreurs', 'the summary in French');
      expect(summaryLinks(loaded)[0]![0]).to.contain('Prénom');
    });
  });
}
