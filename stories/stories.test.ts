// Every story of every stories file, rendered the way Storybook renders it and checked with axe
// (WCAG 2.0, 2.1 and 2.2, levels A and AA) in French on the light theme and in English on the dark
// theme. A violation fails with the story id, language, theme, rule and target.
//
// Stories are composed with Storybook's portable-stories API: `composeStories` from
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
import { setProjectAnnotations } from '@storybook/web-components';
import { composeStories } from 'storybook/preview-api';
import { annotations, axeTags } from '../.storybook/annotations.js';
import type { Language, Theme } from '../.storybook/annotations.js';
import { formatViolations, runAxe } from './support/axe-report.js';
import { settle, undefinedQcTags } from './support/settle.js';
import type { StoryFile, StoryModule } from './support/story-index.js';

const combinations: ReadonlyArray<{ lang: Language; theme: Theme }> = [
  { lang: 'fr', theme: 'light' },
  { lang: 'en', theme: 'dark' },
];

const regenerate = 'Run `node stories/support/generate-story-index.mjs` before the test runner.';

/** The generated index, imported by URL so type-checking does not depend on a generated file. */
async function loadStoryIndex(): Promise<{ files: readonly StoryFile[]; error?: unknown }> {
  try {
    const url = new URL('./support/story-index.generated.ts', import.meta.url).href;
    const index = (await import(/* @vite-ignore */ url)) as { storyFiles: readonly StoryFile[] };
    return { files: index.storyFiles };
  } catch (error) {
    return { files: [], error };
  }
}

function addStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`${href} did not load. Run \`npm run build\` first.`)));
    document.head.append(link);
  });
}

interface ComposedStory {
  (): unknown;
  readonly id: string;
  readonly storyName: string;
  readonly globals: Record<string, unknown>;
  run(context?: { canvasElement?: HTMLElement; globals?: Record<string, unknown> }): Promise<void>;
}

const project = setProjectAnnotations([annotations]);

function compose(module: StoryModule): Record<string, ComposedStory> {
  return composeStories(module as Parameters<typeof composeStories>[0], project) as unknown as Record<
    string,
    ComposedStory
  >;
}

const index = await loadStoryIndex();

describe('every story passes axe (WCAG 2.0/2.1/2.2 A and AA) in fr/light and en/dark', () => {
  before(async () => {
    await addStylesheet('/packages/styles/dist/qc-ds.css');
    const background = getComputedStyle(document.documentElement).getPropertyValue('--qc-color-background');
    if (!background.trim()) {
      throw new Error('/packages/tokens/dist/tokens.css defines no --qc-color-background. Run `npm run build` first.');
    }
  });

  afterEach(() => {
    document.documentElement.removeAttribute('data-qc-theme');
  });

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

  for (const file of index.files) {
    describe(file.path, () => {
      let stories: Record<string, ComposedStory> = {};
      let composeError: unknown;
      try {
        stories = compose(file.module);
      } catch (error) {
        composeError = error;
      }

      it('exports at least one story', () => {
        if (composeError) throw composeError;
        expect(Object.keys(stories), `${file.path} exports no story`).to.not.be.empty;
      });

      for (const story of Object.values(stories)) {
        for (const { lang, theme } of combinations) {
          it(`${story.id} (${lang}, ${theme})`, async () => {
            const where = `${file.path} › ${story.id} [lang=${lang}, theme=${theme}]`;
            const canvas = document.createElement('div');
            document.body.append(canvas);
            try {
              await story.run({ canvasElement: canvas, globals: { ...story.globals, locale: lang, theme } });
              await settle(canvas);

              const root = canvas.querySelector('.qc-ds-story-root');
              expect(root, `${where}: the story is wrapped by the qc-ds decorator`).to.exist;
              expect(root!.getAttribute('lang')).to.equal(lang);
              expect(root!.getAttribute('data-qc-theme')).to.equal(theme);

              const undefinedTags = await undefinedQcTags(canvas);
              expect(undefinedTags, `${where}: elements never defined (missing registration import?)`).to.deep.equal(
                [],
              );

              const results = await runAxe(root!, axeTags);
              const report = formatViolations(where, results.violations);
              if (report) throw new Error(report);
            } finally {
              canvas.remove();
            }
          });
        }
      }
    });
  }
});
