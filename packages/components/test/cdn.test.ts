// The CDN all-in-one file (dist/cdn/qc-ds.js) as a ministry page uses it: one <script type="module">,
// sometimes included twice (a CMS template and a widget each adding it). Needs `npm run build`.
// The per-element modules and their loader: loader.test.ts.
import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings } from '../src/internal/test/warnings.js';

const bundle = '/packages/components/dist/cdn/qc-ds.js';
const classes = {
  'qc-icon': 'QcIcon',
  'qc-button': 'QcButton',
  'qc-notice': 'QcNotice',
  'qc-textfield': 'QcTextfield',
  'qc-select': 'QcSelect',
  'qc-checkbox': 'QcCheckbox',
  'qc-choice-group': 'QcChoiceGroup',
  'qc-toggle-switch': 'QcToggleSwitch',
  'qc-toggle-switch-group': 'QcToggleSwitchGroup',
  'qc-fieldset': 'QcFieldset',
  'qc-date-field': 'QcDateField',
  'qc-file-upload': 'QcFileUpload',
  'qc-error-summary': 'QcErrorSummary',
} as const;
const tags = Object.keys(classes) as (keyof typeof classes)[];

type CdnModule = Record<(typeof classes)[keyof typeof classes], CustomElementConstructor>;

describe('CDN bundle', () => {
  let first: CdnModule;

  before(async () => {
    const response = await fetch(bundle, { method: 'HEAD' });
    if (!response.ok) throw new Error(`${bundle} is missing: run \`npm run build\` first.`);
    first = (await import(bundle)) as CdnModule;
  });

  it('registers every component and exports its classes', () => {
    for (const tag of tags) expect(customElements.get(tag)).to.equal(first[classes[tag]], tag);
  });

  it('renders a notice with its title and content, accessibly', async () => {
    const notice = await fixture(html`<qc-notice type="warning" title="Avis important"><p>Contenu</p></qc-notice>`);
    await (notice as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(notice.shadowRoot?.textContent).to.contain('Avis important');
    await expect(notice).to.be.accessible();
  });

  it('loading a second copy does not throw and keeps the first definitions, silently (production build)', async () => {
    let second: CdnModule | undefined;
    // A different URL is a second, independent module instance: a second copy of qc-ds.
    const warnings = await captureWarnings(async () => {
      second = (await import(`${bundle}?copy=2`)) as CdnModule;
    });
    expect(second?.QcButton).to.be.a('function').and.not.equal(first.QcButton);
    for (const tag of tags) expect(customElements.get(tag)).to.equal(first[classes[tag]]);
    // The development build warns once per tag (src/internal/internal.test.ts); the CDN strips it.
    expect(warnings).to.deep.equal([]);
  });

  it('still renders working buttons after the second copy loaded', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><qc-button type="submit">Envoyer</qc-button></form>`);
    const button = form.querySelector('qc-button')!;
    await (button as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    let submitted = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = true;
    });
    button.click();
    await new Promise((resolve) => setTimeout(resolve));
    expect(submitted).to.equal(true);
    await expect(form).to.be.accessible();
  });

  it('shows hostile attribute text as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const notice = await fixture(html`<qc-notice title=${hostile}></qc-notice>`);
    await (notice as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(notice.shadowRoot?.querySelector('img')).to.equal(null);
    expect(notice.shadowRoot?.textContent).to.contain(hostile);
  });
});
