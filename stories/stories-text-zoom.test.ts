// Every story in English on the dark theme at 1280 × 800 px with the root font size doubled, as
// browser text zoom does (every rem doubles; tokens are rem, stories.test.ts checks it): axe, no
// text clipped, no controls drawn over each other (WCAG 1.4.4). A file apart from stories.test.ts
// so that the two passes run side by side where the engine runs two pages (Chromium) and each file
// stays within the runner's time limit.
import { setViewport } from '@web/test-runner-commands';
import { axeClean, fail, loadPageStyles, storyPass } from './support/story-pass.js';
import { clippedTextFailures, overlapFailures } from './support/visual-checks.js';

describe('every story passes axe in en/dark with text at 200 %', () => {
  before(loadPageStyles);

  describe('en/dark at 1280 px with text at 200 %: axe, no clipped text, no overlapping controls', () => {
    storyPass({
      lang: 'en',
      theme: 'dark',
      how: ', text 200 %',
      setUp: async () => {
        await setViewport({ width: 1280, height: 800 });
        // Browser text zoom: the default font size doubles, and every rem with it.
        document.documentElement.style.fontSize = '200%';
      },
      tearDown: async () => {
        document.documentElement.style.removeProperty('font-size');
        await setViewport({ width: 800, height: 600 });
      },
      checks: [
        { title: 'passes axe', run: axeClean },
        {
          title: 'no text is clipped at 200 % [wcag:1.4.4]',
          run: async ({ root, where }) => fail(where, 'text clipped at 200 %', clippedTextFailures(root)),
        },
        {
          title: 'no controls overlap at 200 % [wcag:1.4.4]',
          run: async ({ root, where }) => fail(where, 'controls overlap at 200 %', overlapFailures(root)),
        },
      ],
    });
  });
});
