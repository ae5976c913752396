import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia } from '@web/test-runner-commands';
import { svg } from 'lit';
import { QcIcon, registerIcon } from './qc-icon.js';
import { getLoadedIcon, loadIcon } from './library.js';
import { iconNames } from './icons/index.js';
import { NEEDS_AX_TREE } from '../internal/test/ax.js';
import { itExcept, NO_MEDIA_EMULATION } from '../internal/test/engine.js';

interface AxNode {
  role: string;
  name: string;
  children?: AxNode[];
}

const SHAPES = 'path, circle, rect, line, polyline, polygon, ellipse';
const INCUMBENT_NAMES = [
  'adresse',
  'arrow-up',
  'calendar',
  'checkmark',
  'chevron-up-thin',
  'chevron-up',
  'clipboard',
  'clock',
  'email',
  'error',
  'exclamation',
  'external-link',
  'information-tooltip',
  'information',
  'ligth-bulb',
  'minus',
  'note',
  'phone',
  'plus',
  'question-mark',
  'question-tooltip',
  'search-thin',
  'search',
  'success',
  'user',
  'warning',
  'website',
  'xclose',
];
const HOSTILE = '<img src=x onerror=alert(1)>';

async function snapshot(selector?: string): Promise<AxNode> {
  return (await a11ySnapshot(selector ? { selector } : {})) as unknown as AxNode;
}

function findAll(node: AxNode | null | undefined, test: (n: AxNode) => boolean, out: AxNode[] = []): AxNode[] {
  if (!node) return out;
  if (test(node)) out.push(node);
  for (const child of node.children ?? []) findAll(child, test, out);
  return out;
}

const isImage = (n: AxNode) => n.role === 'image' || n.role === 'img';

/** The ARIA the host carries: ElementInternals where supported, else its attributes. */
function hostAria(el: QcIcon): { role: string | null; label: string | null; hidden: string | null } {
  const internals = (el as unknown as { internals?: ElementInternals }).internals;
  if (internals) return { role: internals.role, label: internals.ariaLabel, hidden: internals.ariaHidden };
  return {
    role: el.getAttribute('role'),
    label: el.getAttribute('aria-label'),
    hidden: el.getAttribute('aria-hidden'),
  };
}

function shapesOf(el: QcIcon): Element[] {
  return [...(el.shadowRoot?.querySelectorAll(`svg ${SHAPES}`) ?? [])];
}

/** The drawing without Lit's marker comments, to compare two icons. */
function drawing(el: QcIcon): string {
  return (el.shadowRoot?.querySelector('svg')?.innerHTML ?? '').replace(/<!--[^>]*-->/g, '');
}

/** The rotation of the glyph in degrees, from its computed transform. */
function rotation(el: QcIcon): number {
  const matrix = new DOMMatrix(getComputedStyle(el.shadowRoot!.querySelector('svg')!).transform);
  return Math.round((Math.atan2(matrix.b, matrix.a) * 180) / Math.PI);
}

/** The computed value of `color: <value>` in this page (resolves tokens to rgb()). */
async function resolvedColor(value: string): Promise<string> {
  const probe = await fixture<HTMLSpanElement>(html`<span></span>`);
  probe.style.setProperty('color', value);
  return getComputedStyle(probe).color;
}

let warnings: string[] = [];
const originalWarn = console.warn;
beforeEach(() => {
  warnings = [];
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
});
afterEach(() => {
  console.warn = originalWarn;
});

