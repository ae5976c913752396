import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { registerTranslation } from '../internal/localize.js';
import { axElement, axTree, findAll, NEEDS_AX_TREE } from '../internal/test/ax.js';
import { itExcept, NO_MEDIA_EMULATION } from '../internal/test/engine.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { QcPivHeader } from './qc-piv-header.js';
import { pivHeaderStrings } from './piv-header.strings.js';

const hostile = '<img src=x onerror="window.__qcPivHeaderXss = true">';
const { fr, en } = pivHeaderStrings;
const PIV_BLUE = 'rgb(9, 87, 151)';
const WHITE = 'rgb(255, 255, 255)';
const PALE_BLUE = 'rgb(218, 230, 240)';

const part = <T extends Element = HTMLElement>(el: QcPivHeader, name: string) =>
  el.shadowRoot!.querySelector<T & Element>(`[part~="${name}"]`);
const toggle = (el: QcPivHeader) => part<HTMLButtonElement>(el, 'search-toggle')!;
const zone = (el: QcPivHeader) => part(el, 'search-zone')!;
/** The element that has the focus, looking into shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** A header as a page writes it, with the target of its skip link. */
const page = (header: ReturnType<typeof html>) =>
  fixture(
    html`<div>
      <button id="before">Avant</button>
      ${header}
      <main id="main"><h1>Titre de la page</h1></main>
    </div>`,
  );

const searchHeader = (attrs: { show?: boolean } = {}) =>
  page(
    html`<qc-piv-header enable-search="true" show-search=${attrs.show ? 'true' : 'false'}>
      <form slot="search-zone" role="search" aria-label="Recherche">
        <label for="q">Rechercher</label><input id="q" name="q" type="search" /><button>Lancer</button>
      </form>
    </qc-piv-header>`,
  );

