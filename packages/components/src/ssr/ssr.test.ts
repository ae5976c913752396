// One fixture, three ways (as Web Awesome does): every shadow-DOM element of the manifest is rendered
// in the browser (csr), on the server with Lit SSR without scripts (ssr: declarative shadow DOM,
// `defer-hydration` keeps the defined element asleep) and on the server then hydrated (hydrated), and
// the same assertions run on each. The server renders the built modules (`npm run build`: the
// server entry's set-up and each element's registration module, as the manifest lists them) in a
// Node worker of @lit-labs/testing's litSsrPlugin.
// Light-DOM elements need no server render: their part is at the end of the file.
//
// The fixtures module must come first: it loads Lit's hydration support before `lit`.
import { cleanupFixtures, csrFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, waitUntil } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { executeServerCommand } from '@web/test-runner-commands';
// What `@qc-ds/components/hydrate.js` installs before the elements register (the hydrating render).
import '../internal/hydration.js';
import '../index.js';
import { QcElement } from '../internal/qc-element.js';
import { QcFieldElement } from '../internal/field-element.js';
import { axElement } from '../internal/test/ax.js';

type Mode = 'csr' | 'ssr' | 'hydrated';
type Language = 'fr' | 'en';
// The server set-up (did-ssr, icons) that `@qc-ds/components/ssr.js` loads, without its elements: each
// render loads only the elements it needs (a fresh worker per render, so less is faster).
const SERVER_SETUP = 'packages/components/dist/ssr/server.js';

interface Spec {
  /** The element, with `lang` when given (no `lang`: the page's language applies). */
  template(lang?: Language): TemplateResult;
  /** Assertions on the rendered element in `language`; `mode` only where the server cannot know (light DOM). */
  check(el: HTMLElement, language: Language, mode: Mode): Promise<void>;
  /** One interaction that needs the script (csr and hydrated only). */
  interact?(el: HTMLElement): Promise<void>;
  /**
   * Waits for what the element writes a moment after it connects (csr and hydrated only), so that
   * the two shadow trees are compared in the same state however slow the machine.
   */
  settled?(el: HTMLElement): Promise<void>;
}

const lang = (value?: Language) => value ?? null;
const shadow = (el: Element) => el.shadowRoot!;
const part = <T extends Element = HTMLElement>(el: Element, name: string) =>
  shadow(el).querySelector<T>(`[part~="${name}"]`);
const textOf = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
const pick = (language: Language, fr: string, en: string) => (language === 'fr' ? fr : en);

