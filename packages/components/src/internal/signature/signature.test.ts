import { expect, fixture, html } from '@open-wc/testing';
import { renderSignature, signatureColour, signatureWhite, type SignatureArt } from './signature.js';
import { axElement } from '../test/ax.js';

const SOURCES: [string, SignatureArt][] = [
  ['QUEBEC_blanc.svg', signatureWhite],
  ['QUEBEC_couleur.svg', signatureColour],
];

/** The package's published file, as the web server serves it from node_modules. */
async function packageSvg(file: string): Promise<SVGSVGElement> {
  const response = await fetch(`/node_modules/qc-trousse-sdg/dist/img/${file}`);
  expect(response.ok, `${file} is served`).to.be.true;
  const doc = new DOMParser().parseFromString(await response.text(), 'image/svg+xml');
  return doc.documentElement as unknown as SVGSVGElement;
}

const pathData = (root: Element) => [...root.querySelectorAll('path')].map((path) => path.getAttribute('d'));

describe('signature artwork', () => {
  for (const [file, art] of SOURCES) {
    it(`${file}: same viewBox, same paths and path data as qc-trousse-sdg`, async () => {
      const source = await packageSvg(file);
      const el = await fixture<HTMLElement>(html`<div>${renderSignature(art, 'Gouvernement du Québec')}</div>`);
      const rendered = el.querySelector('svg')!;
      expect(rendered.getAttribute('viewBox')).to.equal(source.getAttribute('viewBox'));
      expect(art.width).to.equal(Number(source.getAttribute('width')));
      expect(art.height).to.equal(Number(source.getAttribute('height')));
      const expected = pathData(source);
      expect(expected.length).to.be.greaterThan(0);
      expect(pathData(rendered)).to.deep.equal(expected);
      // Even-odd filling is what cuts the letters' counters and the flag's cross out.
      for (const path of rendered.querySelectorAll('path')) {
        expect(path.getAttribute('fill-rule')).to.equal('evenodd');
      }
    });
  }

  it('brand fills are currentColor; the colour art’s black wordmark inherits the fill property', async () => {
    const white = await fixture<HTMLElement>(html`<div>${renderSignature(signatureWhite, 'x')}</div>`);
    expect([...white.querySelectorAll('path')].map((p) => p.getAttribute('fill'))).to.deep.equal([
      'currentColor',
      'currentColor',
    ]);
    const colour = await fixture<HTMLElement>(
      html`<div style="color: rgb(9, 87, 151)">${renderSignature(signatureColour, 'x')}</div>`,
    );
    const [wordmark, flag] = colour.querySelectorAll('path');
    expect(wordmark.hasAttribute('fill')).to.be.false;
    expect(getComputedStyle(wordmark).fill).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(flag).fill).to.equal('rgb(9, 87, 151)');
  });

  it('is an image named by its label, not focusable, sized by CSS [wcag:1.3.1,2.5.3,3.3.2,4.1.2]', async () => {
    const el = await fixture<HTMLElement>(
      html`<div style="width: 10rem">${renderSignature(signatureColour, 'Gouvernement du Québec')}</div>`,
    );
    const svg = el.querySelector('svg')!;
    expect(svg.getAttribute('focusable')).to.equal('false');
    expect(svg.hasAttribute('aria-hidden')).to.be.false;
    const { role, name } = await axElement(svg);
    // Chromium reports the ARIA 1.3 name `image`, the others `img`: the same role.
    expect(['img', 'image']).to.include(role);
    expect(name).to.equal('Gouvernement du Québec');
    svg.style.width = '280px';
    svg.style.height = 'auto';
    expect(Math.round(svg.getBoundingClientRect().height)).to.equal(56);
    await expect(el).to.be.accessible();
  });

  it('is decorative (hidden) with an empty label', async () => {
    const el = await fixture<HTMLElement>(html`<div>${renderSignature(signatureWhite, '  ')}</div>`);
    const svg = el.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(svg.hasAttribute('role')).to.be.false;
    expect(svg.hasAttribute('aria-label')).to.be.false;
  });
});
