// The story pass shared by stories/stories.test.ts and stories/stories-text-zoom.test.ts: every story
// of every indexed stories file, composed with Storybook's portable-stories API and the project
// annotations of .storybook/annotations.ts, drawn once per story and pass, then checked.
import { expect } from '@open-wc/testing';
import { setProjectAnnotations } from '@storybook/web-components';
import { composeStories } from 'storybook/preview-api';
import { annotations, axeTags } from '../../.storybook/annotations.js';
import type { Language, Theme } from '../../.storybook/annotations.js';
import { formatViolations, runAxe } from './axe-report.js';
import { settle, undefinedQcTags } from './settle.js';
import type { StoryFile, StoryModule } from './story-index.js';
import type { CheckExceptions } from './visual-checks.js';
import { describeExcept, NO_MEDIA_EMULATION } from '../../packages/components/src/internal/test/engine.js';

export const regenerate = 'Run `node stories/support/generate-story-index.mjs` before the test runner.';

/** The generated index, imported by URL so type-checking does not depend on a generated file. */
async function loadStoryIndex(): Promise<{ files: readonly StoryFile[]; error?: unknown }> {
  try {
    const url = new URL('./story-index.generated.ts', import.meta.url).href;
    const index = (await import(/* @vite-ignore */ url)) as { storyFiles: readonly StoryFile[] };
    return { files: index.storyFiles };
  } catch (error) {
    return { files: [], error };
  }
}

export function addStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`${href} did not load. Run \`npm run build\` first.`)));
    document.head.append(link);
  });
}

export interface ComposedStory {
  (): unknown;
  readonly id: string;
  readonly storyName: string;
  readonly globals: Record<string, unknown>;
  readonly parameters?: { qcChecks?: CheckExceptions };
  run(context?: { canvasElement?: HTMLElement; globals?: Record<string, unknown> }): Promise<void>;
}

/**
 * Storybook's `run()` ends with a wait of at least 100 ms for animations to start and finish, except
 * in a test environment, where it pauses them instead (`isTestEnvironment` in `storybook/internal`:
 * Vitest's browser mode flag or the test-runner user agent). This is a test environment, and
 * settle.ts awaits the animations still running once a story is drawn: without the flag, that fixed
 * wait took a third of the story pass's time in Firefox.
 */
(globalThis as { __vitest_browser__?: boolean }).__vitest_browser__ = true;

const project = setProjectAnnotations([annotations]);

function compose(module: StoryModule): Record<string, ComposedStory> {
  return composeStories(module as Parameters<typeof composeStories>[0], project) as unknown as Record<
    string,
    ComposedStory
  >;
}

export const index = await loadStoryIndex();

/** Every story of every indexed file, composed once. */
export const composed = index.files.map((file) => {
  try {
    return { file, stories: Object.values(compose(file.module)), error: undefined as unknown };
  } catch (error) {
    return { file, stories: [] as ComposedStory[], error };
  }
});

export interface Rendered {
  readonly canvas: HTMLElement;
  readonly root: HTMLElement;
  readonly where: string;
}

/** Draws `story` as Storybook does, waits until it is complete, and checks the decorator's wrapper. */
async function render(file: StoryFile, story: ComposedStory, lang: Language, theme: Theme, how: string) {
  const where = `${file.path} › ${story.id} [lang=${lang}, theme=${theme}${how}]`;
  const canvas = document.createElement('div');
  document.body.append(canvas);
  await story.run({ canvasElement: canvas, globals: { ...story.globals, locale: lang, theme } });
  await settle(canvas);
  const root = canvas.querySelector<HTMLElement>('.qc-ds-story-root');
  if (!root) throw new Error(`${where}: the story is not wrapped by the qc-ds decorator`);
  expect(root.getAttribute('lang')).to.equal(lang);
  expect(root.getAttribute('data-qc-theme')).to.equal(theme);
  const undefinedTags = await undefinedQcTags(canvas);
  expect(undefinedTags, `${where}: elements never defined (missing registration import?)`).to.deep.equal([]);
  return { canvas, root, where };
}

export function fail(where: string, what: string, failures: readonly string[]): void {
  if (failures.length > 0) throw new Error(`${where}: ${what}\n${failures.map((line) => `  • ${line}`).join('\n')}`);
}

export async function axeClean(rendered: Rendered): Promise<void> {
  const results = await runAxe(rendered.root, axeTags);
  const report = formatViolations(rendered.where, results.violations);
  if (report) throw new Error(report);
}

export type Check = { title: string; run: (rendered: Rendered, story: ComposedStory) => Promise<void> };

export interface Pass {
  readonly lang: Language;
  readonly theme: Theme;
  readonly how: string;
  /** Sets the viewport and media once for the whole pass. */
  readonly setUp: () => Promise<void>;
  readonly tearDown: () => Promise<void>;
  readonly checks: readonly Check[];
  /** Checks made with media features emulated (each story drawn again under them), where the engine can emulate them. */
  readonly emulated?: {
    readonly title: string;
    readonly setUp: () => Promise<void>;
    readonly tearDown: () => Promise<void>;
    readonly checks: readonly Check[];
  };
}

/**
 * One describe per story; the story is drawn once before its checks and removed after them. Then,
 * where the pass has emulated checks, the media features are emulated once for the whole stories
 * file and each story is drawn again under them: switching them costs far more than a render (in
 * Firefox, a third of a second per story for preferences that reach every process), and a page
 * drawn with reduced motion and forced colours already on is what their users get.
 */
export function storyPass(pass: Pass): void {
  before(pass.setUp);
  after(pass.tearDown);
  const drawn = (file: StoryFile, story: ComposedStory, how: string, checks: readonly Check[]) =>
    describe(`${story.id} (${pass.lang}, ${pass.theme}${how})`, () => {
      let rendered: Rendered | undefined;
      before(async () => {
        rendered = await render(file, story, pass.lang, pass.theme, how);
      });
      after(() => {
        rendered?.canvas.remove();
        rendered = undefined;
        document.documentElement.removeAttribute('data-qc-theme');
      });
      for (const check of checks) it(check.title, () => check.run(rendered!, story));
    });
  for (const { file, stories } of composed) {
    describe(file.path, () => {
      for (const story of stories) drawn(file, story, pass.how, pass.checks);
      const { emulated } = pass;
      if (emulated) {
        describeExcept(NO_MEDIA_EMULATION, emulated.title, () => {
          before(emulated.setUp);
          after(emulated.tearDown);
          for (const story of stories) drawn(file, story, `${pass.how}, ${emulated.title}`, emulated.checks);
        });
      }
    });
  }
}

/** Loads the page stylesheet the stories assume, and checks the tokens are built. */
export async function loadPageStyles(): Promise<void> {
  await addStylesheet('/packages/styles/dist/qc-ds.css');
  const background = getComputedStyle(document.documentElement).getPropertyValue('--qc-color-background');
  if (!background.trim()) {
    throw new Error('/packages/tokens/dist/tokens.css defines no --qc-color-background. Run `npm run build` first.');
  }
}