const specs: Record<string, Spec> = {
  'qc-accordion': {
    template: (l) =>
      html`<qc-accordion lang=${lang(l)}
        ><qc-accordion-item
          ><h3 slot="heading">Un</h3>
          <p>A</p></qc-accordion-item
        ><qc-accordion-item
          ><h3 slot="heading">Deux</h3>
          <p>B</p></qc-accordion-item
        ></qc-accordion
      >`,
    async check(el, language, mode) {
      expect(shadow(el).querySelector('slot:not([name])')).to.exist;
      // The sections are light DOM: « show all » comes with the script.
      const showAll = part(el, 'show-all');
      if (mode === 'ssr') expect(showAll).to.equal(null);
      else expect(textOf(showAll)).to.equal(pick(language, 'Afficher toutes les sections', 'Show all sections'));
    },
    async interact(el) {
      part(el, 'show-all')!.click();
      await settle(el);
      const items = [...el.querySelectorAll('qc-accordion-item')];
      expect(items.map((item) => item.open)).to.deep.equal([true, true]);
    },
  },
  'qc-accordion-item': {
    template: (l) =>
      html`<qc-accordion-item lang=${lang(l)}
        ><h3 slot="heading">Question</h3>
        <p>Réponse</p></qc-accordion-item
      >`,
    async check(el) {
      const heading = part(el, 'heading')!;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('3');
      const button = part(el, 'button')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      // `hidden`, or `hidden="until-found"` where find-in-page opens it.
      expect(part(el, 'panel')!.hasAttribute('hidden')).to.equal(true);
      expect(await axElement(button)).to.deep.equal({ role: 'button', name: 'Question' });
    },
    async interact(el) {
      part(el, 'button')!.click();
      await settle(el);
      expect(part(el, 'button')!.getAttribute('aria-expanded')).to.equal('true');
      expect(part(el, 'panel')!.hasAttribute('hidden')).to.equal(false);
    },
  },
  'qc-alert': {
    template: (l) => html`<qc-alert lang=${lang(l)} maskable><p>Fermeture du bureau le 24 juin.</p></qc-alert>`,
    async check(el, language) {
      const base = part(el, 'base')!;
      expect(base.getAttribute('aria-label')).to.equal(
        pick(language, 'Information importante', 'Important information'),
      );
      const close = part(el, 'close-button')!;
      expect(await axElement(close)).to.deep.equal({
        role: 'button',
        name: pick(language, 'Fermer l’alerte', 'Close alert'),
      });
    },
    async interact(el) {
      part(el, 'close-button')!.click();
      await settle(el);
      expect(getComputedStyle(el).display).to.equal('none');
    },
  },
  'qc-button': {
    template: (l) => html`<qc-button lang=${lang(l)} icon="information">Envoyer</qc-button>`,
    async check(el) {
      const base = part(el, 'base')!;
      expect(await axElement(base)).to.deep.equal({ role: 'button', name: 'Envoyer' });
      const icon = part(el, 'icon')!;
      expect(icon.localName).to.equal('qc-icon');
      expect(icon.shadowRoot?.querySelector('svg'), 'the icon is drawn').to.exist;
    },
    async interact(el) {
      // delegatesFocus, serialised by the server (shadowrootdelegatesfocus) or set by attachShadow.
      el.focus();
      expect(shadow(el).activeElement).to.equal(part(el, 'base'));
      let clicks = 0;
      el.addEventListener('click', () => clicks++);
      part(el, 'base')!.click();
      expect(clicks).to.equal(1);
    },
  },
  'qc-dialog': {
    template: (l) => html`<qc-dialog lang=${lang(l)} label="Confirmer"><p>Texte</p></qc-dialog>`,
    async check(el, language) {
      const dialog = part<HTMLDialogElement>(el, 'dialog')!;
      expect(dialog.getAttribute('aria-label')).to.equal('Confirmer');
      expect(dialog.open).to.equal(false);
      expect(part(el, 'close-button')!.getAttribute('aria-label')).to.equal(pick(language, 'Fermer', 'Close'));
    },
    async interact(el) {
      (el as HTMLElement & { show(): void }).show();
      await settle(el);
      const dialog = part<HTMLDialogElement>(el, 'dialog')!;
      expect(dialog.open).to.equal(true);
      part(el, 'close-button')!.click();
      await settle(el);
      expect(dialog.open).to.equal(false);
    },
  },
  'qc-error-summary': {
    // It reports on a form's errors: hidden until there are some, on the server as in the browser.
    template: (l) => html`<qc-error-summary lang=${lang(l)}></qc-error-summary>`,
    async check(el) {
      expect(part(el, 'base')).to.equal(null);
      expect(getComputedStyle(el).display).to.not.equal('none');
    },
  },
  'qc-icon': {
    template: (l) => html`<qc-icon lang=${lang(l)} icon="information" label="Information"></qc-icon>`,
    async check(el) {
      expect(shadow(el).querySelector('svg[part="svg"]')).to.exist;
      const { role, name } = await axElement(el);
      // Chromium computes `image` for role="img".
      expect(role).to.be.oneOf(['img', 'image']);
      expect(name).to.equal('Information');
    },
  },
  'qc-notice': {
    template: (l) => html`<qc-notice lang=${lang(l)} title="Titre de l’avis"><p>Corps</p></qc-notice>`,
    async check(el, language) {
      expect(textOf(shadow(el).querySelector('.type-label'))).to.equal(
        pick(language, 'Avis général', 'General notice'),
      );
      const title = part(el, 'title')!;
      expect(title.localName).to.equal('h2');
      expect(textOf(title)).to.equal('Titre de l’avis');
      expect(part(el, 'base')!.getAttribute('role')).to.equal('note');
    },
  },
  'qc-pagination': {
    template: (l) => html`<qc-pagination lang=${lang(l)} total-pages="5" current-page="2"></qc-pagination>`,
    async check(el, language) {
      const nav = part(el, 'base')!;
      expect(nav.localName).to.equal('nav');
      expect(nav.getAttribute('aria-label')).to.equal('Pagination');
      const current = shadow(el).querySelector('[aria-current="page"]')!;
      expect(await axElement(current)).to.deep.equal({
        role: 'button',
        name: pick(language, 'Page 2 sur 5', 'Page 2 of 5'),
      });
      expect(textOf(shadow(el).querySelector('[data-kind="previous"]'))).to.equal(
        pick(language, 'Page précédente', 'Previous page'),
      );
    },
    async interact(el) {
      shadow(el).querySelector<HTMLElement>('[data-page="3"][data-kind="page"]')!.click();
      await settle(el);
      expect(el.getAttribute('current-page')).to.equal('3');
      expect(textOf(shadow(el).querySelector('[aria-current="page"]'))).to.equal('3');
    },
  },
  'qc-piv-footer': {
    template: (l) =>
      html`<qc-piv-footer lang=${lang(l)}
        ><nav><a href="/accessibilite">Accessibilité</a></nav></qc-piv-footer
      >`,
    async check(el, language) {
      expect(textOf(part(el, 'copyright'))).to.match(/^© Gouvernement du Québec, \d{4}$/);
      const { role, name } = await axElement(part(el, 'logo')!);
      expect(role).to.equal('link');
      expect(name).to.contain(pick(language, 'Gouvernement du Québec', 'Government of Québec'));
    },
  },
  'qc-piv-header': {
    template: (l) => html`<qc-piv-header lang=${lang(l)} title-text="Mon service"></qc-piv-header>`,
    async check(el, language) {
      expect(textOf(part(el, 'skip-link'))).to.equal(pick(language, 'Passer au contenu', 'Skip to content'));
      expect(textOf(part(el, 'title'))).to.contain('Mon service');
      const signature = part(el, 'signature-link')!;
      expect(await axElement(signature)).to.deep.equal({
        role: 'link',
        name: pick(language, 'Gouvernement du Québec — accueil', 'Government of Québec — home'),
      });
    },
  },
  'qc-session-timeout': {
    template: (l) => html`<qc-session-timeout lang=${lang(l)}></qc-session-timeout>`,
    async check(el, language) {
      const dialog = part(el, 'dialog')!;
      expect(dialog.localName).to.equal('qc-dialog');
      expect(dialog.shadowRoot?.querySelector('dialog'), 'the nested dialog is rendered').to.exist;
      expect(textOf(part(el, 'heading'))).to.equal(
        pick(language, 'Avertissement d’expiration de la session', 'Session timeout warning'),
      );
      expect(textOf(part(el, 'continue-button'))).to.equal(pick(language, 'Continuer la session', 'Continue session'));
    },
  },
  'qc-spinner': {
    template: (l) => html`<qc-spinner lang=${lang(l)}></qc-spinner>`,
    async check(el) {
      expect(part(el, 'label')!.getAttribute('role')).to.equal('status');
      expect(part(el, 'indicator')!.getAttribute('aria-hidden')).to.equal('true');
    },
    // Connected by a script, it writes its status text SPINNER_TEXT_DELAY_MS later.
    settled: (el) => waitUntil(() => textOf(part(el, 'label')) !== '', 'the status text is written'),
  },
  'qc-tag': {
    template: (l) => html`<qc-tag lang=${lang(l)} removable>Québec</qc-tag>`,
    async check(el, language, mode) {
      const remove = part(el, 'remove-button')!;
      // Its text is light DOM: the server names the button without it.
      const name =
        mode === 'ssr' ? pick(language, 'Retirer', 'Remove') : pick(language, 'Retirer Québec', 'Remove Québec');
      expect(await axElement(remove)).to.deep.equal({ role: 'button', name });
    },
    async interact(el) {
      let removed = 0;
      el.addEventListener('qc-remove', () => removed++);
      part(el, 'remove-button')!.click();
      await settle(el);
      expect(removed).to.equal(1);
      expect(el.isConnected).to.equal(false);
    },
  },
  'qc-tooltip': {
    template: (l) => html`<qc-tooltip lang=${lang(l)} label="Code postal" description="Six caractères"></qc-tooltip>`,
    async check(el, language) {
      const trigger = part(el, 'trigger')!;
      expect(trigger.getAttribute('aria-expanded')).to.equal('false');
      expect((await axElement(trigger)).name).to.contain('Code postal');
      expect(textOf(part(el, 'description'))).to.equal('Six caractères');
      expect(part(el, 'close-button')!.getAttribute('aria-label')).to.equal(
        pick(language, 'Fermer l’aide contextuelle', 'Close help'),
      );
    },
    async interact(el) {
      part(el, 'trigger')!.click();
      await settle(el);
      expect(part(el, 'trigger')!.getAttribute('aria-expanded')).to.equal('true');
    },
  },
};

