// The checks of visual-checks.ts catch what they are written for: each is shown a page that fails
// and one that passes, so that a check that cannot fail would fail here. They test the test tools,
// not the components: no [wcag:…] tag, so the conformance report does not count them as evidence.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { itExcept, NO_MEDIA_EMULATION } from '../../packages/components/src/internal/test/engine.js';
import {
  boundaryFailures,
  clippedTextFailures,
  focusables,
  focusIndicatorFailure,
  motionFailures,
  overlapFailures,
  reflowFailures,
  stateFailures,
  targetSizeFailures,
} from './visual-checks.js';

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
});

describe('visual checks of every story (stories/stories.test.ts)', () => {
  describe('reflow at 320 px', () => {
    it('finds a box wider than the viewport, and what it cuts off', async () => {
      await setViewport({ width: 320, height: 640 });
      const root = await fixture(
        html`<div><p style="width: 480px; white-space: nowrap">Un paragraphe trop large pour la fenêtre</p></div>`,
      );
      const failures = reflowFailures(root);
      expect(failures.join('\n')).to.match(/scrolls horizontally/);
      expect(failures.join('\n')).to.match(/« Un paragraphe trop large pour( la)? » spans \d/);
    });

    it('accepts text that wraps, and a declared scroll container with its reason', async () => {
      await setViewport({ width: 320, height: 640 });
      const root = await fixture(
        html`<div>
          <p>Un long paragraphe qui revient à la ligne dans une fenêtre étroite sans défilement horizontal.</p>
          <div class="region" style="overflow-x: auto">
            <p style="width: 900px; white-space: nowrap">Tableau large, une colonne après l’autre, sans retour</p>
          </div>
        </div>`,
      );
      expect(reflowFailures(root, { reflowScroll: { '.region': 'a wide table' } })).to.deep.equal([]);
      expect(reflowFailures(root).join('\n')).to.match(/Tableau large/);
      expect(reflowFailures(root, { reflowScroll: { '.absent': 'stale' } }).join('\n')).to.match(/matches no element/);
    });
  });

  describe('text at 200 %', () => {
    it('finds text cut by overflow: hidden, and ignores visually hidden text', async () => {
      const root = await fixture(
        html`<div>
          <span style="display: block; width: 60px; overflow: hidden; white-space: nowrap">Texte coupé au bord</span>
          <span
            style="position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap"
            >Texte pour lecteur d’écran</span
          >
        </div>`,
      );
      const failures = clippedTextFailures(root);
      expect(failures).to.have.length(1);
      expect(failures[0]).to.match(/« Texte coupé au bord » is clipped by span/);
    });

    it('finds two controls drawn over each other', async () => {
      const root = await fixture(
        html`<div style="position: relative; height: 60px">
          <button style="position: absolute; left: 0; width: 100px; height: 40px">Un</button>
          <button style="position: absolute; left: 50px; width: 100px; height: 40px">Deux</button>
        </div>`,
      );
      expect(overlapFailures(root).join('\n')).to.match(/button « Un » and button « Deux » overlap by 50 × 40 px/);
      (root.lastElementChild as HTMLElement).style.left = '120px';
      expect(overlapFailures(root)).to.deep.equal([]);
    });
  });

  describe('target size', () => {
    it('finds small targets too close together, not spaced ones nor links in a sentence', async () => {
      const root = await fixture(
        html`<div>
          <div>
            <button style="all: unset; width: 16px; height: 16px">a</button
            ><button style="all: unset; width: 16px; height: 16px">b</button>
          </div>
          <div style="margin-top: 40px"><button style="all: unset; width: 16px; height: 16px">c</button></div>
          <p>Lire <a href="#x">la suite</a> du texte.</p>
        </div>`,
      );
      const failures = targetSizeFailures(root);
      expect(failures).to.have.length(2);
      expect(failures[0]).to.match(/button « a » is 16 × 16 px, within 12 px of button « b »/);
    });
  });

  describe('forced colours and reduced motion', () => {
    afterEach(async () => {
      await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
    });

    itExcept(NO_MEDIA_EMULATION, 'finds a button without a border, and keeps a transparent one', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const root = await fixture(
        html`<div>
          <button style="appearance: none; border: 0">Sans bordure</button>
          <button style="appearance: none; border: 2px solid transparent">Bordure transparente</button>
        </div>`,
      );
      const failures = boundaryFailures(root);
      expect(failures).to.have.length(1);
      expect(failures[0]).to.match(/« Sans bordure » shows no border or outline/);
    });

    itExcept(NO_MEDIA_EMULATION, 'finds a focus ring drawn only as a box shadow', async () => {
      await emulateMedia({ forcedColors: 'active' });
      await sendKeys({ press: 'Shift' });
      const root = await fixture(
        html`<div>
          <style>
            .shadow:focus-visible {
              outline: none;
              box-shadow: 0 0 0 3px blue;
            }
            .ring:focus-visible {
              outline: 2px solid blue;
            }
          </style>
          <button class="shadow">Ombre</button>
          <button class="ring">Contour</button>
        </div>`,
      );
      const failures = focusables(root).map((element) => focusIndicatorFailure(element, root));
      expect(failures[0]).to.match(/« Ombre » shows no focus indicator/);
      expect(failures[1]).to.equal('');
    });

    itExcept(NO_MEDIA_EMULATION, 'finds a selected tab shown by colour alone', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const root = await fixture(
        html`<div role="tablist">
          <style>
            [role='tab'] {
              appearance: none;
              border: 1px solid;
            }
            .by-colour[aria-selected='true'] {
              background: navy;
              color: white;
            }
            .by-border[aria-selected='true'] {
              border-bottom-width: 4px;
            }
          </style>
          <button role="tab" class="by-colour" aria-selected="true">Un</button>
          <button role="tab" class="by-colour" aria-selected="false">Deux</button>
        </div>`,
      );
      const { failures, compared } = stateFailures(root);
      expect(compared).to.be.greaterThan(0);
      expect(failures.join('\n')).to.match(/« Un » \(selected\) looks the same as button « Deux »/);
      for (const tab of Array.from(root.querySelectorAll('.by-colour'))) tab.className = 'by-border';
      expect(stateFailures(root).failures).to.deep.equal([]);
    });

    itExcept(NO_MEDIA_EMULATION, 'finds a transition kept under reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const root = await fixture(
        html`<div>
          <style>
            .slow {
              transition: transform 300ms;
            }
            .calm {
              transition: transform 300ms;
            }
            @media (prefers-reduced-motion: reduce) {
              .calm {
                transition: none;
              }
            }
          </style>
          <p class="slow">Lent</p>
          <p class="calm">Calme</p>
        </div>`,
      );
      const failures = motionFailures(root);
      expect(failures).to.have.length(1);
      expect(failures[0]).to.match(/p « Lent »: transition transform 0.3 s/);
    });
  });
});
