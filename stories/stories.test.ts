// Every story of every stories file, rendered the way Storybook renders it and checked with axe
// (WCAG 2.0, 2.1 and 2.2, levels A and AA) in French on the light theme and in English on the dark
// theme. A violation fails with the story id, language, theme, rule and target.
//
// Each render also serves the checks axe cannot make (support/visual-checks.ts), so that a story is
// drawn once per pass and the viewport is set once per pass, not per story:
// - fr/light at 320 × 640 px: reflow and no controls overlapping (1.4.10), 24 px targets (2.5.8; axe's target-size too);
//   then, per stories file, `forced-colors: active` and `prefers-reduced-motion: reduce` emulated
//   once and each story drawn again under them (not in WebKit, which cannot emulate them; reported
//   by name): boundaries (1.4.11), focus indicator (2.4.7), state shown without colour (1.4.1),
//   no motion (2.2.2, 2.3.3);
// - en/dark at 1280 × 800 px with the root font size doubled, as browser text zoom does: no text
//   clipped, no controls overlapping (1.4.4), in stories-text-zoom.test.ts (a file of its own, so
//   that Chromium runs the two passes side by side and each file stays within the time limit).
// The pass itself (compose, draw, settle, check) is support/story-pass.ts.
// A story declares what is meant to scroll at 320 px in `parameters.qcChecks` (support/visual-checks.ts),
// each with its reason.
//
// Stories (support/story-pass.ts) are composed with Storybook's portable-stories API: `composeStories` from
// `storybook/preview-api` with the project annotations of .storybook/annotations.ts (the same
// decorator that wraps stories in `<div class="qc-ds" lang data-qc-theme>` in Storybook) installed
// through `setProjectAnnotations` from `@storybook/web-components`, whose renderer draws the story.
// `@storybook/web-components` exports no `composeStories` of its own; the generic one is the
// official API its `setProjectAnnotations` is written for. The test runner plugin in
// support/wtr-storybook-plugin.mjs bundles these Storybook modules for the browser.
//
// The list of stories files comes from support/story-index.generated.ts, written by
// `node stories/support/generate-story-index.mjs` (run it before the test runner); the first test
// fails when a stories file exists that the index does not import. MDX pages in docs/ are not
// rendered here.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { axeTags } from '../.storybook/annotations.js';
import { runAxe } from './support/axe-report.js';
import { axeClean, composed, fail, index, loadPageStyles, regenerate, storyPass } from './support/story-pass.js';
import {
  boundaryFailures,
  focusables,
  focusIndicatorFailure,
  motionFailures,
  overlapFailures,
  reflowFailures,
  stateFailures,
  targetSizeFailures,
} from './support/visual-checks.js';