/** Every qc-ds element rendered in `root`, `root` included, through shadow roots. */
function qcElements(root: Element): Element[] {
  const found = [root, ...root.querySelectorAll('*')].filter((node) => node.localName.startsWith('qc-'));
  return found.flatMap((node) => [
    node,
    ...(node.shadowRoot ? [...node.shadowRoot.children].flatMap((child) => qcElements(child)) : []),
  ]);
}

/** Waits until `el` and the qc elements in it are done updating (the hydrating render, then the next). */
async function settle(el: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await Promise.all(qcElements(el).map((node) => (node as Partial<QcElement>).updateComplete));
    await nextFrame();
  }
}

// Errors reported while hydrating (a mismatch throws in the element's update, or in a nested one).
const pageErrors: unknown[] = [];
window.addEventListener('error', (event) => pageErrors.push(event.error ?? event.message));
window.addEventListener('unhandledrejection', (event) => pageErrors.push(event.reason));

/** The manifest's registration module of each element (`dist/…/qc-….js`), under the package. */
async function definitionModules(): Promise<Map<string, string>> {
  const manifest = await loadManifest();
  const modules = new Map<string, string>();
  for (const module of manifest.modules) {
    for (const entry of module.exports ?? []) {
      if (entry.kind === 'custom-element-definition') modules.set(entry.name, `packages/components/${module.path}`);
    }
  }
  return modules;
}