describe('qc-icon', () => {
  describe('loading', () => {
    it('loads a glyph on first use, once, shared by every instance', async () => {
      expect(getLoadedIcon('website'), 'not loaded before use').to.equal(undefined);
      const first = loadIcon('website');
      expect(loadIcon('website')).to.equal(first);
      const [a, b] = await Promise.all([
        fixture<QcIcon>(html`<qc-icon icon="website"></qc-icon>`),
        fixture<QcIcon>(html`<qc-icon icon="website"></qc-icon>`),
      ]);
      expect(await first).to.equal(getLoadedIcon('website'));
      expect(drawing(a)).to.not.equal('');
      expect(drawing(a)).to.equal(drawing(b));
    });

    it('reserves the box while the glyph loads and draws nothing until then', async () => {
      expect(getLoadedIcon('calendar')).to.equal(undefined);
      const el = document.createElement('qc-icon');
      el.icon = 'calendar';
      document.body.append(el);
      try {
        // First render happens in a microtask; the dynamic import resolves later.
        await Promise.resolve();
        await Promise.resolve();
        expect(el.shadowRoot!.querySelector('svg'), 'nothing drawn yet').to.equal(null);
        expect(el.getBoundingClientRect().width).to.equal(20);
        expect(el.getBoundingClientRect().height).to.equal(20);
        await el.updateComplete;
        expect(shapesOf(el)).to.have.length.greaterThan(0);
        expect(el.getBoundingClientRect().width).to.equal(20);
      } finally {
        el.remove();
      }
    });
  });

  describe('accessibility', () => {
    it('passes axe when decorative', async () => {
      const el = await fixture<HTMLParagraphElement>(html`<p>Courriel <qc-icon icon="email"></qc-icon> envoyé</p>`);
      await expect(el).to.be.accessible();
    });

    it('passes axe when labelled', async () => {
      const el = await fixture<HTMLParagraphElement>(
        html`<p><qc-icon icon="warning" label="Avertissement"></qc-icon> Votre session expire bientôt.</p>`,
      );
      await expect(el).to.be.accessible();
    });

    itExcept(NEEDS_AX_TREE, 'leaves a decorative icon out of the accessibility tree [wcag:4.1.2]', async () => {
      const p = await fixture(html`<p id="decorative">Rechercher <qc-icon icon="search"></qc-icon></p>`);
      expect(hostAria(p.querySelector('qc-icon')!)).to.deep.equal({ role: null, label: null, hidden: 'true' });
      const tree = await snapshot('#decorative');
      expect(findAll(tree, isImage)).to.deep.equal([]);
      expect(findAll(tree, (n) => n.role === 'text').map((n) => n.name.trim())).to.deep.equal(['Rechercher']);
    });

    itExcept(
      NEEDS_AX_TREE,
      'exposes a labelled icon as an image named by its label [wcag:1.3.1,2.5.3,3.3.2,4.1.2]',
      async () => {
        const p = await fixture(
          html`<p id="labelled"><qc-icon icon="success" label="Succès"></qc-icon> Demande envoyée</p>`,
        );
        expect(hostAria(p.querySelector('qc-icon')!)).to.deep.equal({ role: 'img', label: 'Succès', hidden: null });
        const images = findAll(await snapshot('#labelled'), isImage);
        expect(images.map((n) => n.name)).to.deep.equal(['Succès']);
        expect(images[0].children ?? [], 'the svg is not exposed inside the image').to.deep.equal([]);
      },
    );

    itExcept(NEEDS_AX_TREE, 'follows label changes: added, changed, removed, empty', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div id="dynamic"><qc-icon icon="information"></qc-icon> Texte</div>`,
      );
      const el = wrapper.querySelector('qc-icon')!;
      el.label = 'Information importante';
      await el.updateComplete;
      expect(findAll(await snapshot('#dynamic'), isImage).map((n) => n.name)).to.deep.equal(['Information importante']);
      el.setAttribute('label', 'Important information');
      await el.updateComplete;
      expect(findAll(await snapshot('#dynamic'), isImage).map((n) => n.name)).to.deep.equal(['Important information']);
      el.removeAttribute('label');
      await el.updateComplete;
      expect(findAll(await snapshot('#dynamic'), isImage)).to.deep.equal([]);
      el.setAttribute('label', '   ');
      await el.updateComplete;
      expect(findAll(await snapshot('#dynamic'), isImage), 'a blank label is no name').to.deep.equal([]);
    });

    itExcept(NEEDS_AX_TREE, 'keeps hostile label text as text', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div id="hostile"><qc-icon icon="error" label=${HOSTILE}></qc-icon></div>`,
      );
      const images = findAll(await snapshot('#hostile'), isImage);
      expect(images.map((n) => n.name)).to.deep.equal([HOSTILE]);
      expect(wrapper.querySelector('img')).to.equal(null);
      expect(wrapper.querySelector('qc-icon')!.shadowRoot!.querySelector('img')).to.equal(null);
    });

    itExcept(NEEDS_AX_TREE, 'accepts a huge label', async () => {
      const label = 'Libellé très long '.repeat(500).trim();
      const wrapper = await fixture<HTMLDivElement>(
        html`<div id="huge"><qc-icon icon="note" label=${label}></qc-icon></div>`,
      );
      const images = findAll(await snapshot('#huge'), isImage);
      expect(images).to.have.length(1);
      expect(images[0].name.startsWith('Libellé très long Libellé')).to.equal(true);
      expect(wrapper.querySelector('qc-icon')!.getBoundingClientRect().width).to.equal(20);
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('icons', () => {
    it('knows the 28 incumbent names, ligth-bulb typo included, and the light-bulb alias', () => {
      expect([...iconNames].sort()).to.deep.equal([...INCUMBENT_NAMES, 'light-bulb'].sort());
    });

    for (const name of [...INCUMBENT_NAMES, 'light-bulb']) {
      it(`draws "${name}"`, async () => {
        const el = await fixture<QcIcon>(html`<qc-icon icon=${name}></qc-icon>`);
        const root = el.shadowRoot!.querySelector('svg')!;
        expect(root, 'an <svg>').to.exist;
        expect(root.getAttribute('viewBox')).to.equal('0 0 24 24');
        const shapes = shapesOf(el);
        expect(shapes.length, 'at least one shape').to.be.greaterThan(0);
        // A drawn shape: one inside <mask> or <defs> is never rendered, and Firefox measures it 0×0.
        const drawn = shapes.filter((shape) => !shape.closest('mask, defs, clipPath, pattern, symbol'));
        expect(drawn.length, 'at least one drawn shape').to.be.greaterThan(0);
        const box = (drawn[0] as SVGGraphicsElement).getBBox();
        expect(box.width + box.height, 'the shape has a size').to.be.greaterThan(0);
        expect(warnings).to.deep.equal([]);
      });
    }

    it('draws the alias and the typo the same', async () => {
      const typo = await fixture<QcIcon>(html`<qc-icon icon="ligth-bulb"></qc-icon>`);
      const alias = await fixture<QcIcon>(html`<qc-icon icon="light-bulb"></qc-icon>`);
      expect(drawing(alias)).to.equal(drawing(typo));
    });

    it('draws the thin variants thinner and the tooltip variants filled', async () => {
      const thin = await fixture<QcIcon>(html`<qc-icon icon="search-thin"></qc-icon>`);
      const regular = await fixture<QcIcon>(html`<qc-icon icon="search"></qc-icon>`);
      expect(getComputedStyle(shapesOf(thin)[0]).strokeWidth).to.equal('1.5px');
      expect(getComputedStyle(shapesOf(regular)[0]).strokeWidth).to.equal('2px');
      const filled = await fixture<QcIcon>(html`<qc-icon icon="question-tooltip"></qc-icon>`);
      const outline = filled.shadowRoot!.querySelector('svg > circle')!;
      expect(getComputedStyle(outline).fill).to.equal(getComputedStyle(filled).color);
    });

    it('accepts the incumbent type attribute as an alias, reactively', async () => {
      const el = await fixture<QcIcon>(html`<qc-icon type="warning"></qc-icon>`);
      const warning = await fixture<QcIcon>(html`<qc-icon icon="warning"></qc-icon>`);
      const success = await fixture<QcIcon>(html`<qc-icon icon="success"></qc-icon>`);
      expect(drawing(el)).to.equal(drawing(warning));
      el.setAttribute('type', 'success');
      await el.updateComplete;
      expect(drawing(el)).to.equal(drawing(success));
    });

    it('prefers icon over type', async () => {
      const el = await fixture<QcIcon>(html`<qc-icon icon="plus" type="minus"></qc-icon>`);
      const plus = await fixture<QcIcon>(html`<qc-icon icon="plus"></qc-icon>`);
      expect(drawing(el)).to.equal(drawing(plus));
    });

    it('changes glyph when icon changes, and ignores case and spaces', async () => {
      const el = await fixture<QcIcon>(html`<qc-icon icon=" XClose "></qc-icon>`);
      const x = await fixture<QcIcon>(html`<qc-icon icon="xclose"></qc-icon>`);
      const check = await fixture<QcIcon>(html`<qc-icon icon="checkmark"></qc-icon>`);
      expect(drawing(el)).to.equal(drawing(x));
      el.icon = 'checkmark';
      await el.updateComplete;
      expect(drawing(el)).to.equal(drawing(check));
      el.icon = null;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('size', () => {
    const sizes = { xs: 12, sm: 16, md: 20, nm: 24, lg: 28, xl: 32 } as const;
    for (const [size, px] of Object.entries(sizes)) {
      it(`size="${size}" is a ${px} px box`, async () => {
        const el = await fixture<QcIcon>(html`<qc-icon icon="phone" size=${size}></qc-icon>`);
        const box = el.getBoundingClientRect();
        expect([box.width, box.height]).to.deep.equal([px, px]);
        const glyph = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
        expect([glyph.width, glyph.height]).to.deep.equal([px, px]);
      });
    }

    it('is md (20 px) by default and follows changes', async () => {
      const el = await fixture<QcIcon>(html`<qc-icon icon="phone"></qc-icon>`);
      expect(el.getBoundingClientRect().width).to.equal(20);
      el.size = 'xl';
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.equal(32);
      el.setAttribute('size', 'XS');
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.equal(12);
      el.removeAttribute('size');
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.equal(20);
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('colour', () => {
    it('follows the surrounding text colour without color', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="color: rgb(1, 2, 3)"><qc-icon icon="clock"></qc-icon></div>`,
      );
      const el = wrapper.querySelector('qc-icon')!;
      expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(shapesOf(el)[0]).stroke).to.equal('rgb(1, 2, 3)');
    });

    for (const token of ['blue-piv', 'text-primary', 'feedback-warning-icon']) {
      it(`color="${token}" paints the glyph with --qc-color-${token}`, async () => {
        const expected = await resolvedColor(`var(--qc-color-${token})`);
        expect(expected, 'the token exists in tokens.css').to.not.equal(await resolvedColor('rgb(1, 2, 3)'));
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="color: rgb(1, 2, 3)"><qc-icon icon="clock" color=${token}></qc-icon></div>`,
        );
        const el = wrapper.querySelector('qc-icon')!;
        expect(getComputedStyle(el).color).to.equal(expected);
        expect(getComputedStyle(shapesOf(el)[0]).stroke).to.equal(expected);
        expect(el.getAttribute('style') ?? '', 'applied through a custom property').to.contain('--_qc-icon-color');
        expect(warnings).to.deep.equal([]);
      });
    }

    it('follows color changes and removal', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="color: rgb(1, 2, 3)"><qc-icon icon="clock" color="blue-piv"></qc-icon></div>`,
      );
      const el = wrapper.querySelector('qc-icon')!;
      el.color = 'text-error';
      await el.updateComplete;
      expect(getComputedStyle(el).color).to.equal(await resolvedColor('var(--qc-color-text-error)'));
      el.removeAttribute('color');
      await el.updateComplete;
      expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
    });

    itExcept(
      NO_MEDIA_EMULATION,
      'keeps the glyph in the forced text colour in forced-colors mode [wcag:1.4.11]',
      async () => {
        await emulateMedia({ forcedColors: 'active' });
        try {
          const el = await fixture<QcIcon>(html`<qc-icon icon="clock" color="blue-piv"></qc-icon>`);
          const canvasText = await resolvedColor('CanvasText');
          expect(getComputedStyle(el).color).to.equal(canvasText);
          expect(getComputedStyle(shapesOf(el)[0]).stroke).to.equal(canvasText);
        } finally {
          await emulateMedia({ forcedColors: 'none' });
        }
      },
    );
  });

  describe('rotate', () => {
    it('rotates the glyph by the given degrees', async () => {
      const el = await fixture<QcIcon>(html`<qc-icon icon="arrow-up" rotate="90"></qc-icon>`);
      expect(rotation(el)).to.equal(90);
      el.rotate = -45;
      await el.updateComplete;
      expect(rotation(el)).to.equal(-45);
      expect(el.getBoundingClientRect().width, 'the box does not change').to.equal(20);
      el.removeAttribute('rotate');
      await el.updateComplete;
      expect(rotation(el)).to.equal(0);
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('bad input', () => {
    it('unknown icon: nothing drawn, box kept, one warning', async () => {
      const el = await fixture<QcIcon>(html`<qc-icon icon="licorne"></qc-icon>`);
      expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
      expect(el.getBoundingClientRect().width).to.equal(20);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('licorne');
      for (const name of ['constructor', '__proto__', 'toString']) {
        const other = await fixture<QcIcon>(html`<qc-icon icon=${name}></qc-icon>`);
        expect(other.shadowRoot!.querySelector('svg'), name).to.equal(null);
      }
      expect(warnings).to.have.length(4);
    });

    it('invalid size: md and one warning', async () => {
      const el = await fixture<QcIcon>(html`<qc-icon icon="user" size="huge"></qc-icon>`);
      expect(el.getBoundingClientRect().width).to.equal(20);
      el.requestUpdate();
      el.label = 'Utilisateur';
      await el.updateComplete;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('huge');
    });

    for (const value of ['#ff0000', 'rgb(255, 0, 0)', 'red; background: url(https://example.com/x)', 'licorne-rose']) {
      it(`invalid color="${value}": text colour and one warning`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="color: rgb(1, 2, 3)"><qc-icon icon="clock" color=${value}></qc-icon></div>`,
        );
        const el = wrapper.querySelector('qc-icon')!;
        expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
        expect(getComputedStyle(el).backgroundImage).to.equal('none');
        expect(el.style.getPropertyValue('--_qc-icon-color')).to.equal('');
        el.requestUpdate();
        await el.updateComplete;
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('color');
      });
    }

    for (const value of ['abc', 'Infinity', '90deg']) {
      it(`invalid rotate="${value}": no rotation and one warning`, async () => {
        const el = await fixture<QcIcon>(html`<qc-icon icon="arrow-up" rotate=${value}></qc-icon>`);
        expect(rotation(el)).to.equal(0);
        el.requestUpdate();
        await el.updateComplete;
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(value);
      });
    }

    it('src is not supported: no request, one warning', async () => {
      const el = await fixture<QcIcon>(html`<qc-icon src="https://example.com/logo.svg"></qc-icon>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('img, image, use')).to.equal(null);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('src');
    });

    it('defining the element twice does not throw', () => {
      expect(() => QcIcon.define('qc-icon')).not.to.throw();
      expect(customElements.get('qc-icon')).to.equal(QcIcon);
      expect(warnings).to.deep.equal([]);
      class Other extends QcIcon {}
      expect(() => QcIcon.define('qc-icon', Other)).not.to.throw();
      expect(customElements.get('qc-icon')).to.equal(QcIcon);
      expect(warnings).to.have.length(1);
    });
  });

  describe('registerIcon', () => {
    const star = svg`<path d="M12 2 15 9 22 9 16 14 18 21 12 17 6 21 8 14 2 9 9 9z" />`;

    it('adds an icon that qc-icon draws', async () => {
      expect(registerIcon('qc-test-star', star)).to.equal(true);
      expect(getLoadedIcon('qc-test-star')?.template).to.equal(star);
      const el = await fixture<QcIcon>(html`<qc-icon icon="qc-test-star" size="xl"></qc-icon>`);
      const path = el.shadowRoot!.querySelector('svg path')!;
      expect(path.getAttribute('d')).to.equal('M12 2 15 9 22 9 16 14 18 21 12 17 6 21 8 14 2 9 9 9z');
      expect(warnings).to.deep.equal([]);
    });

    it('updates icons already on the page, with its own viewBox', async () => {
      const el = await fixture<QcIcon>(html`<qc-icon icon="qc-test-late"></qc-icon>`);
      expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
      registerIcon('qc-test-late', svg`<rect x="0" y="0" width="48" height="48" />`, { viewBox: '0 0 48 48' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('svg')!.getAttribute('viewBox')).to.equal('0 0 48 48');
      expect(shapesOf(el)).to.have.length(1);
    });

    it('can replace a built-in icon', async () => {
      const el = await fixture<QcIcon>(html`<qc-icon icon="minus"></qc-icon>`);
      registerIcon('minus', svg`<line x1="2" y1="12" x2="22" y2="12" />`);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('svg line')).to.exist;
    });

    it('refuses invalid names and non-template icons with one warning each', async () => {
      expect(registerIcon('Not valid!', star)).to.equal(false);
      expect(registerIcon('qc-test-string', HOSTILE as never)).to.equal(false);
      expect(registerIcon('qc-test-box', star, { viewBox: '0 0 24' })).to.equal(false);
      expect(await loadIcon('qc-test-string')).to.equal(undefined);
      expect(await loadIcon('qc-test-box')).to.equal(undefined);
      expect(warnings).to.have.length(3);
    });
  });
});
