import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { itExcept } from '../test/engine.js';
import { AnchoredOverlay, hasAnchorPositioning, type OverlayStrategy } from './anchored-overlay.js';

/** Why `strategy: 'measured'` exists besides the engines without anchor positioning. */
const WEBKIT_SCROLLED_FLIP = {
  webkit: 'WebKit 26 picks the position fallback of a fixed popup from its anchor’s unscrolled position',
};

/** A page with an anchor button at `top` px (and room to scroll), and its popup of `lines` lines. */
async function mount(strategy: OverlayStrategy, { top = 40, left = 16, lines = 3, dir = 'ltr', width = 120 } = {}) {
  const page = await fixture<HTMLElement>(
    html`<div dir=${dir} style="height: 3000px; position: relative">
      <div style="overflow: hidden; height: 60px; position: absolute; top: ${top}px; inset-inline-start: ${left}px">
        <button style="width: ${width}px; height: 40px; margin: 0">Ouvrir</button>
        <div role="dialog" aria-label="Aide" style="margin-block: 4px; background: white; border: 1px solid">
          ${Array.from({ length: lines }, (_, i) => html`<p style="margin: 0; height: 30px">Ligne ${i + 1}</p>`)}
        </div>
      </div>
    </div>`,
  );
  const anchor = page.querySelector('button')!;
  const popup = page.querySelector<HTMLElement>('[role="dialog"]')!;
  return { page, anchor, popup, overlay: new AnchoredOverlay({ anchor, popup, strategy }) };
}
const rect = (element: Element) => element.getBoundingClientRect();
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

for (const strategy of ['auto', 'measured'] as const) {
  describe(`AnchoredOverlay (${strategy})`, () => {
    beforeEach(() => setViewport({ width: 800, height: 600 }));
    afterEach(() => window.scrollTo(0, 0));

    it(
      strategy === 'auto'
        ? 'uses the Popover API and CSS anchor positioning where the engine has them'
        : 'uses the measured fallback when asked',
      async () => {
        const { popup, overlay } = await mount(strategy);
        const popover = 'showPopover' in HTMLElement.prototype;
        expect(overlay.native).to.equal(strategy === 'auto' && hasAnchorPositioning());
        expect(popup.hidden).to.equal(true);
        overlay.show();
        expect(popup.hidden).to.equal(false);
        expect(popup.matches(':popover-open')).to.equal(popover);
        overlay.hide();
        expect(popup.hidden).to.equal(true);
        expect(overlay.isOpen).to.equal(false);
      },
    );

    it('opens under the anchor, aligned with its start, at least as wide, unclipped by an overflow ancestor', async () => {
      const { anchor, popup, overlay } = await mount(strategy);
      overlay.show();
      const a = rect(anchor);
      const p = rect(popup);
      expect(p.top).to.be.closeTo(a.bottom + 4, 1.5);
      expect(p.left).to.be.closeTo(a.left, 1.5);
      expect(p.width).to.be.at.least(a.width - 0.5);
      // The clipping ancestor is 60 px tall; the popup's last line is drawn below it.
      const last = popup.lastElementChild!.getBoundingClientRect();
      const hit = document.elementFromPoint(last.left + 5, last.top + 5);
      expect(!!hit && popup.contains(hit), 'the last line is visible').to.equal(true);
    });

    it('flips above the anchor when there is no room below', async () => {
      const { anchor, popup, overlay } = await mount(strategy, { top: 480, lines: 6 });
      overlay.show();
      expect(rect(popup).bottom).to.be.closeTo(rect(anchor).top - 4, 1.5);
    });

    itExcept(
      strategy === 'auto' ? WEBKIT_SCROLLED_FLIP : {},
      'opens below again at the next opening once the page scrolled to make room',
      async () => {
        const { anchor, popup, overlay } = await mount(strategy, { top: 480, lines: 6 });
        overlay.show();
        expect(rect(popup).bottom).to.be.at.most(rect(anchor).top);
        overlay.hide();
        window.scrollTo(0, 440);
        overlay.show();
        expect(rect(popup).top).to.be.closeTo(rect(anchor).bottom + 4, 1.5);
      },
    );

    it('aligns with the anchor’s right edge in a right-to-left page', async () => {
      const { anchor, popup, overlay } = await mount(strategy, { dir: 'rtl', width: 200 });
      popup.style.setProperty('--qc-overlay-max-width', '150px');
      overlay.show();
      const p = rect(popup);
      expect(p.right).to.be.closeTo(rect(anchor).right, 1.5);
      expect(p.width).to.be.at.least(199.5);
    });

    it('stays inside a 320 px wide viewport [wcag:1.4.10]', async () => {
      await setViewport({ width: 320, height: 600 });
      const { popup, overlay } = await mount(strategy, { left: 200, width: 100 });
      popup.querySelector('p')!.textContent = 'Une ligne bien plus large que le bouton qui ouvre cette fenêtre';
      popup.querySelector('p')!.style.whiteSpace = 'nowrap';
      popup.querySelector('p')!.style.overflowWrap = 'anywhere';
      popup.style.overflow = 'hidden';
      overlay.show();
      overlay.position();
      const p = rect(popup);
      expect(p.left).to.be.at.least(-0.5);
      expect(p.right).to.be.at.most(document.documentElement.clientWidth + 0.5);
    });

    it('follows the anchor when the page scrolls while open', async () => {
      const { anchor, popup, overlay } = await mount(strategy, { top: 300 });
      overlay.show();
      window.scrollTo(0, 120);
      await nextFrame();
      expect(rect(popup).top).to.be.closeTo(rect(anchor).bottom + 4, 1.5);
      overlay.hide();
    });
  });
}