/** What the server loads to render `tag`: the set-up, the element and the qc elements it renders. */
async function serverModules(tag: string): Promise<string[]> {
  const modules = await definitionModules();
  const tags = new Set([tag]);
  for (const name of tags) {
    const { dependencies = {} } = (customElements.get(name) ?? {}) as Partial<typeof QcElement>;
    for (const dependency of Object.keys(dependencies)) tags.add(dependency);
  }
  return [SERVER_SETUP, ...[...tags].map((name) => modules.get(name)!)];
}

async function render(mode: 'csr' | 'ssr', tag: string, template: TemplateResult): Promise<HTMLElement> {
  const options = { modules: mode === 'csr' ? [] : await serverModules(tag), base: `${location.origin}/` };
  const el = await (mode === 'csr' ? csrFixture : ssrNonHydratedFixture)<HTMLElement>(template, options);
  if (mode === 'csr') await settle(el);
  expect(pageErrors, 'errors while rendering').to.deep.equal([]);
  return el;
}

/**
 * Hydrates a server-rendered fixture in place, as `ssrHydratedFixture` does for a deferred element
 * (it removes `defer-hydration`). The worker defers every element it renders; in a page only the
 * nested ones are, so the light-DOM children are let go too.
 */
async function hydrate(el: HTMLElement): Promise<void> {
  for (const node of [el, ...el.querySelectorAll('[defer-hydration]')]) node.removeAttribute('defer-hydration');
  await settle(el);
  expect(pageErrors, 'errors while hydrating').to.deep.equal([]);
}

