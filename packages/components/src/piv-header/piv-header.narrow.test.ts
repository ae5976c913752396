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

  it('at 320 px: the signature, the search button and the links never overlap; the links take the row below [wcag:1.4.10,2.5.8]', async () => {
    const root = await page(
      html`<qc-piv-header enable-search>
        <nav slot="links" aria-label="Liens utilitaires">
          <ul>
            <li><a href="/en/" lang="en" hreflang="en">English</a></li>
            <li><a href="/nous-joindre">Nous joindre</a></li>
          </ul>
        </nav>
      </qc-piv-header>`,
    );
    const el = root.querySelector('qc-piv-header')!;
    await settle();
    const signature = part(el, 'signature-link')!;
    const toggle = part(el, 'search-toggle')!;
    const links = [...el.querySelectorAll('a')];
    const boxes = [signature, toggle, ...links].map((node) => [node, node.getBoundingClientRect()] as const);
    expect(signature.getBoundingClientRect().width).to.be.within(150, 200);
    for (const [i, [a, boxA]] of boxes.entries()) {
      expect(boxA.right, a.textContent!).to.be.at.most(320);
      for (const [b, boxB] of boxes.slice(i + 1)) {
        const apart =
          boxA.right <= boxB.left || boxB.right <= boxA.left || boxA.bottom <= boxB.top || boxB.bottom <= boxA.top;
        expect(
          apart,
          `${a.localName} « ${a.textContent!.trim()} » / ${b.localName} « ${b.textContent!.trim()} »`,
        ).to.equal(true);
      }
    }
    for (const link of links)
      expect(link.getBoundingClientRect().top).to.be.at.least(signature.getBoundingClientRect().bottom);
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