describe('every story passes axe (WCAG 2.0/2.1/2.2 A and AA) in fr/light and en/dark', () => {
  before(loadPageStyles);

  it('the story index loads and imports every stories file', async () => {
    if (index.error)
      throw new Error(`stories/support/story-index.generated.ts did not load. ${regenerate}\n${index.error}`);
    const response = await fetch('/__qc-ds/story-files.json');
    expect(response.ok, 'the test runner plugin from stories/support/wtr-storybook-plugin.mjs is installed').to.be.true;
    const onDisk = (await response.json()) as string[];
    const indexed = index.files.map((file) => file.path);
    const notImported = onDisk.filter((path) => !indexed.includes(path));
    const gone = indexed.filter((path) => !onDisk.includes(path));
    expect(notImported, `stories files missing from the story index. ${regenerate}`).to.deep.equal([]);
    expect(gone, `the story index lists files that no longer exist. ${regenerate}`).to.deep.equal([]);
    expect(onDisk.length, 'stories files found under stories/').to.be.greaterThan(0);
  });

  for (const { file, stories, error } of composed) {
    it(`${file.path} exports at least one story`, () => {
      if (error) throw error;
      expect(stories, `${file.path} exports no story`).to.not.be.empty;
    });
  }

  it("the axe run includes axe's target-size rule (24 px, WCAG 2.5.8) [not evidence]", async () => {
    // A deliberate violation: the conformance report does not record this run (axe-recorder.ts).
    // target-size ships disabled in axe-core; a tag run (wcag22aa) selects it all the same.
    const small = document.createElement('div');
    small.innerHTML = '<button style="width:10px;height:10px;padding:0" aria-label="a"></button>'.repeat(2);
    document.body.append(small);
    try {
      const results = await runAxe(small, axeTags);
      expect(results.violations.map((violation) => violation.id)).to.include('target-size');
    } finally {
      small.remove();
    }
  });

  it('every length token is in rem, so that text zoom scales the layout [wcag:1.4.4]', async () => {
    const css = await (await fetch('/packages/tokens/dist/tokens.css')).text();
    // A pill's radius is « as round as it gets », not a length that should grow with text.
    const pxAllowed: Record<string, string> = { '--qc-radius-pill': 'a pill radius, larger than any box' };
    const inPx = [...css.matchAll(/(--qc-[\w-]+):\s*([^;}]*\dpx[^;}]*)/g)]
      .map(([, name, value]) => `${name}: ${value}`)
      .filter((declaration) => !(declaration.split(':')[0]! in pxAllowed));
    expect(inPx, 'tokens in px (they would not grow with the text)').to.deep.equal([]);
  });

  describe('fr/light at 320 px: axe, reflow, 24 px targets; forced colours and reduced motion', () => {
    storyPass({
      lang: 'fr',
      theme: 'light',
      how: ', 320 px',
      setUp: async () => {
        await setViewport({ width: 320, height: 640 });
        // A key press makes programmatic focus match :focus-visible, as after keyboard use.
        await sendKeys({ press: 'Shift' });
      },
      tearDown: () => setViewport({ width: 800, height: 600 }),
      checks: [
        { title: 'passes axe', run: axeClean },
        {
          title: 'reflows at 320 px: no horizontal scrolling, nothing cut off [wcag:1.4.10]',
          run: async ({ root, where }, story) =>
            fail(where, 'content does not reflow at 320 px', reflowFailures(root, story.parameters?.qcChecks)),
        },
        {
          title: 'pointer targets are at least 24 × 24 px or spaced [wcag:2.5.8]',
          run: async ({ root, where }) => fail(where, 'targets under 24 × 24 px', targetSizeFailures(root)),
        },
        {
          title: 'no controls overlap at 320 px [wcag:1.4.10]',
          run: async ({ root, where }) => fail(where, 'controls overlap at 320 px', overlapFailures(root)),
        },
      ],
      emulated: {
        title: 'forced colours, reduced motion',
        setUp: async () => {
          // Reduced motion first: Firefox applies each preference in turn, and forced colours set
          // before it would start colour transitions that reduced motion is there to prevent.
          await emulateMedia({ reducedMotion: 'reduce' });
          await emulateMedia({ forcedColors: 'active' });
        },
        tearDown: async () => {
          await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
        },
        checks: [
          {
            title: 'controls show their boundaries in forced colours [wcag:1.4.11]',
            run: async ({ root, where }) => fail(where, 'controls without a boundary', boundaryFailures(root)),
          },
          {
            title: 'every focusable element shows focus in forced colours [wcag:2.4.7]',
            run: async ({ root, where }) => {
              const failures = focusables(root)
                .map((element) => focusIndicatorFailure(element, root))
                .filter(Boolean);
              fail(where, 'focus not visible in forced colours', failures);
            },
          },
          {
            title: 'states are shown without colour in forced colours [wcag:1.4.1]',
            run: async ({ root, where }) => fail(where, 'state lost in forced colours', stateFailures(root).failures),
          },
          {
            title: 'nothing moves with prefers-reduced-motion: reduce, after focus [wcag:2.2.2,2.3.3]',
            run: async ({ root, where }) => fail(where, 'motion under reduced motion', motionFailures(root)),
          },
        ],
      },
    });
  });
});