/** A shadow tree as text, comparable across render modes: no comments, styles or Lit markers, sorted attributes. */
function canonical(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').replace(/\s+/g, ' ');
  if (!(node instanceof Element)) {
    return node instanceof ShadowRoot || node instanceof DocumentFragment
      ? [...node.childNodes].map(canonical).join('')
      : '';
  }
  if (node.localName === 'style') return '';
  const attributes = [...node.attributes]
    .filter((a) => !['did-ssr', 'defer-hydration'].includes(a.name))
    // A qc-icon says what it is through ElementInternals where it can, through host attributes when
    // the server rendered it (the same role and name: see the qc-icon fixture's accessibility check).
    .filter((a) => !(node.localName === 'qc-icon' && ['role', 'aria-label', 'aria-hidden'].includes(a.name)))
    .map((a) => `${a.name}="${a.value}"`)
    .sort()
    .join(' ');
  const inner = node.shadowRoot ? `#shadow(${canonical(node.shadowRoot)})` : '';
  return `<${node.localName} ${attributes}>${inner}${[...node.childNodes].map(canonical).join('')}</${node.localName}>`;
}

interface Manifest {
  modules: {
    path: string;
    declarations?: { tagName?: string; customElement?: boolean }[];
    exports?: { kind: string; name: string }[];
  }[];
}
let manifest: Promise<Manifest> | undefined;
function loadManifest(): Promise<Manifest> {
  manifest ??= fetch('/packages/components/custom-elements.json').then(
    (response) => response.json() as Promise<Manifest>,
  );
  return manifest;
}

/** The manifest's elements: with a shadow root (QcElement) and without. */
async function tagsOfManifest(): Promise<{ shadow: string[]; light: string[] }> {
  const { modules } = await loadManifest();
  const tags = modules.flatMap((module) =>
    (module.declarations ?? []).flatMap((d) => (d.customElement && d.tagName ? [d.tagName] : [])),
  );
  const shadowTags = tags.filter((tag) => customElements.get(tag)?.prototype instanceof QcElement);
  return { shadow: shadowTags, light: tags.filter((tag) => !shadowTags.includes(tag)) };
}

afterEach(() => {
  cleanupFixtures();
  document.documentElement.lang = 'fr';
  pageErrors.length = 0;
});

