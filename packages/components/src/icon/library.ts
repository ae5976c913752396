import type { SVGTemplateResult } from 'lit';
import { warnOnce } from '../internal/warn.js';

/** A glyph qc-icon can draw: SVG shapes (a Lit `svg` template) and the viewBox they are drawn in. */
export interface IconDefinition {
  template: SVGTemplateResult;
  viewBox: string;
}

/** Options of {@link registerIcon}. */
export interface RegisterIconOptions {
  /** The coordinate system of the shapes; Lucide and the built-in icons use `0 0 24 24`. */
  viewBox?: string;
}

const DEFAULT_VIEWBOX = '0 0 24 24';
const VIEWBOX = /^-?\d+(\.\d+)?( -?\d+(\.\d+)?){3}$/;
/** Icon names are kebab-case (the incumbent's `blue-regular_light` style underscores too). */
const NAME = /^[a-z0-9]+([-_][a-z0-9]+)*$/;

// Glyphs already available synchronously, so a re-render or a second instance never flashes.
const resolved = new Map<string, IconDefinition>();
// One promise per name, shared by every qc-icon that asks for it before it resolves.
const pending = new Map<string, Promise<IconDefinition | undefined>>();
const listeners = new Set<(name: string) => void>();

/** Lower-cases and trims an icon or token name as written in markup (`Information ` → `information`). */
export function normalizeName(name: unknown): string {
  return typeof name === 'string' ? name.trim().toLowerCase() : '';
}

// The built-in names and their loaders are themselves loaded on first use, so an entry that only
// renders qc-icon (a button) carries neither the list nor one import() per glyph.
let builtIns: Promise<typeof import('./icons/index.js')> | undefined;

/** The glyph if it is already loaded or registered, without starting a load. */
export function getLoadedIcon(name: string): IconDefinition | undefined {
  return resolved.get(normalizeName(name));
}

/** A built-in glyph's module, imported directly (`() => import('../icon/icons/information.js')`). */
export type GlyphLoader = () => Promise<{ default: SVGTemplateResult }>;

/**
 * Loads a glyph once (one promise per name, shared by every caller) and caches it. Resolves to
 * `undefined` for a name that is neither built in nor registered. A caller that knows which
 * built-in glyph it draws (a notice's type icon) passes its module as `glyph`: the page then
 * fetches that glyph alone, not first the list of every built-in name (~0.5 KB and one more
 * round trip before the icon shows).
 */
export function loadIcon(name: string, glyph?: GlyphLoader): Promise<IconDefinition | undefined> {
  const key = normalizeName(name);
  const ready = resolved.get(key);
  if (ready) return Promise.resolve(ready);
  let promise = pending.get(key);
  if (!promise) {
    const loading = glyph
      ? glyph()
      : (builtIns ??= import('./icons/index.js')).then(({ iconLoaders }) =>
          Object.hasOwn(iconLoaders, key) ? iconLoaders[key as keyof typeof iconLoaders]() : undefined,
        );
    promise = loading.then(
      (module) => {
        pending.delete(key);
        // A registerIcon() that ran while the module loaded wins over the built-in glyph.
        if (module && !resolved.has(key)) resolved.set(key, { template: module.default, viewBox: DEFAULT_VIEWBOX });
        return resolved.get(key);
      },
      (error: unknown) => {
        // Forget the failure so a later qc-icon can retry (e.g. after a flaky network chunk load).
        pending.delete(key);
        builtIns = undefined;
        warnOnce(resolved, `load:${key}`, `cannot load icon "${key}": ${String(error)}`);
        return undefined;
      },
    );
    pending.set(key, promise);
  }
  return promise;
}

/**
 * Loads every built-in glyph. A server render is synchronous: the server entry
 * (`@qc-ds/components/ssr.js`) awaits this once so server-rendered icons are drawn.
 * @internal
 */
export async function loadBuiltInIcons(): Promise<void> {
  const { iconLoaders } = await (builtIns ??= import('./icons/index.js'));
  await Promise.all(Object.keys(iconLoaders).map((name) => loadIcon(name)));
}

/**
 * Adds an icon, or replaces a built-in one, for every `qc-icon` on the page (including those
 * already rendered with that name). `template` is a Lit `svg` template holding the shapes only;
 * `qc-icon` draws them in an `<svg>` styled with Lucide's conventions (`fill: none`,
 * `stroke: currentColor`, `stroke-width: 2`, round caps and joins), so a filled shape sets
 * `fill="currentColor"` (and `stroke="none"` if it has no outline).
 * Built with Lit templates, custom icons stay safe under a strict CSP and Trusted Types.
 *
 * @example
 * import { svg } from 'lit';
 * import { registerIcon } from '@qc-ds/components/qc-icon.js';
 * registerIcon('tree', svg`<path d="M12 2 4 14h16z" /><path d="M12 14v8" />`);
 */
export function registerIcon(name: string, template: SVGTemplateResult, options: RegisterIconOptions = {}): boolean {
  const key = normalizeName(name);
  if (!NAME.test(key)) {
    warnOnce(resolved, `register-name:${String(name)}`, `registerIcon: invalid name "${String(name)}".`);
    return false;
  }
  // `_$litType$` is Lit's stable marker of a template result (2 = svg).
  const litType = (template as { _$litType$?: unknown } | null)?._$litType$;
  if (litType !== 2) {
    warnOnce(resolved, `register-template:${key}`, `registerIcon("${key}"): not a Lit svg template.`);
    return false;
  }
  const viewBox = options.viewBox?.trim() ?? DEFAULT_VIEWBOX;
  if (!VIEWBOX.test(viewBox)) {
    warnOnce(resolved, `register-viewbox:${key}`, `registerIcon("${key}"): invalid viewBox.`);
    return false;
  }
  resolved.set(key, { template, viewBox });
  pending.delete(key);
  for (const listener of listeners) listener(key);
  return true;
}

/** Calls `listener(name)` whenever an icon is registered; returns the unsubscribe function. */
export function onIconRegistered(listener: (name: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let colorNames: Promise<ReadonlySet<string>> | undefined;

/**
 * The colour token names `qc-icon[color]` accepts, loaded only when a `color` is first used, so
 * icons without a colour (buttons, notices) do not carry the list.
 */
export function loadColorNames(): Promise<ReadonlySet<string>> {
  colorNames ??= import('./icons/color-names.js').then((module) => module.colorNames);
  return colorNames;
}
