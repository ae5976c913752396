import { expect, fixture, html } from '@open-wc/testing';
import { property } from 'lit/decorators.js';
import { QcElement } from './qc-element.js';
import { booleanConverter } from './converters.js';
import { LocalizeController, registerTranslation, resolveLanguage } from './localize.js';
import { captureWarnings } from './test/warnings.js';

const strings = {
  fr: { hello: 'Bonjour', count: (n: number) => `${n} élément${n > 1 ? 's' : ''}` },
  en: { hello: 'Hello', count: (n: number) => `${n} item${n === 1 ? '' : 's'}` },
};

class QcTestLocalized extends QcElement {
  localize = new LocalizeController(this, strings);
  override render() {
    return this.localize.term('hello');
  }
}
QcTestLocalized.define('qc-test-localized');

class QcTestEnum extends QcElement {
  @property() variant: string | null = null;
  get effective() {
    return this.validEnum('variant', this.variant, ['a', 'b'] as const, 'a');
  }
}
QcTestEnum.define('qc-test-enum');

describe('internal: booleanConverter', () => {
  it('reads presence and the incumbent "true"/"false" strings', () => {
    const from = booleanConverter.fromAttribute!;
    expect(from(null, Boolean)).to.equal(false);
    expect(from('', Boolean)).to.equal(true);
    expect(from('true', Boolean)).to.equal(true);
    expect(from('false', Boolean)).to.equal(false);
    expect(from(' FALSE ', Boolean)).to.equal(false);
  });
});

describe('internal: QcElement.define', () => {
  it('is a no-op for the same class and warns once for a different one', async () => {
    const warnings = await captureWarnings(() => {
      QcTestEnum.define('qc-test-enum');
      class Other extends QcElement {}
      Other.define('qc-test-enum');
      Other.define('qc-test-enum');
    });
    expect(customElements.get('qc-test-enum')).to.equal(QcTestEnum);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('qc-test-enum');
  });
});

describe('internal: validEnum', () => {
  it('falls back with one warning per element and value', async () => {
    const el = await fixture<QcTestEnum>(html`<qc-test-enum variant="zzz"></qc-test-enum>`);
    const warnings = await captureWarnings(() => {
      expect(el.effective).to.equal('a');
      expect(el.effective).to.equal('a');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/variant="zzz"/);
    el.variant = 'B';
    expect(el.effective).to.equal('b');
    el.variant = '';
    expect(el.effective).to.equal('a');
  });
});

describe('internal: LocalizeController', () => {
  it('defaults to French and follows own lang, ancestors, and <html lang> [wcag:3.1.2]', async () => {
    const wrapper = await fixture(html`<div><qc-test-localized></qc-test-localized></div>`);
    const el = wrapper.querySelector('qc-test-localized') as QcTestLocalized;
    expect(el.shadowRoot!.textContent).to.equal('Bonjour');
    wrapper.setAttribute('lang', 'en-CA');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('Hello');
    el.setAttribute('lang', 'fr-CA');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('Bonjour');
  });

  it('crosses shadow roots to find the language [wcag:3.1.2]', async () => {
    const outer = await fixture(html`<div lang="en"><div></div></div>`);
    const host = outer.firstElementChild!;
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    expect(resolveLanguage(inner)).to.equal('en');
  });

  it('falls back to French for languages without strings, and accepts registered ones [wcag:3.1.2]', async () => {
    const el = await fixture<QcTestLocalized>(html`<qc-test-localized lang="es"></qc-test-localized>`);
    expect(el.shadowRoot!.textContent).to.equal('Bonjour');
    registerTranslation('es', { hello: 'Hola' });
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('Hola');
    expect(el.localize.term('count', 2)).to.equal('2 éléments');
  });

  it('lets a page override one built-in string globally', async () => {
    const el = await fixture<QcTestLocalized>(html`<qc-test-localized lang="en"></qc-test-localized>`);
    registerTranslation('en', { hello: 'Hi there' });
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('Hi there');
    registerTranslation('en', { hello: 'Hello' });
  });
});