describe('Server rendering (Lit SSR) of the shadow-DOM elements', () => {
  it('every shadow-DOM element of the manifest has a three-way fixture here', async () => {
    const { shadow: shadowTags } = await tagsOfManifest();
    expect(shadowTags.length, 'shadow-DOM elements found in the manifest').to.be.greaterThan(10);
    expect(
      shadowTags.filter((tag) => !(tag in specs)),
      'elements without a fixture',
    ).to.deep.equal([]);
    expect(
      Object.keys(specs).filter((tag) => !shadowTags.includes(tag)),
      'fixtures of unknown elements',
    ).to.deep.equal([]);
  });

  for (const [tag, spec] of Object.entries(specs)) {
    describe(`<${tag}>`, () => {
      for (const language of ['fr', 'en'] as const) {
        it(`renders in the browser (csr, lang="${language}") [wcag:1.3.1,4.1.2,3.1.2]`, async () => {
          const el = await render('csr', tag, spec.template(language));
          expect(el.shadowRoot, 'a shadow root').to.exist;
          await spec.check(el, language, 'csr');
        });

        it(`renders on the server, readable without scripts (ssr), then hydrates as the browser renders it (hydrated, lang="${language}") [wcag:1.3.1,4.1.2,3.1.2]`, async () => {
          const rendered = await render('csr', tag, spec.template(language));
          await spec.settled?.(rendered);
          const client = canonical(shadow(rendered));
          cleanupFixtures();
          const el = await render('ssr', tag, spec.template(language));
          expect(el.localName).to.equal(tag);
          expect(el.shadowRoot, 'a declarative shadow root').to.exist;
          expect(el.getAttribute('did-ssr'), 'the language the server used').to.equal(language);
          await spec.check(el, language, 'ssr');
          await hydrate(el);
          expect(el.hasAttribute('did-ssr'), 'the server marker is gone after hydration').to.equal(false);
          await spec.check(el, language, 'hydrated');
          await spec.settled?.(el);
          expect(canonical(shadow(el)), 'the shadow tree once hydrated').to.equal(client);
        });
      }

      it(`on an English page, server-rendered in French, hydrates then speaks English${spec.interact ? ' and works' : ''} [wcag:3.1.2]`, async () => {
        document.documentElement.lang = 'en';
        const el = await render('ssr', tag, spec.template());
        await spec.check(el, 'fr', 'ssr');
        await hydrate(el);
        await spec.check(el, 'en', 'hydrated');
        await spec.interact?.(el);
      });

      const { interact } = spec;
      if (interact) it('works (csr)', async () => interact(await render('csr', tag, spec.template())));
    });
  }

  it('the server writes the language it used on each host: own lang, else an enclosing element’s, else French', async () => {
    const el = await render('ssr', 'qc-button', html`<qc-button lang="en" icon="information">Send</qc-button>`);
    expect(el.getAttribute('did-ssr')).to.equal('en');
    expect(part(el, 'icon')!.getAttribute('did-ssr'), 'the icon in its shadow root').to.equal('en');
    cleanupFixtures();
    const plain = await render('ssr', 'qc-spinner', html`<qc-spinner></qc-spinner>`);
    expect(plain.getAttribute('did-ssr')).to.equal('fr');
  });
});

describe('Server-rendered pages and the light-DOM elements', () => {
  // Rendered by Lit SSR as their own markup (no shadow root, nothing to hydrate), parsed into an
  // inert document (no upgrade there, as before the scripts load), typed into, then moved into the
  // page, where they upgrade in place.
  it('each light-DOM element of the manifest renders through Lit SSR as its markup and upgrades in place, keeping what was typed [wcag:1.3.1,4.1.2]', async () => {
    const { light } = await tagsOfManifest();
    expect(light.length, 'light-DOM elements found in the manifest').to.be.greaterThan(10);
    const modules = await definitionModules();
    const markup = light.map((tag) => `<${tag} label="Nom"><input name="nom" /></${tag}>`).join('');
    const rendered = await executeServerCommand<string, unknown>('lit-ssr-render', {
      template: { strings: [`<div>${markup}</div>`], values: [], _$litType$: 1 },
      modules: [SERVER_SETUP, ...light.map((tag) => modules.get(tag)!)].map((path) => `/${path}`),
    });
    expect(rendered, 'no declarative shadow root').to.not.contain('<template shadowroot');
    const inert = new DOMParser().parseFromString(`<body>${rendered}</body>`, 'text/html');
    for (const tag of light) {
      const before = inert.querySelector(tag)!;
      expect(before, `<${tag}> is in the server's output`).to.exist;
      before.querySelector('input')!.value = 'tapé avant';
      const container = document.createElement('div');
      document.body.append(container);
      try {
        container.append(document.adoptNode(before));
        const el = container.querySelector(tag)!;
        expect(el, `<${tag}> upgraded`).to.be.instanceOf(customElements.get(tag)!);
        await (el as Partial<QcElement>).updateComplete;
        await nextFrame();
        expect(el.shadowRoot, `<${tag}> has no shadow root`).to.equal(null);
        expect(pageErrors, `<${tag}>: errors on upgrade`).to.deep.equal([]);
        const input = el.querySelector('input');
        if (input) expect(input.value, `<${tag}> keeps the value typed before the upgrade`).to.equal('tapé avant');
        // A field that took the input as its control names it with its label.
        if (el instanceof QcFieldElement && input?.labels?.length) {
          expect((await axElement(input)).name, `<${tag}>: the control is named by its label`).to.contain('Nom');
        }
      } finally {
        container.remove();
      }
    }
  });
});
