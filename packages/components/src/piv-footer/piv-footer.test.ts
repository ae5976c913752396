import { expect, fixture, fixtureCleanup, html, nextFrame } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { registerTranslation } from '../internal/localize.js';
import { axElement, axNodes, findAll, NEEDS_AX_TREE } from '../internal/test/ax.js';
import { itExcept, notAssertedIn, NO_MEDIA_EMULATION } from '../internal/test/engine.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { QcPivFooter } from './qc-piv-footer.js';
import { pivFooterStrings } from './piv-footer.strings.js';

const hostile = '<img src=x onerror="window.__qcPivFooterXss = true">';
const { fr, en } = pivFooterStrings;
const year = new Date().getFullYear();
const themes = ['light', 'dark', 'high-contrast'] as const;

const links = () =>
  html`<nav aria-label="Navigation du pied de page">
    <ul>
      <li><a href="#accessibilite">Accessibilité</a></li>
      <li><a href="#plan">Plan du site</a></li>
      <li><a href="#confidentialite">Politique de confidentialité</a></li>
    </ul>
  </nav>`;

const part = (el: QcPivFooter, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const copyrightLink = (el: QcPivFooter) => el.shadowRoot!.querySelector<HTMLAnchorElement>('.copyright-link')!;
const rgb = (el: Element, property: 'color' | 'fill') => getComputedStyle(el)[property];
/** A 1×1 PNG (no network). */
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const DARK_PIXEL = `${PIXEL}#dark`;

describe('qc-piv-footer', () => {
  describe('accessibility', () => {
    for (const theme of themes) {
      it(`passes axe standalone and inside a <footer> (${theme})`, async () => {
        const el = await fixture(
          html`<div data-qc-theme=${theme} style="background: var(--qc-color-background)">
            <qc-piv-footer>${links()}</qc-piv-footer>
          </div>`,
        );
        await expect(el).to.be.accessible();
        fixtureCleanup();
        const wrapped = await fixture(
          html`<div data-qc-theme=${theme} style="background: var(--qc-color-background)">
            <footer><qc-piv-footer>${links()}</qc-piv-footer></footer>
          </div>`,
        );
        await expect(wrapped).to.be.accessible();
      });
    }

    it('passes axe with author logos, a copyright slot and links without a nav', async () => {
      let el!: HTMLElement;
      await captureWarnings(async () => {
        el = await fixture(
          html`<div>
            <qc-piv-footer logo-src=${PIXEL} logo-alt="Ministère — accueil">
              <ul>
                <li><a href="#a">A</a></li>
              </ul>
              <a slot="copyright" href="#c">© Gouvernement du Québec</a>
            </qc-piv-footer>
          </div>`,
        );
      });
      await expect(el).to.be.accessible();
    });

    itExcept(
      NEEDS_AX_TREE,
      'standalone, it is the one contentinfo landmark, holding the links [wcag:1.3.1]',
      async () => {
        await fixture(html`<div><qc-piv-footer>${links()}</qc-piv-footer></div>`);
        const landmarks = await axNodes('contentinfo');
        expect(landmarks.length).to.equal(1);
        const inside = JSON.stringify(landmarks[0]);
        expect(inside).to.contain('Accessibilité');
        expect(inside).to.contain(`© Gouvernement du Québec, ${year}`);
        expect(findAll(landmarks[0], (n) => n.role === 'navigation').map((n) => n.name)).to.deep.equal([
          fr.pivFooterNav,
        ]);
      },
    );

    itExcept(NEEDS_AX_TREE, 'inside the page’s <footer>, there is still exactly one contentinfo', async () => {
      await fixture(
        html`<div>
          <footer><qc-piv-footer>${links()}</qc-piv-footer></footer>
        </div>`,
      );
      const landmarks = await axNodes('contentinfo');
      expect(landmarks.length).to.equal(1);
      expect(JSON.stringify(landmarks[0])).to.contain('Plan du site');
    });

    itExcept(
      NEEDS_AX_TREE,
      'inside [role=contentinfo] (also on the element itself), adds no second one [wcag:4.1.2]',
      async () => {
        await fixture(
          html`<div>
            <div role="contentinfo"><qc-piv-footer>${links()}</qc-piv-footer></div>
          </div>`,
        );
        expect((await axNodes('contentinfo')).length).to.equal(1);
        fixtureCleanup();
        await fixture(html`<div><qc-piv-footer role="contentinfo">${links()}</qc-piv-footer></div>`);
        expect((await axNodes('contentinfo')).length).to.equal(1);
      },
    );

    it('computed role, in every engine: contentinfo standalone, none inside a footer (across shadow roots) [wcag:4.1.2]', async () => {
      const alone = await fixture<QcPivFooter>(html`<qc-piv-footer>${links()}</qc-piv-footer>`);
      expect((await axElement(part(alone, 'base'))).role).to.equal('contentinfo');
      fixtureCleanup();
      const footer = await fixture(html`<footer><div></div></footer>`);
      // An app shell's shadow root between the page's <footer> and the element.
      const shell = footer.querySelector('div')!.attachShadow({ mode: 'open' });
      const nested = document.createElement('qc-piv-footer');
      shell.append(nested);
      await nested.updateComplete;
      expect(part(nested, 'base').hasAttribute('role')).to.be.false;
      expect(['generic', 'none', '']).to.include((await axElement(part(nested, 'base'))).role);
    });

    it('the signature link is named by where it goes, in every engine [wcag:4.1.2]', async () => {
      const el = await fixture<QcPivFooter>(html`<qc-piv-footer>${links()}</qc-piv-footer>`);
      expect(await axElement(part(el, 'logo'))).to.deep.equal({ role: 'link', name: fr.pivFooterSignature });
      el.logoAlt = 'Accueil de Québec.ca';
      await el.updateComplete;
      expect((await axElement(part(el, 'logo'))).name).to.equal('Accueil de Québec.ca');
    });
  });

  describe('rendering', () => {
    it('slots the author’s links in the light DOM, then the signature, then the copyright', async () => {
      const el = await fixture<QcPivFooter>(html`<qc-piv-footer>${links()}</qc-piv-footer>`);
      const slot = part(el, 'links').querySelector('slot')!;
      expect(slot.assignedElements().map((n) => n.localName)).to.deep.equal(['nav']);
      const order = [part(el, 'links'), part(el, 'logo'), part(el, 'copyright')].map(
        (n) => n.getBoundingClientRect().top,
      );
      expect(order[0]).to.be.lessThan(order[1]);
      expect(order[1]).to.be.lessThan(order[2]);
      // The list is centred and wraps, as in the incumbent (light-DOM styles adopted by the element).
      expect(getComputedStyle(el.querySelector('ul')!).display).to.equal('flex');
      expect(getComputedStyle(el.querySelector('ul')!).listStyleType).to.equal('none');
    });

    it('draws the colour signature inline (no request), same geometry as the incumbent', async () => {
      const el = await fixture<QcPivFooter>(html`<qc-piv-footer></qc-piv-footer>`);
      const svg = part(el, 'logo').querySelector('svg')!;
      expect(svg.getAttribute('viewBox')).to.equal('0 0 140 28');
      expect(part(el, 'logo').querySelector('img')).to.equal(null);
      expect(svg.querySelectorAll('path').length).to.equal(2);
    });

    it('colours: wordmark black and flag PIV blue in light and high contrast, white in dark [wcag:1.4.3]', async () => {
      const root = await fixture(
        html`<div>${themes.map((t) => html`<div data-qc-theme=${t}><qc-piv-footer></qc-piv-footer></div>`)}</div>`,
      );
      const footers = [...root.querySelectorAll('qc-piv-footer')];
      const paths = footers.map((f) => [...f.shadowRoot!.querySelectorAll('path')]);
      expect(rgb(paths[0][0], 'fill')).to.equal('rgb(0, 0, 0)');
      expect(rgb(paths[0][1], 'fill')).to.equal('rgb(9, 87, 151)');
      expect(rgb(paths[1][0], 'fill')).to.equal('rgb(255, 255, 255)');
      expect(rgb(paths[1][1], 'fill')).to.equal('rgb(255, 255, 255)');
      expect(rgb(paths[2][1], 'fill')).to.equal('rgb(9, 87, 151)');
    });

    it('the copyright line: French legal name and current year, linking to the copyright page', async () => {
      const el = await fixture<QcPivFooter>(html`<qc-piv-footer></qc-piv-footer>`);
      expect(copyrightLink(el).textContent).to.equal(`© Gouvernement du Québec, ${year}`);
      expect(copyrightLink(el).getAttribute('href')).to.equal('https://www.quebec.ca/droit-auteur');
      expect(copyrightLink(el).hasAttribute('lang')).to.be.false;
    });

    it('the copyright slot replaces the built-in link', async () => {
      const el = await fixture<QcPivFooter>(
        html`<qc-piv-footer><a slot="copyright" href="#droits">© Mon ministère</a></qc-piv-footer>`,
      );
      const slot = part(el, 'copyright').querySelector('slot')!;
      expect(slot.assignedElements().map((n) => n.textContent)).to.deep.equal(['© Mon ministère']);
      expect(copyrightLink(el).checkVisibility()).to.be.false;
    });

    it('reflows at 320 px: nothing wider than the screen [wcag:1.4.10]', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await fixture<QcPivFooter>(
          html`<qc-piv-footer
            ><nav aria-label="Liens">
              <ul>
                ${Array.from({ length: 8 }, (_, i) => html`<li><a href="#l${i}">Politique de confidentialité ${i}</a></li>`)}
              </ul>
            </nav></qc-piv-footer
          >`,
        );
        expect(el.scrollWidth).to.be.at.most(320);
        expect(part(el, 'logo').getBoundingClientRect().right).to.be.at.most(320);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('targets are at least 24 px high (signature and copyright links) [wcag:2.5.8]', async () => {
      const el = await fixture<QcPivFooter>(html`<qc-piv-footer></qc-piv-footer>`);
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect(part(el, 'logo').getBoundingClientRect().height).to.be.at.least((24 / 16) * rem);
      expect(copyrightLink(el).getBoundingClientRect().height).to.be.at.least((24 / 16) * rem - 0.5);
    });

    itExcept(
      NO_MEDIA_EMULATION,
      'forced colours: the whole signature takes the link colour [wcag:1.4.11]',
      async () => {
        await emulateMedia({ forcedColors: 'active' });
        try {
          const el = await fixture<QcPivFooter>(html`<qc-piv-footer></qc-piv-footer>`);
          const [wordmark, flag] = el.shadowRoot!.querySelectorAll('path');
          expect(rgb(wordmark, 'fill')).to.equal(rgb(flag, 'fill'));
          expect(rgb(wordmark, 'fill')).to.equal(rgb(part(el, 'logo'), 'color'));
        } finally {
          await emulateMedia({ forcedColors: 'none' });
        }
      },
    );

    it('is registered once: defining the same class again is a no-op', () => {
      expect(customElements.get('qc-piv-footer') === QcPivFooter).to.equal(true);
      expect(() => QcPivFooter.define('qc-piv-footer')).not.to.throw();
    });
  });

  describe('properties', () => {
    it('logo-url, logo-width and logo-height size and point the signature link', async () => {
      const el = await fixture<QcPivFooter>(
        html`<qc-piv-footer logo-url="https://www.quebec.ca/" logo-width="200" logo-height="40"></qc-piv-footer>`,
      );
      const logo = part(el, 'logo');
      expect(logo.getAttribute('href')).to.equal('https://www.quebec.ca/');
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) / 16;
      expect(Math.round(logo.getBoundingClientRect().width)).to.equal(Math.round(200 * rem));
      expect(Math.round(logo.getBoundingClientRect().height)).to.equal(Math.round(40 * rem));
      el.logoWidth = 139;
      el.logoHeight = 50;
      await el.updateComplete;
      expect(Math.round(logo.getBoundingClientRect().width)).to.equal(Math.round(139 * rem));
    });

    it('logo-src shows the author’s image, and logo-src-dark-theme replaces it in the dark theme', async () => {
      const root = await fixture(
        html`<div data-qc-theme="light">
          <qc-piv-footer logo-src=${PIXEL} logo-src-dark-theme=${DARK_PIXEL} logo-alt="Mon ministère"></qc-piv-footer>
        </div>`,
      );
      const el = root.querySelector('qc-piv-footer')!;
      const img = () => part(el, 'logo').querySelector('img');
      expect(img()?.getAttribute('src')).to.equal(PIXEL);
      expect(img()?.getAttribute('alt')).to.equal('Mon ministère');
      expect(part(el, 'logo').querySelector('svg')).to.equal(null);
      root.setAttribute('data-qc-theme', 'dark');
      await nextFrame();
      await el.updateComplete;
      expect(img()?.getAttribute('src')).to.equal(DARK_PIXEL);
      root.setAttribute('data-qc-theme', 'high-contrast');
      await nextFrame();
      await el.updateComplete;
      expect(img()?.getAttribute('src')).to.equal(PIXEL);
      el.removeAttribute('logo-src');
      el.removeAttribute('logo-src-dark-theme');
      await el.updateComplete;
      expect(part(el, 'logo').querySelector('svg')).to.not.equal(null);
    });

    it('copyright-text and copyright-url replace the defaults', async () => {
      const el = await fixture<QcPivFooter>(
        html`<qc-piv-footer
          copyright-text="© Mon organisme"
          copyright-url="https://example.qc.ca/droits"
        ></qc-piv-footer>`,
      );
      expect(copyrightLink(el).textContent).to.equal('© Mon organisme');
      expect(copyrightLink(el).getAttribute('href')).to.equal('https://example.qc.ca/droits');
    });

    it('names an unnamed author nav (nav-label), never an author’s own name [wcag:4.1.2]', async () => {
      const el = await fixture<QcPivFooter>(
        html`<qc-piv-footer
          ><nav>
            <ul>
              <li><a href="#a">A</a></li>
            </ul>
          </nav></qc-piv-footer
        >`,
      );
      const nav = el.querySelector('nav')!;
      expect(nav.getAttribute('aria-label')).to.equal(fr.pivFooterNav);
      el.navLabel = 'Liens du ministère';
      await el.updateComplete;
      expect(nav.getAttribute('aria-label')).to.equal('Liens du ministère');
      if (!notAssertedIn(NEEDS_AX_TREE, 'the navigation’s name in the tree')) {
        expect((await axNodes('navigation')).map((n) => n.name)).to.deep.equal(['Liens du ministère']);
      }
      nav.setAttribute('aria-label', 'Nom de l’auteur');
      await nextFrame();
      el.navLabel = 'Autre';
      await el.updateComplete;
      expect(nav.getAttribute('aria-label')).to.equal('Nom de l’auteur');
    });

    it('links added later by a framework are followed', async () => {
      const el = await fixture<QcPivFooter>(html`<qc-piv-footer></qc-piv-footer>`);
      expect(el.querySelector('nav')).to.equal(null);
      const nav = document.createElement('nav');
      nav.innerHTML = '<ul><li><a href="#x">Nouveau</a></li></ul>';
      el.append(nav);
      await nextFrame();
      await el.updateComplete;
      expect(nav.getAttribute('aria-label')).to.equal(fr.pivFooterNav);
      if (!notAssertedIn(NEEDS_AX_TREE, 'the navigation’s name in the tree')) {
        expect((await axNodes('navigation')).map((n) => n.name)).to.deep.equal([fr.pivFooterNav]);
      }
      // Replaced wholesale (a framework re-render): the new nav is named too.
      const next = nav.cloneNode(true) as HTMLElement;
      next.removeAttribute('aria-label');
      nav.replaceWith(next);
      await nextFrame();
      expect(next.getAttribute('aria-label')).to.equal(fr.pivFooterNav);
    });
  });

  describe('keyboard', () => {
    it('Tab goes through the footer links, the signature, then the copyright link [wcag:2.1.1,2.4.3]', async () => {
      const root = await fixture(
        html`<div>
          <button>Avant</button>
          <qc-piv-footer>${links()}</qc-piv-footer>
        </div>`,
      );
      const el = root.querySelector('qc-piv-footer')!;
      root.querySelector('button')!.focus();
      const seen: string[] = [];
      for (let i = 0; i < 5; i++) {
        await sendKeys({ press: 'Tab' });
        const inShadow = el.shadowRoot!.activeElement;
        seen.push(
          inShadow
            ? (inShadow.getAttribute('part') ?? inShadow.className)
            : (document.activeElement?.textContent ?? ''),
        );
      }
      expect(seen).to.deep.equal([
        'Accessibilité',
        'Plan du site',
        'Politique de confidentialité',
        'logo',
        'copyright-link',
      ]);
    });

    it('the focused signature shows a visible focus ring [wcag:2.4.7]', async () => {
      const root = await fixture(html`<div><button>Avant</button><qc-piv-footer></qc-piv-footer></div>`);
      root.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      const el = root.querySelector('qc-piv-footer')!;
      const logo = part(el, 'logo');
      expect(el.shadowRoot!.activeElement === logo).to.be.true;
      expect(getComputedStyle(logo).outlineStyle).to.equal('solid');
    });
  });

  describe('events', () => {
    it('fires no event of its own; clicks on the links reach the page', async () => {
      const root = await fixture(html`<div><qc-piv-footer>${links()}</qc-piv-footer></div>`);
      const seen: string[] = [];
      root.addEventListener('click', (event) => {
        event.preventDefault();
        seen.push((event.composedPath()[0] as Element).localName);
      });
      root.querySelector('a')!.click();
      part(root.querySelector('qc-piv-footer')!, 'logo').click();
      expect(seen).to.deep.equal(['a', 'a']);
    });
  });

  describe('i18n', () => {
    it('in English: English names and URL, French copyright marked lang="fr" [wcag:3.1.2]', async () => {
      const root = await fixture(
        html`<div lang="en">
          <qc-piv-footer
            ><nav>
              <ul>
                <li><a href="#a">Accessibility</a></li>
              </ul>
            </nav></qc-piv-footer
          >
        </div>`,
      );
      const el = root.querySelector('qc-piv-footer')!;
      expect(copyrightLink(el).textContent).to.equal(`© Gouvernement du Québec, ${year}`);
      expect(copyrightLink(el).getAttribute('lang')).to.equal('fr');
      expect(copyrightLink(el).getAttribute('href')).to.equal('https://www.quebec.ca/en/copyright');
      expect((await axElement(part(el, 'logo'))).name).to.equal(en.pivFooterSignature);
      expect(el.querySelector('nav')!.getAttribute('aria-label')).to.equal(en.pivFooterNav);
      root.setAttribute('lang', 'fr-CA');
      await nextFrame();
      await el.updateComplete;
      expect(copyrightLink(el).getAttribute('href')).to.equal(fr.pivFooterCopyrightUrl);
      expect(copyrightLink(el).hasAttribute('lang')).to.be.false;
      expect(el.querySelector('nav')!.getAttribute('aria-label')).to.equal(fr.pivFooterNav);
    });

    it('registerTranslation replaces a built-in string for the page', async () => {
      registerTranslation('fr', { pivFooterSignature: 'Québec.ca — accueil' });
      try {
        const el = await fixture<QcPivFooter>(html`<qc-piv-footer></qc-piv-footer>`);
        expect((await axElement(part(el, 'logo'))).name).to.equal('Québec.ca — accueil');
      } finally {
        registerTranslation('fr', { pivFooterSignature: fr.pivFooterSignature });
      }
    });
  });

  describe('bad input', () => {
    it('logo-width="abc" and logo-height="-4" fall back to 139 × 50 with one warning each', async () => {
      let el!: QcPivFooter;
      const warnings = await captureWarnings(async () => {
        el = await fixture<QcPivFooter>(html`<qc-piv-footer logo-width="abc" logo-height="-4"></qc-piv-footer>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings.filter((w) => w.includes('logo-width="abc"')).length).to.equal(1);
      expect(warnings.filter((w) => w.includes('logo-height="-4"')).length).to.equal(1);
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) / 16;
      const box = part(el, 'logo').getBoundingClientRect();
      expect(Math.round(box.width)).to.equal(Math.round(139 * rem));
      expect(Math.round(box.height)).to.equal(Math.round(50 * rem));
    });

    it('hostile text in attributes is shown as text, never as HTML', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcPivFooter>(
          html`<qc-piv-footer copyright-text=${hostile} logo-alt=${hostile}></qc-piv-footer>`,
        );
        expect(copyrightLink(el).textContent).to.equal(hostile);
        expect(el.shadowRoot!.querySelectorAll('img').length).to.equal(0);
        expect(part(el, 'logo').querySelector('svg')!.getAttribute('aria-label')).to.equal(hostile);
      });
      expect((window as Window & { __qcPivFooterXss?: boolean }).__qcPivFooterXss).to.equal(undefined);
      expect(warnings.some((w) => w.includes('copyright-text is shown as text'))).to.be.true;
    });

    it('a javascript: URL is refused with a warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcPivFooter>(
          html`<qc-piv-footer logo-url=" javascript:alert(1)" copyright-url="JavaScript:alert(1)"></qc-piv-footer>`,
        );
        expect(part(el, 'logo').getAttribute('href')).to.equal('/');
        expect(copyrightLink(el).getAttribute('href')).to.equal(fr.pivFooterCopyrightUrl);
      });
      expect(warnings.filter((w) => w.includes('javascript:')).length).to.equal(2);
    });

    it('links without a nav: a named navigation anyway, and one warning', async () => {
      let el!: QcPivFooter;
      const warnings = await captureWarnings(async () => {
        el = await fixture<QcPivFooter>(
          html`<qc-piv-footer
            ><ul>
              <li><a href="#a">A</a></li>
            </ul></qc-piv-footer
          >`,
        );
      });
      expect(warnings.filter((w) => w.includes('<nav')).length).to.equal(1);
      expect(await axElement(part(el, 'links'))).to.deep.equal({ role: 'navigation', name: fr.pivFooterNav });
      if (!notAssertedIn(NEEDS_AX_TREE, 'the only navigation in the tree')) {
        expect((await axNodes('navigation')).map((n) => n.name)).to.deep.equal([fr.pivFooterNav]);
      }
    });

    it('two navs with no names or the same name: one warning, one nav named by the element', async () => {
      let el!: QcPivFooter;
      const warnings = await captureWarnings(async () => {
        el = await fixture<QcPivFooter>(
          html`<qc-piv-footer
            ><nav><a href="#a">A</a></nav>
            <nav><a href="#b">B</a></nav></qc-piv-footer
          >`,
        );
      });
      const [first, second] = el.querySelectorAll('nav');
      expect(first.getAttribute('aria-label')).to.equal(fr.pivFooterNav);
      expect(second.hasAttribute('aria-label')).to.be.false;
      expect(warnings.filter((w) => w.includes('distinct name')).length).to.equal(1);
    });

    it('empty, text-only and huge content do not break the layout', async () => {
      const empty = await fixture<QcPivFooter>(html`<qc-piv-footer></qc-piv-footer>`);
      expect(part(empty, 'links').hasAttribute('role')).to.be.false;
      const warnings = await captureWarnings(async () => {
        const textOnly = await fixture<QcPivFooter>(html`<qc-piv-footer><div>Contenu par défaut</div></qc-piv-footer>`);
        // No links: no navigation region around plain text, and nothing to warn about.
        expect(part(textOnly, 'links').hasAttribute('role')).to.be.false;
      });
      expect(warnings).to.deep.equal([]);
      const long = 'Politiquedeconfidentialité'.repeat(40);
      const el = await fixture<QcPivFooter>(
        html`<div style="width: 20rem">
          <qc-piv-footer copyright-text=${long}
            ><nav aria-label="Liens">
              <ul>
                <li><a href="#a">${long}</a></li>
              </ul>
            </nav></qc-piv-footer
          >
        </div>`,
      );
      const footer = el.querySelector('qc-piv-footer')!;
      expect(footer.scrollWidth).to.be.at.most(Math.ceil(footer.getBoundingClientRect().width) + 1);
    });
  });
});
