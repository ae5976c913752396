// Types of the generated story index (story-index.generated.ts, see generate-story-index.mjs).

/** A stories file's module: the CSF default export (meta) and named story exports. */
export type StoryModule = Record<string, unknown>;

export interface StoryFile {
  /** Path from the repository root, e.g. `stories/button.stories.ts`. */
  readonly path: string;
  readonly module: StoryModule;
}
