// The incumbent's own documentation examples, unchanged, with qc-ds in place of its bundle.
//
// qc-trousse-sdg 1.5 documents its elements in node_modules/qc-trousse-sdg/public/index.html: each
// example is the content of a <qc-doc-exemple> (a documentation wrapper, not one of its elements), and
// the page itself wears the PIV header, footer and back-to-top. The page is read at test time from the
// test server, so a new version of the package brings its new examples with it. Each example that uses
// an element qc-ds implements is rendered as written (its inline scripts do not run: markup inserted by
// innerHTML never executes scripts) and must: upgrade, log no console error and throw nothing, and
// pass axe (WCAG 2.0/2.1/2.2 A and AA). Relative URLs of the examples (img/piv-MCE-theme-clair.svg)
// resolve against the package's public/ folder, as they do in the incumbent's page: a <base href>
// into that folder is set while this file runs.
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { axeTags } from '../../../.storybook/annotations.js';
import { formatViolations, runAxe } from '../../../stories/support/axe-report.js';
import { deepElements, settle } from '../../../stories/support/settle.js';

const publicFolder = '/node_modules/qc-trousse-sdg/public/';

/** The identity and navigation elements of issue 8. */
const issue8Tags = [
  'qc-piv-header',
  'qc-piv-footer',
  'qc-alert',
  'qc-search-bar',
  'qc-search-input',
  'qc-to-top',
  'qc-tooltip',
  'qc-external-link',
];
/** The elements of the earlier issues the examples also use (form family, notice, icon, button). */
const earlierTags = [
  'qc-textfield',
  'qc-select',
  'qc-checkbox',
  'qc-choice-group',
  'qc-toggle-switch',
  'qc-toggle-switch-group',
  'qc-notice',
  'qc-icon',
];

interface Example {
  readonly name: string;
  readonly markup: string;
  readonly tags: readonly string[];
}

/** The tags of `tags` that `root` uses. */
const used = (root: ParentNode, tags: readonly string[]) => tags.filter((tag) => root.querySelector(tag));

async function readExamples(): Promise<{ examples: Example[]; page?: Document; error?: string }> {
  const response = await fetch(`${publicFolder}index.html`);
  if (!response.ok) return { examples: [], error: `${publicFolder}index.html: HTTP ${response.status}` };
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const examples: Example[] = [];
  const all = [...issue8Tags, ...earlierTags];
  page.querySelectorAll('qc-doc-exemple').forEach((wrapper, index) => {
    const tags = used(wrapper, all);
    if (tags.length === 0) return;
    const caption = (wrapper.getAttribute('caption') ?? wrapper.id ?? '').replace(/\s+/g, ' ').trim();
    examples.push({ name: `exemple ${index + 1} « ${caption} »`, markup: wrapper.innerHTML, tags });
  });
  // The page's own header, footer and back-to-top, in their <header>/<footer> wrappers as written.
  for (const selector of ['body > header', 'body > footer', '#to-top-exemple']) {
    const part = page.querySelector(selector);
    if (part) examples.push({ name: `page: ${selector}`, markup: part.outerHTML, tags: used(part, all) });
  }
  return { examples, page };
}

const { examples, page, error } = await readExamples();

/**
 * Elements an example refers to by id that live elsewhere in the incumbent's page (the hidden
 * `<p id="tooltip-1">` of `description-id`), copied beside it as they were beside it there.
 */
function referencedElsewhere(markup: string): string {
  const ids = [...markup.matchAll(/description-id="([^"]+)"/g)].map((match) => match[1]!);
  return ids
    .filter((id) => !markup.includes(`id="${id}"`))
    .map((id) => page?.getElementById(id)?.outerHTML ?? '')
    .join('');
}

let base: HTMLBaseElement;
let stylesheet: HTMLLinkElement;

before(async () => {
  base = document.createElement('base');
  base.href = publicFolder;
  document.head.prepend(base);
  stylesheet = document.createElement('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.href = '/packages/styles/dist/qc-ds.css';
  const loaded = new Promise((resolve) => stylesheet.addEventListener('load', resolve));
  document.head.append(stylesheet);
  await loaded;
});

after(() => {
  base.remove();
  stylesheet.remove();
});

/** Tests each example that uses one of `tags` and none of `excluded` (tested elsewhere). */
function describeExamples(title: string, tags: readonly string[], excluded: readonly string[] = []) {
  describe(title, () => {
    it('the documentation page is read and holds examples of these elements', () => {
      expect(error ?? '').to.equal('');
      const found = new Set(examples.flatMap((example) => example.tags.filter((tag) => tags.includes(tag))));
      expect([...found].sort()).to.deep.equal([...tags].sort());
    });

    const mine = examples.filter(
      (e) => e.tags.some((tag) => tags.includes(tag)) && !e.tags.some((tag) => excluded.includes(tag)),
    );
    for (const example of mine) {
      it(`${example.name} (${example.tags.join(', ')})`, async () => {
        sessionStorage.clear();
        localStorage.clear();
        const errors: string[] = [];
        const originalError = console.error;
        console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
        const onError = (event: ErrorEvent) => errors.push(`uncaught: ${event.message}`);
        const onRejection = (event: PromiseRejectionEvent) =>
          errors.push(`unhandled rejection: ${String(event.reason)}`);
        window.addEventListener('error', onError);
        window.addEventListener('unhandledrejection', onRejection);
        const container = document.createElement('div');
        container.className = 'qc-ds';
        container.lang = 'fr';
        try {
          document.body.append(container);
          container.innerHTML = example.markup + referencedElsewhere(example.markup);
          await settle(container);
        } finally {
          console.error = originalError;
          window.removeEventListener('error', onError);
          window.removeEventListener('unhandledrejection', onRejection);
        }
        try {
          expect(errors, `${example.name}: console errors or thrown errors`).to.deep.equal([]);
          const notUpgraded = [...container.querySelectorAll(example.tags.join(','))]
            .filter((element) => customElements.get(element.localName) !== element.constructor)
            .map((element) => element.localName);
          expect(notUpgraded, `${example.name}: elements that did not upgrade`).to.deep.equal([]);
          // Images of the example (the ministry logo of `logo-src`…) load from the package's public/ folder.
          const images = deepElements(container).filter((el): el is HTMLImageElement => el instanceof HTMLImageElement);
          await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
          const broken = images.filter((image) => image.naturalWidth === 0).map((image) => image.src);
          expect(broken, `${example.name}: images that did not load`).to.deep.equal([]);
          const results = await runAxe(container, axeTags);
          const report = formatViolations(example.name, results.violations);
          if (report) throw new Error(report);
        } finally {
          container.remove();
        }
      });
    }
  });
}

describeExamples('the incumbent’s documentation examples of the issue 8 elements work with qc-ds', issue8Tags);
describeExamples(
  'the incumbent’s documentation examples of the earlier elements work with qc-ds',
  earlierTags,
  issue8Tags,
);
