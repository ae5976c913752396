/**
 * The header on a 320 px screen (WCAG 1.4.10 Reflow), in a page that starts at that width. (A header
 * rendered after the window narrowed while no header was in the page, where WebKit once kept the wide
 * layout, is tested in piv-header.test.ts.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { QcPivHeader } from './qc-piv-header.js';
import { pivHeaderStrings } from './piv-header.strings.js';

const { fr } = pivHeaderStrings;
const part = <T extends Element = HTMLElement>(el: QcPivHeader, name: string) =>
  el.shadowRoot!.querySelector<T & Element>(`[part~="${name}"]`);
const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const page = (header: ReturnType<typeof html>) =>
  fixture(
    html`<div>
      ${header}
      <main id="main"><h1>Titre de la page</h1></main>
    </div>`,
  );

describe('qc-piv-header at 320 px', () => {
  before(async () => {
    await setViewport({ width: 320, height: 640 });
  });
  after(async () => {
    await setViewport({ width: 1280, height: 800 });
  });

  it('at 320 px: nothing overflows, the signature is 150–200 px wide and the title has its own row [wcag:1.4.10]', async () => {
    const root = await page(
      html`<qc-piv-header
        title-text="Ministère de l’Emploi et de la Solidarité sociale — prestations et services"
        alt-language-url="/en/"
        join-us-url="/nous-joindre"
        enable-search
      ></qc-piv-header>`,
    );
    const el = root.querySelector('qc-piv-header')!;
    await settle();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const signature = part(el, 'signature-link')!.getBoundingClientRect();
    expect(signature.width).to.be.within(150, 200);
    const title = part(el, 'title')!.getBoundingClientRect();
    expect(title.top).to.be.at.least(signature.bottom);
    for (const node of [...el.shadowRoot!.querySelectorAll('a, button')].slice(1)) {
      const box = node.getBoundingClientRect();
      expect(box.left, node.textContent!).to.be.at.least(0);
      expect(box.right, node.textContent!).to.be.at.most(320);
      expect(box.height, node.textContent!).to.be.at.least(24);
    }
  });

  it('blank strings keep the built-in ones; huge titles wrap inside the band', async () => {
    const el = await fixture<QcPivHeader>(
      html`<qc-piv-header join-us-url="/j" join-us-text="   " title-text=${'Ministère'.repeat(40)}></qc-piv-header>`,
    );
    expect(part(el, 'links')!.querySelector('a')!.textContent).to.equal(fr.pivHeaderJoinUs);
    await settle();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(part(el, 'title')!.getBoundingClientRect().right).to.be.at.most(320);
  });
});
