// @qc-ds/styles in a real browser: the built dist/qc-ds.css (with the tokens the runner loads)
// gives the computed styles, focus rings, grid, fonts and reflow users rely on.
// Run `npm run build -w @qc-ds/styles` (and the tokens build) before these tests.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { itExcept, NO_MEDIA_EMULATION } from '../../components/src/internal/test/engine.js';

const STYLESHEET = '/packages/styles/dist/qc-ds.css';
const DEFAULT_VIEWPORT = { width: 800, height: 600 };

before(async () => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = STYLESHEET;
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`${STYLESHEET} did not load: build @qc-ds/styles first`)));
  });
  document.head.append(link);
  await loaded;
});

afterEach(async () => {
  await setViewport(DEFAULT_VIEWPORT);
  await emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' });
});

/** A token's value as the browser resolves it for `property` (e.g. a colour as `rgb(…)`). */
function token(name: string, property: 'backgroundColor' | 'color' | 'fontSize' | 'width' = 'color'): string {
  const probe = document.createElement('div');
  probe.style.setProperty('--probe', `var(${name})`);
  const cssProperty = property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  probe.style.setProperty(cssProperty, `var(${name})`);
  document.body.append(probe);
  const value = getComputedStyle(probe)[property];
  const raw = getComputedStyle(probe).getPropertyValue('--probe').trim();
  probe.remove();
  expect(raw, `${name} is not defined by tokens.css`).to.not.equal('');
  return value;
}

const style = (el: Element) => getComputedStyle(el);
const px = (value: string) => Number.parseFloat(value);

/** WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

describe('@qc-ds/styles', () => {
  describe('opt-in', () => {
    it('leaves the root font size and unscoped elements alone', async () => {
      const el = await fixture<HTMLElement>(
        html`<div>
          <h1>Titre hors portée</h1>
          <a href="#ailleurs">Lien hors portée</a>
          <div class="qc-ds"><h1>Titre</h1></div>
        </div>`,
      );
      expect(style(document.documentElement).fontSize).to.equal('16px');
      const [outside, inside] = el.querySelectorAll('h1');
      expect(style(outside).fontFamily).to.not.contain('Roboto');
      expect(style(outside).fontSize).to.equal('32px'); // the browser's own h1 (2em)
      expect(style(inside).fontFamily).to.contain('Roboto');
      expect(style(el.querySelector('a')!).color).to.not.equal(token('--qc-color-text-link'));
    });

    it('styles the opted-in container: Open Sans 16/24, primary text on the page background', async () => {
      const el = await fixture<HTMLElement>(html`<section class="qc-ds"><p>Bonjour</p></section>`);
      const p = el.querySelector('p')!;
      expect(style(p).fontFamily).to.contain('Open Sans');
      expect(style(p).fontSize).to.equal('16px');
      expect(style(p).lineHeight).to.equal('24px');
      expect(style(p).color).to.equal(token('--qc-color-text-primary'));
      expect(style(el).backgroundColor).to.equal(token('--qc-color-background', 'backgroundColor'));
      expect(px(style(p).maxWidth)).to.equal(825);
    });

    it('lets any class win over the scoped element styles', async () => {
      const el = await fixture<HTMLElement>(
        html`<div class="qc-ds">
          <h2 class="qc-mt-0">Titre</h2>
          <a class="qc-button qc-primary" href="#suite">Continuer</a>
        </div>`,
      );
      expect(style(el.querySelector('h2')!).marginTop).to.equal('0px');
      const button = el.querySelector('a')!;
      expect(style(button).color).to.equal(token('--qc-color-action-primary-text'));
      expect(style(button).textDecorationLine).to.equal('none');
    });
  });

  describe('cascade layers', () => {
    it('yields to the components’ own light-DOM styles (@layer qc-ds) and to any unlayered rule, in any order', async () => {
      // A component's adopted light-DOM sheet, as adoptLightStyles adds it (after the page's sheets),
      // at zero specificity: only the layer order makes it win over the list defaults.
      const component = new CSSStyleSheet();
      component.replaceSync(`@layer qc-ds {
        :where(.probe-component) :where(ul, ol, li, p) { margin: 0; padding: 0; }
      }`);
      // A page rule loaded BEFORE qc-ds.css, unlayered and at zero specificity.
      const page = document.createElement('style');
      page.textContent = ':where(.probe-page) :where(ul) { padding-inline-start: 3rem; }';
      document.head.prepend(page);
      document.adoptedStyleSheets = [component, ...document.adoptedStyleSheets];
      try {
        const el = await fixture<HTMLElement>(
          html`<div class="qc-ds">
            <ul class="plain">
              <li>Un</li>
              <li>Deux</li>
            </ul>
            <div class="probe-component">
              <ul>
                <li>Un</li>
                <li>Deux</li>
              </ul>
              <p>Texte</p>
            </div>
            <div class="probe-page">
              <ul>
                <li>Un</li>
              </ul>
            </div>
          </div>`,
        );
        const [plain, ours, theirs] = el.querySelectorAll('ul');
        // The defaults apply where nothing else speaks.
        expect(style(plain).paddingInlineStart).to.equal('16px');
        expect(style(plain.children[1]).marginTop).to.equal('16px');
        expect(style(plain).marginBottom).to.equal('24px');
        // The component's layer wins over them.
        expect(style(ours).paddingInlineStart).to.equal('0px');
        expect(style(ours).marginBottom).to.equal('0px');
        expect(style(ours.children[1]).marginTop).to.equal('0px');
        expect(style(el.querySelector('.probe-component p')!).marginBottom).to.equal('0px');
        // An unlayered page rule wins although it comes first and weighs nothing.
        expect(style(theirs).paddingInlineStart).to.equal('48px');
      } finally {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== component);
        page.remove();
      }
    });
  });

  describe('fonts and headings', () => {
    it('loads the self-hosted Open Sans and Roboto faces', async () => {
      const text = await document.fonts.load('16px "Open Sans"', 'Québec');
      expect(text.length).to.be.greaterThan(0);
      expect(text.every((face) => face.status === 'loaded')).to.be.true;
      const italic = await document.fonts.load('italic 16px "Open Sans"', 'é');
      expect(italic.map((face) => face.style)).to.include('italic');
      for (const weight of [400, 500, 700]) {
        const headings = await document.fonts.load(`${weight} 16px Roboto`, 'Québec');
        expect(headings.length, `Roboto ${weight}`).to.be.greaterThan(0);
        expect(headings.map((face) => face.weight)).to.include(String(weight));
      }
      expect(document.fonts.check('700 16px Roboto', 'Québec')).to.be.true;
    });

    it('uses Roboto for headings and Open Sans for text inside .qc-ds [wcag:1.3.1]', async () => {
      const el = await fixture<HTMLElement>(
        html`<div class="qc-ds">
          <h2>Titre</h2>
          <p>Texte</p>
        </div>`,
      );
      expect(style(el.querySelector('h2')!).fontFamily).to.match(/^"?Roboto"?,/);
      expect(style(el.querySelector('h2')!).fontWeight).to.equal('700');
      expect(style(el.querySelector('p')!).fontFamily).to.match(/^"?Open Sans"?,/);
    });

    it('follows the incumbent heading scale: desktop from 1200 px, smaller below [wcag:1.3.1]', async () => {
      const el = await fixture<HTMLElement>(
        html`<div class="qc-ds">
          <h1>Titre</h1>
          <h2>Section</h2>
          <h4>Sous</h4>
        </div>`,
      );
      const [h1, h2, h4] = el.querySelectorAll('h1, h2, h4');
      await setViewport({ width: 1200, height: 800 });
      expect([style(h1).fontSize, style(h1).lineHeight]).to.deep.equal(['48px', '56px']);
      expect([style(h2).fontSize, style(h2).marginTop, style(h2).marginBottom]).to.deep.equal(['36px', '72px', '16px']);
      expect(style(h4).fontSize).to.equal('21px');
      await setViewport({ width: 1199, height: 800 });
      expect([style(h1).fontSize, style(h1).lineHeight]).to.deep.equal(['36px', '40px']);
      expect([style(h2).fontSize, style(h2).marginTop, style(h2).marginBottom]).to.deep.equal(['28px', '48px', '8px']);
      expect(style(h4).fontSize).to.equal('21px');
    });

    it('draws the h1 accent bar', async () => {
      const el = await fixture<HTMLElement>(html`<div class="qc-ds"><h1>Titre</h1></div>`);
      const bar = getComputedStyle(el.querySelector('h1')!, '::after');
      expect(bar.display).to.equal('block');
      expect(bar.width).to.equal('48px');
      expect(bar.borderTopWidth).to.equal('4px');
      expect(bar.borderTopColor).to.equal(token('--qc-color-accent'));
    });
  });

  describe('links', () => {
    it('take the link token colour and the focus ring [wcag:2.4.7]', async () => {
      const el = await fixture<HTMLElement>(
        html`<div class="qc-ds">
          <button type="button">Avant</button>
          <a href="#section">Lien vers la section</a>
        </div>`,
      );
      const link = el.querySelector('a')!;
      expect(style(link).color).to.equal(token('--qc-color-text-link'));
      expect(style(link).textDecorationLine).to.equal('underline');
      el.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(link);
      expect(style(link).outlineStyle).to.equal('solid');
      expect(px(style(link).outlineWidth)).to.be.greaterThan(0);
      expect(style(link).outlineColor).to.equal(token('--qc-color-focus-ring'));
    });
  });

  describe('buttons', () => {
    it('give .qc-button.qc-primary a ≥ 24 px target and the primary action colours [wcag:2.5.8]', async () => {
      const el = await fixture<HTMLElement>(
        html`<div>
          <button class="qc-button qc-primary" type="button">Envoyer</button>
          <button class="qc-button qc-primary qc-compact" type="button">OK</button>
        </div>`,
      );
      const [primary, compact] = el.querySelectorAll('button');
      for (const button of [primary, compact]) {
        expect(px(style(button).minHeight)).to.be.at.least(24);
        expect(button.getBoundingClientRect().height).to.be.at.least(24);
        expect(button.getBoundingClientRect().width).to.be.at.least(24);
      }
      expect(primary.getBoundingClientRect().height).to.equal(56);
      expect(compact.getBoundingClientRect().height).to.equal(40);
      const background = token('--qc-color-action-primary-background', 'backgroundColor');
      expect(background).to.not.equal('rgba(0, 0, 0, 0)');
      expect(style(primary).backgroundColor).to.equal(background);
      expect(style(primary).color).to.equal(token('--qc-color-action-primary-text'));
      expect(style(primary).fontWeight).to.equal('700');
      expect(style(compact).fontWeight).to.equal('600');
    });

    it('look the same on <button>, <a> and <input type="submit">', async () => {
      const el = await fixture<HTMLElement>(
        html`<div>
          <button class="qc-button qc-secondary" type="submit">Envoyer</button>
          <a class="qc-button qc-secondary" href="#suite">Envoyer</a>
          <input class="qc-button qc-secondary" type="submit" value="Envoyer" />
        </div>`,
      );
      const [button, link, input] = [...el.children];
      for (const property of ['backgroundColor', 'color', 'borderTopColor', 'borderTopWidth', 'fontFamily'] as const) {
        expect(style(link)[property], property).to.equal(style(button)[property]);
        expect(style(input)[property], property).to.equal(style(button)[property]);
      }
      for (const item of [button, link, input]) expect(item.getBoundingClientRect().height).to.equal(56);
      expect(style(button).backgroundColor).to.equal(
        token('--qc-color-action-secondary-background', 'backgroundColor'),
      );
      expect(style(button).borderTopColor).to.equal(token('--qc-color-action-secondary-border'));
    });

    it('take each variant, state and disabled colour from the action tokens', async () => {
      const el = await fixture<HTMLElement>(
        html`<div>
          <button class="qc-button qc-tertiary" type="button">Annuler</button>
          <button class="qc-button qc-danger" type="button">Supprimer</button>
          <button class="qc-button qc-danger qc-hover" type="button">Supprimer</button>
          <button class="qc-button qc-primary qc-active" type="button">Envoyer</button>
          <button class="qc-button qc-danger" type="button" disabled>Supprimer</button>
          <a class="qc-button qc-primary" href="#suite" aria-disabled="true">Continuer</a>
        </div>`,
      );
      const [tertiary, danger, dangerHover, primaryActive, disabled, linkDisabled] = [...el.children];
      const bg = (name: string) => token(name, 'backgroundColor');
      expect(style(tertiary).backgroundColor).to.equal(bg('--qc-color-action-tertiary-background'));
      expect(style(danger).backgroundColor).to.equal(bg('--qc-color-action-danger-background'));
      expect(style(dangerHover).backgroundColor).to.equal(bg('--qc-color-action-danger-background-hover'));
      expect(style(primaryActive).backgroundColor).to.equal(bg('--qc-color-action-primary-background-active'));
      for (const off of [disabled, linkDisabled]) {
        expect(style(off).backgroundColor).to.equal(bg('--qc-color-action-disabled-background'));
        expect(style(off).color).to.equal(token('--qc-color-action-disabled-text'));
        expect(style(off).cursor).to.equal('not-allowed');
      }
    });

    it('show a focus ring from the tokens on :focus-visible, at 3:1 on the page [wcag:2.4.7]', async () => {
      const el = await fixture<HTMLElement>(
        html`<div>
          <button type="button">Avant</button>
          <button class="qc-button qc-primary" type="button">Envoyer</button>
        </div>`,
      );
      const [before, button] = el.querySelectorAll('button');
      expect(style(button).outlineStyle).to.equal('none');
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(button);
      expect(button.matches(':focus-visible')).to.be.true;
      expect(style(button).outlineStyle).to.equal('solid');
      expect(px(style(button).outlineWidth)).to.be.greaterThan(0);
      expect(style(button).outlineColor).to.equal(token('--qc-color-focus-ring'));
      const page = token('--qc-color-background', 'backgroundColor');
      expect(contrast(style(button).outlineColor, page)).to.be.at.least(3);
    });

    itExcept(
      NO_MEDIA_EMULATION,
      'keep a system-coloured border in forced-colors mode, grey when disabled [wcag:1.4.11]',
      async () => {
        // Links are where it matters: without the rule the browser draws their border in LinkText,
        // the same colour as their text, and a disabled link would not look disabled.
        const el = await fixture<HTMLElement>(
          html`<div>
            <a class="qc-button qc-tertiary" href="#annuler">Annuler</a>
            <a class="qc-button qc-primary" href="#suite" aria-disabled="true">Continuer</a>
          </div>`,
        );
        const [link, disabled] = [...el.children];
        await emulateMedia({ forcedColors: 'active' });
        expect(matchMedia('(forced-colors: active)').matches).to.be.true;
        const system = (color: string) => {
          const probe = document.createElement('span');
          probe.style.color = color;
          document.body.append(probe);
          const value = style(probe).color;
          probe.remove();
          return value;
        };
        expect(style(link).borderTopStyle).to.equal('solid');
        expect(px(style(link).borderTopWidth)).to.be.greaterThan(0);
        expect(style(link).borderTopColor).to.equal(system('ButtonBorder'));
        expect(style(disabled).borderTopColor).to.equal(system('GrayText'));
      },
    );

    itExcept(NO_MEDIA_EMULATION, 'animate colours only when the reader accepts motion', async () => {
      const el = await fixture<HTMLElement>(html`<button class="qc-button" type="button">Envoyer</button>`);
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(px(style(el).transitionDuration)).to.be.greaterThan(0);
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(px(style(el).transitionDuration)).to.equal(0);
    });

    it('lay out a .qc-button-group in a wrapping row', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<HTMLElement>(
        html`<div class="qc-button-group">
          <button class="qc-button qc-primary" type="button">Envoyer la demande</button>
          <button class="qc-button qc-secondary" type="button">Enregistrer le brouillon</button>
        </div>`,
      );
      expect(style(el).display).to.equal('flex');
      expect(style(el).flexWrap).to.equal('wrap');
      const [first, second] = [...el.children].map((b) => b.getBoundingClientRect());
      expect(second.top).to.be.greaterThan(first.top); // no room side by side: wraps
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    });
  });

  describe('utilities', () => {
    it('.qc-sr-only hides visually in a clipped 1×1 box, still in the accessibility tree [wcag:4.1.2]', async () => {
      const el = await fixture<HTMLElement>(html`<span class="qc-sr-only">Texte pour lecteur d'écran</span>`);
      const rect = el.getBoundingClientRect();
      expect([rect.width, rect.height]).to.deep.equal([1, 1]);
      expect(style(el).position).to.equal('absolute');
      expect(style(el).overflow).to.equal('hidden');
      expect(style(el).clipPath).to.equal('inset(50%)');
      expect(style(el).display).to.not.equal('none');
    });

    it('.qc-sr-only-focusable shows itself when focused', async () => {
      const el = await fixture<HTMLElement>(
        html`<a class="qc-sr-only-focusable" href="#contenu">Passer au contenu</a>`,
      );
      expect(el.getBoundingClientRect().width).to.equal(1);
      el.focus();
      expect(el.getBoundingClientRect().width).to.be.greaterThan(1);
      expect(style(el).position).to.not.equal('absolute');
    });

    it('.qc-list-inline lays a list out in a wrapping row, without bullets, and keeps it a list', async () => {
      const el = await fixture<HTMLElement>(
        html`<ul class="qc-list-inline" style="inline-size: 10rem">
          <li>Permis de conduire</li>
          <li>Preuve de résidence</li>
          <li>Photo</li>
        </ul>`,
      );
      const items = [...el.children] as HTMLElement[];
      expect(style(el).display).to.equal('flex');
      expect(style(el).flexWrap).to.equal('wrap');
      expect(style(items[0]).listStyleType).to.equal('none');
      expect(style(el).paddingInlineStart).to.equal('0px');
      const [first, , third] = items.map((li) => li.getBoundingClientRect());
      expect(third.top).to.be.greaterThan(first.top); // wraps in 10 rem
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(parseFloat(style(el).columnGap)).to.be.greaterThan(0);
    });

    it('display utilities apply from their breakpoint up', async () => {
      const el = await fixture<HTMLElement>(
        html`<div><span class="qc-d-none qc-d-md-block">md+</span><span class="qc-d-flex">flex</span></div>`,
      );
      const [responsive, flex] = el.querySelectorAll('span');
      await setViewport({ width: 991, height: 600 });
      expect(style(responsive).display).to.equal('none');
      await setViewport({ width: 992, height: 600 });
      expect(style(responsive).display).to.equal('block');
      expect(style(flex).display).to.equal('flex');
    });

    it('spacing, required mark and shading use the tokens', async () => {
      const el = await fixture<HTMLElement>(
        html`<div>
          <p class="qc-mb-lg qc-p-xs">Texte</p>
          <span class="qc-required" aria-hidden="true">*</span>
          <div class="qc-shading-2">Boîte</div>
        </div>`,
      );
      const [p, required, box] = [...el.children];
      expect(style(p).marginBottom).to.equal('48px');
      expect(style(p).paddingLeft).to.equal('8px');
      expect(style(required).color).to.equal(token('--qc-color-text-error'));
      expect(style(required).fontWeight).to.equal('700');
      expect(style(box).boxShadow).to.not.equal('none');
    });
  });

  describe('grid', () => {
    const grid = () =>
      fixture<HTMLElement>(
        html`<div class="qc-container">
          <div class="qc-row">
            <div class="qc-col-6">Un</div>
            <div class="qc-col-6">Deux</div>
            <div class="qc-col-md-4">Trois</div>
          </div>
        </div>`,
      );

    it('makes .qc-col-6 half the row at 1200 px, with a 32 px gutter', async () => {
      await setViewport({ width: 1200, height: 800 });
      const el = await grid();
      const row = el.querySelector('.qc-row')!.getBoundingClientRect();
      const [one, two, three] = [...el.querySelectorAll('.qc-row > *')].map((c) => c.getBoundingClientRect());
      expect(one.width).to.be.closeTo(row.width / 2, 1);
      expect(two.top).to.equal(one.top);
      expect(two.left).to.be.closeTo(one.right, 1);
      expect(three.width).to.be.closeTo(row.width / 3, 1);
      expect(style(el).paddingLeft).to.equal('32px');
      expect(px(style(el).maxWidth)).to.equal(1200);
    });

    it('stacks .qc-col-6 full width at 320 px, with a 16 px gutter [wcag:1.4.10]', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await grid();
      const row = el.querySelector('.qc-row')!.getBoundingClientRect();
      const [one, two] = [...el.querySelectorAll('.qc-row > *')].map((c) => c.getBoundingClientRect());
      expect(one.width).to.be.closeTo(row.width, 1);
      expect(two.top).to.be.greaterThan(one.top);
      expect(style(el).paddingLeft).to.equal('16px');
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    });

    it('switches .qc-col-md-* at 992 px and drops gutters with .no-gutters', async () => {
      await setViewport({ width: 991, height: 600 });
      const el = await fixture<HTMLElement>(
        html`<div class="qc-container-fluid">
          <div class="qc-row no-gutters"><div class="qc-col-md-6 qc-offset-md-6">Un</div></div>
        </div>`,
      );
      const row = el.querySelector('.qc-row')!;
      const col = row.firstElementChild!;
      expect(col.getBoundingClientRect().width).to.be.closeTo(row.getBoundingClientRect().width, 1);
      await setViewport({ width: 992, height: 600 });
      expect(col.getBoundingClientRect().width).to.be.closeTo(row.getBoundingClientRect().width / 2, 1);
      expect(col.getBoundingClientRect().left).to.be.closeTo(row.getBoundingClientRect().left + row.clientWidth / 2, 1);
      expect(style(col).paddingLeft).to.equal('0px');
      expect(style(el).paddingLeft).to.equal('24px');
    });

    it('.qc-formfield-row puts fields side by side and wraps them', async () => {
      await setViewport({ width: 1200, height: 600 });
      const el = await fixture<HTMLElement>(
        html`<div class="qc-formfield-row"><input aria-label="Prénom" /><input aria-label="Nom" /></div>`,
      );
      const [first, second] = [...el.children].map((c) => c.getBoundingClientRect());
      expect(second.top).to.equal(first.top);
      expect(second.left - first.right).to.equal(32);
    });
  });

  describe('reflow', () => {
    it('nothing overflows horizontally at 320 px on a sample page [wcag:1.4.10]', async () => {
      await setViewport({ width: 320, height: 640 });
      await fixture<HTMLElement>(
        html`<main class="qc-ds">
          <div class="qc-container">
            <h1>Demande d'aide financière aux études supérieures</h1>
            <p>
              Consultez https://www.quebec.ca/education/aide-financiere-aux-etudes/prets-et-bourses-temps-plein/calcul
              ou écrivez à aide.financiere.etudes.superieures@education.gouv.qc.ca.
            </p>
            <p><a href="#long">Anticonstitutionnellementetinconditionnellementimpossible</a></p>
            <pre><code>npm install @qc-ds/styles @qc-ds/tokens @qc-ds/components --save-exact --registry=https://registry.npmjs.org</code></pre>
            <div class="qc-row">
              <div class="qc-col-4">Un</div>
              <div class="qc-col-4">Deux</div>
              <div class="qc-col-4">Trois</div>
            </div>
            <div class="qc-formfield-row">
              <label>Adresse courriel <input size="60" /></label>
              <input size="60" aria-label="Téléphone" />
            </div>
            <div class="qc-button-group">
              <button class="qc-button qc-primary" type="submit">
                Soumettre la demande d'aide financière maintenant
              </button>
              <a class="qc-button qc-secondary" href="#retour">Retour</a>
            </div>
            <ul>
              <li>Prêts et bourses</li>
              <li>Remboursement</li>
            </ul>
            <hr />
          </div>
        </main>`,
      );
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    });
  });

  describe('accessibility (axe)', () => {
    const sample = (theme: string) =>
      html`<div class="qc-ds" data-qc-theme=${theme}>
        <p>
          Lire les <a href="#conditions">conditions d'admissibilité</a> avant de
          <a href="#formulaire">remplir le formulaire</a>.
        </p>
        <div class="qc-button-group">
          <button class="qc-button qc-primary" type="submit">Envoyer</button>
          <button class="qc-button qc-secondary" type="button">Enregistrer</button>
          <button class="qc-button qc-tertiary" type="button">Annuler</button>
          <button class="qc-button qc-danger" type="button">Supprimer</button>
          <button class="qc-button qc-primary qc-compact" type="button">OK</button>
          <a class="qc-button qc-secondary" href="#suite">Continuer</a>
          <input class="qc-button qc-primary" type="submit" value="Soumettre" />
        </div>
        <p>
          Champ obligatoire <span class="qc-required" aria-hidden="true">*</span>
          <span class="qc-sr-only">(obligatoire)</span>
        </p>
      </div>`;

    it('buttons and links pass axe in the light theme', async () => {
      const el = await fixture<HTMLElement>(sample('light'));
      await expect(el).to.be.accessible();
    });

    it('buttons and links pass axe in the dark theme', async () => {
      const el = await fixture<HTMLElement>(sample('dark'));
      expect(style(el).backgroundColor).to.not.equal(token('--qc-color-background', 'backgroundColor'));
      await expect(el).to.be.accessible();
    });

    it('buttons and links pass axe in the high-contrast theme', async () => {
      const el = await fixture<HTMLElement>(sample('high-contrast'));
      await expect(el).to.be.accessible();
    });
  });
});