describe('qc-piv-header', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 800 });
  });

  describe('accessibility', () => {
    const states: [string, () => Promise<Element>][] = [
      ['attributes only', () => page(html`<qc-piv-header></qc-piv-header>`)],
      [
        'title, language and contact links',
        () =>
          page(
            html`<qc-piv-header
              title-text="Nom du service"
              alt-language-url="/en/"
              join-us-url="/nous-joindre"
            ></qc-piv-header>`,
          ),
      ],
      ['title as text', () => page(html`<qc-piv-header title-text="Nom du service" title-url=""></qc-piv-header>`)],
      ['search closed', () => searchHeader()],
      ['search shown', () => searchHeader({ show: true })],
      [
        'light-DOM slots',
        () =>
          page(
            html`<qc-piv-header>
              <a slot="go-to-content" href="#main">Passer au contenu</a>
              <a slot="signature" href="https://www.quebec.ca/"
                ><img src="/packages/components/dist/assets/QUEBEC_blanc.svg" alt="Gouvernement du Québec — accueil"
              /></a>
              <a slot="title" href="/">Nom du service</a>
              <nav slot="links" aria-label="Liens utilitaires">
                <ul>
                  <li><a href="/en/" lang="en" hreflang="en">English</a></li>
                </ul>
              </nav>
            </qc-piv-header>`,
          ),
      ],
      ['wrapped in <header>', () => page(html`<header><qc-piv-header title-text="Service"></qc-piv-header></header>`)],
      [
        'dark theme',
        () =>
          page(
            html`<div data-qc-theme="dark">
              <qc-piv-header title-text="Service" join-us-url="/contact"></qc-piv-header>
            </div>`,
          ),
      ],
    ];
    for (const [name, render] of states) {
      it(`passes axe (${name})`, async () => {
        const root = await render();
        await expect(root).to.be.accessible();
      });
    }

    it('the incumbent’s documentation examples upgrade without error and pass axe', async () => {
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      try {
        // node_modules/qc-trousse-sdg/public/index.html, verbatim but for the page around them.
        const examples = [
          html`<header>
            <qc-piv-header
              id="pivEntete"
              title-text="Trousse de développement du Système de design gouvernemental"
              alt-logo="Signature du gouvernement du Québec. Accédez au Système de design gouvernemental."
            >
            </qc-piv-header>
          </header>`,
          html`<qc-piv-header alt-logo="Accédez à Québec.ca" join-us-url="#join-us" alt-language-url="#fakeEnglish">
          </qc-piv-header>`,
          html`<qc-piv-header
            title-text="Titre du site ou du service"
            title-url="https://www.quebec.ca/"
            alt-logo="Accédez à Québec.ca"
          >
            <nav slot="links" aria-label="Navigation PIV">
              <ul>
                <li><a href="#fakeEnglish">English</a></li>
                <li><a href="#">Nous joindre</a></li>
              </ul>
            </nav>
          </qc-piv-header>`,
          html`<div id="pivEnteteExempleRecherchePersonnalisee">
            <qc-piv-header
              title-text="Titre du site ou du service"
              title-url=""
              alt-logo="Accédez à Québec.ca"
              enable-search="true"
              show-search="true"
            >
              <ul slot="links">
                <li><a href="#fakeEnglish">English</a></li>
                <li><a href="#">Nous joindre</a></li>
              </ul>
              <form slot="search-zone" method="get" action="https://www.google.ca/search">
                <input name="q" aria-label="Rechercher" />
              </form>
            </qc-piv-header>
          </div>`,
          html`<qc-piv-header enable-search="true" show-search="true">
            <div slot="search-zone">slot="search-zone"</div>
            <div slot="links">slot="links"</div>
          </qc-piv-header>`,
        ];
        for (const example of examples) {
          const root = await page(example);
          const el = root.querySelector('qc-piv-header')!;
          await el.updateComplete;
          expect(part(el, 'base')).to.not.equal(null);
          await expect(root).to.be.accessible();
          // One page at a time: each example is the page's one banner.
          root.remove();
        }
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
    });

    const banners = async () => findAll(await axTree(), (n) => n.role === 'banner');

    itExcept(NEEDS_AX_TREE, 'is the banner landmark of a page that has none [wcag:1.3.1]', async () => {
      await page(html`<qc-piv-header title-text="Service"></qc-piv-header>`);
      const found = await banners();
      expect(found).to.have.length(1);
      expect(JSON.stringify(found[0])).to.contain('Service');
    });

    itExcept(NEEDS_AX_TREE, 'adds no second banner inside the author’s <header>', async () => {
      await page(html`<header><qc-piv-header title-text="Service"></qc-piv-header></header>`);
      const found = await banners();
      expect(found).to.have.length(1);
      expect(JSON.stringify(found[0])).to.contain('Service');
    });

    itExcept(NEEDS_AX_TREE, 'adds no second banner inside an element with role="banner" [wcag:4.1.2]', async () => {
      await page(html`<div role="banner"><qc-piv-header title-text="Service"></qc-piv-header></div>`);
      expect(await banners()).to.have.length(1);
    });

    it('drops its own banner role inside a <header>, keeps it elsewhere (every engine) [wcag:4.1.2]', async () => {
      const root = await fixture(
        html`<div>
          <header><qc-piv-header></qc-piv-header></header>
          <qc-piv-header></qc-piv-header>
        </div>`,
      );
      const [wrapped, alone] = [...root.querySelectorAll('qc-piv-header')];
      expect(part(wrapped!, 'base')!.getAttribute('role')).to.equal(null);
      expect(part(alone!, 'base')!.getAttribute('role')).to.equal('banner');
      expect((await axElement(part(alone!, 'base')!)).role).to.equal('banner');
    });

    itExcept(
      NEEDS_AX_TREE,
      'adds no heading: neither the title (link or text) nor the search button [wcag:1.3.1]',
      async () => {
        await fixture(
          html`<div id="tree">
            <qc-piv-header title-text="Service A" enable-search></qc-piv-header>
            <qc-piv-header title-text="Service B" title-url=""></qc-piv-header>
          </div>`,
        );
        const tree = await axTree('#tree');
        expect(findAll(tree, (n) => n.role === 'heading')).to.deep.equal([]);
        expect(findAll(tree, (n) => n.role === 'link').map((n) => n.name)).to.include('Service A');
        expect(JSON.stringify(tree)).to.contain('Service B');
      },
    );

    itExcept(NEEDS_AX_TREE, 'the search button is a disclosure: a button with its expanded state', async () => {
      const root = await searchHeader();
      root.id = 'tree';
      const el = root.querySelector('qc-piv-header')!;
      let [button] = findAll(await axTree('#tree'), (n) => n.role === 'button' && n.name === fr.pivHeaderShowSearch);
      expect(button?.expanded ?? false).to.equal(false);
      toggle(el).click();
      await el.updateComplete;
      [button] = findAll(await axTree('#tree'), (n) => n.role === 'button' && n.name === fr.pivHeaderHideSearch);
      expect(button?.expanded).to.equal(true);
    });

    it('names the signature link after where it goes, in every engine [wcag:4.1.2]', async () => {
      const root = await page(html`<qc-piv-header></qc-piv-header>`);
      const link = part(root.querySelector('qc-piv-header')!, 'signature-link')!;
      expect(await axElement(link)).to.deep.equal({ role: 'link', name: fr.pivHeaderSignature });
      expect(link.getAttribute('href')).to.equal('/');
    });

    it('names the search button by its state, and points it at the zone it controls [wcag:4.1.2]', async () => {
      const root = await searchHeader();
      const el = root.querySelector('qc-piv-header')!;
      expect(await axElement(toggle(el))).to.deep.equal({ role: 'button', name: fr.pivHeaderShowSearch });
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
      expect(toggle(el).getAttribute('aria-controls')).to.equal(zone(el).id);
      expect(zone(el).hidden).to.equal(true);
    });
  });

  describe('rendering', () => {
    it('renders the incumbent markup: skip link, signature, title, language and contact links', async () => {
      const root = await page(
        html`<qc-piv-header title-text="Service" alt-language-url="/en/" join-us-url="/joindre"></qc-piv-header>`,
      );
      const el = root.querySelector('qc-piv-header')!;
      const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => [
        a.textContent!.trim(),
        a.getAttribute('href'),
      ]);
      expect(links).to.deep.equal([
        [fr.pivHeaderSkip, '#main'],
        ['', '/'],
        ['Service', '/'],
        ['English', '/en/'],
        [fr.pivHeaderJoinUs, '/joindre'],
      ]);
      expect(part(el, 'links')!.getAttribute('aria-label')).to.equal(fr.pivHeaderLinks);
      expect(part(el, 'signature-link')!.querySelector('svg')).to.not.equal(null);
    });

    it('the language link carries lang and hreflang of the other language [wcag:3.1.2]', async () => {
      const root = await page(html`<qc-piv-header alt-language-url="/en/"></qc-piv-header>`);
      const link = root.querySelector('qc-piv-header')!.shadowRoot!.querySelector('.links a')!;
      expect([link.getAttribute('lang'), link.getAttribute('hreflang'), link.textContent]).to.deep.equal([
        'en',
        'en',
        'English',
      ]);
    });

    it('shows no links nav without their addresses', async () => {
      const root = await page(html`<qc-piv-header></qc-piv-header>`);
      expect(part(root.querySelector('qc-piv-header')!, 'links')).to.equal(null);
    });

    it('slotted light-DOM content replaces what the attributes render', async () => {
      const root = await page(
        html`<qc-piv-header title-text="Ignoré" join-us-url="/ignore">
          <a slot="go-to-content" href="#main">Aller au contenu</a>
          <a slot="signature" href="https://www.quebec.ca/">Québec</a>
          <span slot="title">Service</span>
          <nav slot="links" aria-label="Liens"><a href="/x">X</a></nav>
        </qc-piv-header>`,
      );
      const el = root.querySelector('qc-piv-header')!;
      for (const name of ['go-to-content', 'signature', 'title', 'links']) {
        const slot = el.shadowRoot!.querySelector<HTMLSlotElement>(`slot[name="${name}"]`)!;
        expect(slot.assignedElements().length, name).to.equal(1);
      }
      // Fallback content stays in the shadow tree but is not rendered: the slotted content replaces it.
      expect(part(el, 'title')!.getClientRects().length).to.equal(0);
      expect(part(el, 'links')!.getClientRects().length).to.equal(0);
    });

    it('the band is PIV blue with white text in the light, dark and high-contrast themes [wcag:1.4.3]', async () => {
      for (const theme of ['light', 'dark', 'high-contrast']) {
        const root = await fixture(
          html`<div data-qc-theme=${theme}>
            <qc-piv-header title-text="Service" join-us-url="/joindre"></qc-piv-header>
          </div>`,
        );
        const el = root.querySelector('qc-piv-header')!;
        expect(getComputedStyle(el).backgroundColor, theme).to.equal(PIV_BLUE);
        expect(getComputedStyle(part(el, 'title')!).color, theme).to.equal(WHITE);
        expect(getComputedStyle(el.shadowRoot!.querySelector('.links a')!).color, theme).to.equal(WHITE);
        expect(getComputedStyle(part(el, 'signature-link')!).color, theme).to.equal(WHITE);
      }
    });

    it('slotted links are white on the band', async () => {
      const root = await fixture(
        html`<div data-qc-theme="dark">
          <qc-piv-header
            ><nav slot="links" aria-label="Liens">
              <ul>
                <li><a href="/x">X</a></li>
              </ul>
            </nav></qc-piv-header
          >
        </div>`,
      );
      expect(getComputedStyle(root.querySelector('a')!).color).to.equal(WHITE);
      expect(getComputedStyle(root.querySelector('ul')!).listStyleType).to.equal('none');
    });

    it('at 1280 px: 72 px top row, 264 px signature column, 200 px signature, title beside it', async () => {
      await setViewport({ width: 1280, height: 800 });
      const root = await page(html`<qc-piv-header title-text="Service" join-us-url="/joindre"></qc-piv-header>`);
      const el = root.querySelector('qc-piv-header')!;
      const signature = part(el, 'signature-link')!.getBoundingClientRect();
      const title = part(el, 'title')!.getBoundingClientRect();
      expect(el.getBoundingClientRect().height).to.be.at.least(72);
      expect(signature.width).to.be.closeTo(200, 0.5);
      expect(title.left - signature.left).to.be.closeTo(264 + 16, 0.5);
      expect(title.top).to.be.below(signature.bottom);
    });

    // WebKit shares one style resolver between shadow roots that adopt the same style sheets and does
    // not re-evaluate its media queries when the window is resized while no such shadow root is in the
    // page: a header rendered after that (a single-page app that re-renders its layout after the phone
    // turned) got the wide layout of before and ran off a 320 px screen. The band's breakpoints are
    // container queries on the host, evaluated at each layout.
    it('a header rendered after the window narrowed, with no header on the page meanwhile, takes the narrow layout', async () => {
      await setViewport({ width: 1280, height: 800 });
      const first = await fixture<QcPivHeader>(html`<qc-piv-header title-text="Service"></qc-piv-header>`);
      await settle();
      expect(getComputedStyle(part(first, 'base')!).gridTemplateAreas).to.contain('signature title actions');
      first.remove();
      await setViewport({ width: 320, height: 640 });
      await settle();
      const root = await page(
        html`<qc-piv-header
          title-text="Habitation et logement"
          alt-language-url="/en/"
          join-us-url="/joindre"
        ></qc-piv-header>`,
      );
      const el = root.querySelector('qc-piv-header')!;
      await settle();
      expect(getComputedStyle(part(el, 'base')!).gridTemplateAreas).to.equal(
        '"signature toggle" "links links" "title title" "search search"',
      );
      const parts = [...el.shadowRoot!.querySelectorAll('[part]'), ...el.children];
      const outside = parts
        .filter((node) => node.getBoundingClientRect().right > 320)
        .map((node) => node.outerHTML.slice(0, 60));
      expect(JSON.stringify(outside)).to.equal('[]');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('full-width spans the page; the default centres the container', async () => {
      await setViewport({ width: 1600, height: 800 });
      const root = await fixture(
        html`<div><qc-piv-header></qc-piv-header><qc-piv-header full-width="true"></qc-piv-header></div>`,
      );
      const [centred, full] = [...root.querySelectorAll('qc-piv-header')];
      const left = (el: QcPivHeader) =>
        part(el, 'signature-link')!.getBoundingClientRect().left - el.getBoundingClientRect().left;
      const width = centred!.getBoundingClientRect().width;
      expect(left(centred!)).to.be.closeTo((width - 1200) / 2 + 32, 1);
      expect(left(full!)).to.be.closeTo(32, 1);
    });

    itExcept(
      NO_MEDIA_EMULATION,
      'in forced colours the band keeps an edge and the signature takes a system colour [wcag:1.4.11]',
      async () => {
        const el = await fixture<QcPivHeader>(html`<qc-piv-header></qc-piv-header>`);
        const base = part(el, 'base')!;
        expect(getComputedStyle(base).borderBlockEndStyle).to.equal('none');
        await emulateMedia({ forcedColors: 'active' });
        try {
          expect(getComputedStyle(base).borderBlockEndStyle).to.equal('solid');
          // currentColor: a system colour, never the band's fixed white on a user's light canvas.
          const svg = part(el, 'signature-link')!.querySelector('svg')!;
          expect(getComputedStyle(svg).color).to.not.equal('rgb(255, 255, 255)');
        } finally {
          await emulateMedia({ forcedColors: 'none' });
        }
      },
    );

    it('the focus ring is pale blue on the band, inside it [wcag:2.4.7]', async () => {
      const root = await page(html`<qc-piv-header join-us-url="/joindre"></qc-piv-header>`);
      const el = root.querySelector('qc-piv-header')!;
      root.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      const link = part(el, 'signature-link')!;
      expect(deepActive() === link).to.equal(true);
      const style = getComputedStyle(link);
      expect(style.outlineColor).to.equal(PALE_BLUE);
      expect(style.outlineStyle).to.equal('solid');
      const band = el.getBoundingClientRect();
      const box = link.getBoundingClientRect();
      const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
      expect(box.top - ring).to.be.at.least(band.top);
      expect(box.bottom + ring).to.be.at.most(band.bottom);
    });
  });

  describe('properties', () => {
    it('title-url="" makes the title plain text, never a heading [wcag:1.3.1]', async () => {
      const el = await fixture<QcPivHeader>(html`<qc-piv-header title-text="Service" title-url=""></qc-piv-header>`);
      const title = part(el, 'title')!;
      expect(title.localName).to.equal('span');
      expect(title.hasAttribute('role')).to.equal(false);
    });

    it('logo-src shows that image, named like the link [wcag:4.1.2]', async () => {
      const el = await fixture<QcPivHeader>(
        html`<qc-piv-header
          logo-src="/packages/components/dist/assets/QUEBEC_blanc.svg"
          logo-url="https://www.quebec.ca/"
        ></qc-piv-header>`,
      );
      const img = part(el, 'signature-link')!.querySelector('img')!;
      expect(img.getAttribute('alt')).to.equal(fr.pivHeaderSignature);
      expect(part(el, 'signature-link')!.getAttribute('href')).to.equal('https://www.quebec.ca/');
    });

    it('logo-alt names the signature link; alt-logo (from the incumbent’s docs) is its alias [wcag:4.1.2]', async () => {
      const el = await fixture<QcPivHeader>(html`<qc-piv-header logo-alt="Accueil du ministère"></qc-piv-header>`);
      expect((await axElement(part(el, 'signature-link')!)).name).to.equal('Accueil du ministère');
      const warnings = await captureWarnings(async () => {
        const alias = await fixture<QcPivHeader>(html`<qc-piv-header alt-logo="Accédez à Québec.ca"></qc-piv-header>`);
        expect((await axElement(part(alias, 'signature-link')!)).name).to.equal('Accédez à Québec.ca');
      });
      expect(warnings.filter((w) => w.includes('alt-logo'))).to.have.length(1);
    });

    it('go-to-content="false" removes the skip link; removing the attribute brings it back [wcag:2.4.1]', async () => {
      const el = await fixture<QcPivHeader>(html`<qc-piv-header go-to-content="false"></qc-piv-header>`);
      expect(el.goToContent).to.equal(false);
      expect(part(el, 'skip-link')).to.equal(null);
      el.removeAttribute('go-to-content');
      await el.updateComplete;
      expect(part(el, 'skip-link')).to.not.equal(null);
      el.setAttribute('go-to-content', 'true');
      await el.updateComplete;
      expect(part(el, 'skip-link')!.getAttribute('href')).to.equal('#main');
    });

    it('enable-search shows the button; "false" hides it; show-search opens the zone and shows the button', async () => {
      const el = await fixture<QcPivHeader>(html`<qc-piv-header enable-search="false"></qc-piv-header>`);
      expect(part(el, 'search-toggle')).to.equal(null);
      el.setAttribute('enable-search', 'true');
      await el.updateComplete;
      expect(zone(el).hidden).to.equal(true);
      expect(toggle(el)).to.not.equal(null);
      const shown = await fixture<QcPivHeader>(html`<qc-piv-header show-search="true"></qc-piv-header>`);
      expect(zone(shown).hidden).to.equal(false);
      expect(toggle(shown).getAttribute('aria-expanded')).to.equal('true');
    });

    it('the per-element strings replace the built-in ones', async () => {
      const el = await fixture<QcPivHeader>(
        html`<qc-piv-header
          go-to-content-text="Aller au contenu"
          go-to-content-anchor="#contenu"
          links-label="Navigation PIV"
          alt-language-url="/en/"
          alt-language-text="EN"
          join-us-url="/j"
          join-us-text="Contact"
          enable-search
          display-search-text="Chercher"
          hide-search-text="Fermer"
        ></qc-piv-header>`,
      );
      expect(part(el, 'skip-link')!.textContent).to.equal('Aller au contenu');
      expect(part(el, 'skip-link')!.getAttribute('href')).to.equal('#contenu');
      expect(part(el, 'links')!.getAttribute('aria-label')).to.equal('Navigation PIV');
      expect([...part(el, 'links')!.querySelectorAll('a')].map((a) => a.textContent!.trim())).to.deep.equal([
        'EN',
        'Contact',
      ]);
      expect(toggle(el).textContent!.trim()).to.equal('Chercher');
      toggle(el).click();
      await el.updateComplete;
      expect(toggle(el).textContent!.trim()).to.equal('Fermer');
    });

    it('follows light-DOM content a framework adds or replaces later', async () => {
      const el = await fixture<QcPivHeader>(html`<qc-piv-header></qc-piv-header>`);
      // The title row takes room only while a site name is there.
      const titleRow = () => el.shadowRoot!.querySelector('.title')!.getBoundingClientRect().height;
      expect(titleRow()).to.equal(0);
      const title = Object.assign(document.createElement('a'), { href: '/', textContent: 'Service' });
      title.slot = 'title';
      el.append(title);
      await settle();
      await el.updateComplete;
      expect(titleRow()).to.be.above(0);
      const nav = document.createElement('nav');
      nav.slot = 'links';
      nav.setAttribute('aria-label', 'Liens');
      nav.innerHTML = '<ul><li><a href="/a">A</a></li></ul>';
      el.append(nav);
      nav.replaceWith(nav.cloneNode(true));
      await settle();
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="links"]')!;
      expect(slot.assignedElements().map((n) => n.textContent)).to.deep.equal(['A']);
      title.remove();
      await settle();
      await el.updateComplete;
      expect(titleRow()).to.equal(0);
    });
  });

  describe('keyboard', () => {
    it('the skip link is the first tab stop, visible when focused, and moves the focus to the content [wcag:2.4.1,2.4.3]', async () => {
      const root = await page(html`<qc-piv-header title-text="Service"></qc-piv-header>`);
      const el = root.querySelector('qc-piv-header')!;
      const skip = part(el, 'skip-link')!;
      expect(skip.getBoundingClientRect().width).to.be.at.most(1);
      root.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActive() === skip).to.equal(true);
      expect(skip.getBoundingClientRect().width).to.be.above(50);
      expect(getComputedStyle(skip).backgroundColor).to.equal(PIV_BLUE);
      await sendKeys({ press: 'Enter' });
      await settle();
      const main = root.querySelector('main')!;
      expect(document.activeElement === main).to.equal(true);
      expect(main.getAttribute('tabindex')).to.equal('-1');
      main.blur();
      expect(main.hasAttribute('tabindex')).to.equal(false);
    });

    it('a slotted skip link also moves the focus to its target [wcag:2.4.1,2.4.3]', async () => {
      const root = await page(html`<qc-piv-header><a slot="go-to-content" href="#main">Passer</a></qc-piv-header>`);
      const link = root.querySelector<HTMLAnchorElement>('[slot="go-to-content"]')!;
      root.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === link).to.equal(true);
      expect(link.getBoundingClientRect().width).to.be.above(20);
      await sendKeys({ press: 'Enter' });
      await settle();
      expect(document.activeElement === root.querySelector('main')).to.equal(true);
    });

    it('Enter opens the search and focuses its field; Escape closes it and returns to the button [wcag:2.1.1,2.1.2]', async () => {
      const root = await searchHeader();
      const el = root.querySelector('qc-piv-header')!;
      toggle(el).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(zone(el).hidden).to.equal(false);
      expect(document.activeElement === root.querySelector('#q')).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(zone(el).hidden).to.equal(true);
      expect(deepActive() === toggle(el)).to.equal(true);
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    });

    it('Space toggles the search too, and the button closes it again [wcag:2.1.1]', async () => {
      const root = await searchHeader();
      const el = root.querySelector('qc-piv-header')!;
      toggle(el).focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(zone(el).hidden).to.equal(false);
      toggle(el).focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(zone(el).hidden).to.equal(true);
      expect(deepActive() === toggle(el)).to.equal(true);
    });

    it('Escape outside the search zone leaves it open [wcag:2.1.1]', async () => {
      const root = await searchHeader({ show: true });
      const el = root.querySelector('qc-piv-header')!;
      part(el, 'signature-link')!.focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(zone(el).hidden).to.equal(false);
    });
  });

  describe('events', () => {
    it('fires qc-search-toggle (bubbling, composed) with the new state', async () => {
      const root = await searchHeader();
      const el = root.querySelector('qc-piv-header')!;
      setTimeout(() => toggle(el).click());
      const opened = await oneEvent(root, 'qc-search-toggle');
      expect([opened.detail.open, opened.bubbles, opened.composed]).to.deep.equal([true, true, true]);
      setTimeout(() => toggle(el).click());
      const closed = await oneEvent(root, 'qc-search-toggle');
      expect(closed.detail.open).to.equal(false);
    });
  });

  describe('i18n', () => {
    it('speaks English on an English page: strings, and a language link to French [wcag:3.1.2]', async () => {
      const root = await fixture(
        html`<div lang="en">
          <qc-piv-header alt-language-url="/fr/" join-us-url="/contact" enable-search></qc-piv-header>
          <main id="main"></main>
        </div>`,
      );
      const el = root.querySelector('qc-piv-header')!;
      expect(part(el, 'skip-link')!.textContent).to.equal(en.pivHeaderSkip);
      expect(part(el, 'links')!.getAttribute('aria-label')).to.equal(en.pivHeaderLinks);
      const [language, contact] = [...part(el, 'links')!.querySelectorAll('a')];
      expect([language!.textContent, language!.lang, language!.hreflang]).to.deep.equal(['Français', 'fr', 'fr']);
      expect(contact!.textContent).to.equal(en.pivHeaderJoinUs);
      expect(toggle(el).textContent!.trim()).to.equal(en.pivHeaderShowSearch);
      expect((await axElement(part(el, 'signature-link')!)).name).to.equal(en.pivHeaderSignature);
    });

    it('follows a change of lang [wcag:3.1.2]', async () => {
      const root = await fixture(html`<div lang="en"><qc-piv-header></qc-piv-header></div>`);
      const el = root.querySelector('qc-piv-header')!;
      root.setAttribute('lang', 'fr-CA');
      await settle();
      await el.updateComplete;
      expect(part(el, 'skip-link')!.textContent).to.equal(fr.pivHeaderSkip);
    });

    it('registerTranslation replaces a built-in string on the page', async () => {
      const el = await fixture<QcPivHeader>(html`<qc-piv-header lang="en-CA" join-us-url="/c"></qc-piv-header>`);
      registerTranslation('en-CA', { pivHeaderJoinUs: 'Reach us' });
      try {
        await el.updateComplete;
        expect(part(el, 'links')!.querySelector('a')!.textContent).to.equal('Reach us');
      } finally {
        registerTranslation('en-CA', { pivHeaderJoinUs: en.pivHeaderJoinUs });
      }
    });
  });

  describe('bad input', () => {
    it('shows markup in title-text and logo-alt as text, with a warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcPivHeader>(
          html`<qc-piv-header title-text=${hostile} logo-alt=${hostile}></qc-piv-header>`,
        );
        expect(part(el, 'title')!.textContent).to.equal(hostile);
        expect(el.shadowRoot!.querySelector('img')).to.equal(null);
        expect(part(el, 'signature-link')!.querySelector('svg')!.getAttribute('aria-label')).to.equal(hostile);
      });
      expect((window as Window & { __qcPivHeaderXss?: boolean }).__qcPivHeaderXss).to.equal(undefined);
      expect(warnings.filter((w) => w.includes('title-text is shown as text'))).to.have.length(1);
    });

    it('warns once when the skip link’s target is missing', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcPivHeader>(html`<qc-piv-header go-to-content-anchor="#nulle-part"></qc-piv-header>`);
        el.requestUpdate();
        await el.updateComplete;
        part(el, 'skip-link')!.click();
        part(el, 'skip-link')!.click();
      });
      expect(warnings.filter((w) => w.includes('#nulle-part'))).to.have.length(1);
    });

    it('no warning when the target exists', async () => {
      const warnings = await captureWarnings(() => page(html`<qc-piv-header></qc-piv-header>`));
      expect(warnings).to.deep.equal([]);
    });

    it('is registered once: defining the same class again is a no-op', () => {
      expect(customElements.get('qc-piv-header') === QcPivHeader).to.equal(true);
      expect(() => QcPivHeader.define('qc-piv-header')).not.to.throw();
    });
  });
});
