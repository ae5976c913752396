// The CDN loader (dist/cdn/qc-ds-loader.js) as a page without a build tool uses it: one
// <script type="module">, elements in the page, elements added later, elements that qc-ds renders
// in its shadow roots, and the loader included twice. Needs `npm run build`.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { axElement } from '../src/internal/test/ax.js';
import { captureWarnings } from '../src/internal/test/warnings.js';

const cdn = '/packages/components/dist/cdn';
const loader = `${cdn}/qc-ds-loader.js`;

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };

/** The CDN modules this page has fetched, by file name (`qc-button.js`). */
function fetchedModules(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith(`${cdn}/`))
    .map((path) => path.slice(cdn.length + 1));
}

const defined = (tag: string) =>
  waitUntil(() => customElements.get(tag) !== undefined, `<${tag}> was not registered`, { timeout: 5000 });

/** Lets the loader's observer run and any import it started settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

describe('CDN loader', () => {
  let written: HTMLElement;

  before(async () => {
    const response = await fetch(loader, { method: 'HEAD' });
    if (!response.ok) throw new Error(`${loader} is missing: run \`npm run build\` first.`);
    // Markup the page already holds when the loader runs, as a server-rendered page does.
    written = document.createElement('div');
    written.innerHTML = '<qc-notice type="warning" title="Avis important"><p>Contenu</p></qc-notice>';
    document.body.append(written);
    await import(loader);
  });

  after(() => written.remove());

  it('registers a tag already in the page, and renders it accessibly', async () => {
    await defined('qc-notice');
    const notice = written.querySelector('qc-notice') as Rendered;
    await notice.updateComplete;
    expect(notice.shadowRoot?.textContent).to.contain('Avis important');
    await expect(notice).to.be.accessible();
  });

  it('fetches only the modules of the tags the page uses', () => {
    const fetched = fetchedModules();
    expect(fetched.includes('qc-notice.js')).to.equal(true, fetched.join(', '));
    for (const unused of ['qc-ds.js', 'qc-select.js', 'qc-button.js', 'qc-icon.js', 'qc-textfield.js']) {
      expect(fetched.includes(unused)).to.equal(false, unused);
    }
  });

  it('registers a tag added to the page later', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <qc-textfield label="Nom de famille"><input name="nom" /></qc-textfield>
      </form>`,
    );
    await defined('qc-textfield');
    const field = form.querySelector('qc-textfield') as Rendered;
    await field.updateComplete;
    const input = form.querySelector('input')!;
    expect((await axElement(input)).name).to.equal('Nom de famille');
    expect(new FormData(form).has('nom')).to.equal(true);
  });

  it('registers a tag added deep inside added content', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<section>
        <div><p></p></div>
      </section>`,
    );
    wrapper.querySelector('p')!.innerHTML = '<qc-fieldset legend="Adresse"></qc-fieldset>';
    await defined('qc-fieldset');
    expect(wrapper.querySelector('qc-fieldset')!.matches(':defined')).to.equal(true);
  });

  it('loads an element that qc-ds renders in its own shadow root (a button icon) only when rendered', async () => {
    const plain = await fixture<Rendered>(html`<qc-button type="button">Envoyer</qc-button>`);
    await defined('qc-button');
    await plain.updateComplete;
    await settle();
    expect(fetchedModules().includes('qc-icon.js')).to.equal(false, 'a button without an icon loads no icon');

    const withIcon = await fixture<Rendered>(html`<qc-button type="button" icon="information">Info</qc-button>`);
    await withIcon.updateComplete;
    await defined('qc-icon');
    const icon = withIcon.shadowRoot!.querySelector('qc-icon') as Rendered;
    await waitUntil(() => icon.matches(':defined'), 'the icon in the shadow root was not upgraded', { timeout: 5000 });
    await icon.updateComplete;
    await waitUntil(() => Boolean(icon.shadowRoot?.querySelector('svg')), 'no glyph drawn', { timeout: 5000 });
  });

  it('does not import a tag that is already defined', async () => {
    class PageOwnCheckbox extends HTMLElement {}
    customElements.define('qc-checkbox', PageOwnCheckbox);
    const warnings = await captureWarnings(async () => {
      await fixture(html`<qc-checkbox></qc-checkbox>`);
      await settle();
    });
    expect(customElements.get('qc-checkbox') === PageOwnCheckbox).to.equal(true);
    expect(fetchedModules().includes('qc-checkbox.js')).to.equal(false);
    expect(warnings).to.deep.equal([]);
  });

  it('warns once about an unknown qc-* tag and throws nothing', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const warnings = await captureWarnings(async () => {
        await fixture(html`<div><qc-no-such-thing></qc-no-such-thing><qc-no-such-thing></qc-no-such-thing></div>`);
        await settle();
        await fixture(html`<qc-no-such-thing></qc-no-such-thing>`);
        await settle();
      });
      expect(warnings.length).to.equal(1, warnings.join('\n'));
      expect(warnings[0]).to.contain('<qc-no-such-thing>');
      expect(customElements.get('qc-no-such-thing')).to.equal(undefined);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('loaded twice, runs once: no error, and one loader answers', async () => {
    const warnings = await captureWarnings(async () => {
      // Another URL is another module instance: a second copy of the script on the page.
      await import(`${loader}?copy=2`);
      await fixture(html`<qc-other-unknown></qc-other-unknown>`);
      await fixture(html`<qc-toggle-switch label="Avis par texto" name="sms"></qc-toggle-switch>`);
      await defined('qc-toggle-switch');
      await settle();
    });
    expect(warnings.length).to.equal(1, warnings.join('\n'));
    expect(warnings[0]).to.contain('<qc-other-unknown>');
    expect(fetchedModules().filter((name) => name === 'qc-toggle-switch.js').length).to.equal(1);
  });
});
