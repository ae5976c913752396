// Finds every stories file, for the story index generator and the test runner plugin.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const storiesPattern = /\.stories\.ts$/;

/**
 * Every `*.stories.ts` under `stories/`, as sorted POSIX paths relative to the repository root
 * (`stories/button.stories.ts`). Nothing is excluded.
 * @param {string} rootDir the repository root
 * @returns {string[]}
 */
export function listStoryFiles(rootDir) {
  const storiesDir = join(rootDir, 'stories');
  return readdirSync(storiesDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && storiesPattern.test(entry.name))
    .map((entry) => relative(rootDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.split('/').includes('node_modules'))
    .sort();
}
