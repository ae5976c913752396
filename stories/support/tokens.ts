// Reads design tokens for the foundations pages: names, descriptions and declared contrast
// requirements from the DTCG sources in tokens/, values from the page as the browser computes them
// (so the active theme is the one shown), and the WCAG 2.x contrast ratio between two colours.

/** One token of a DTCG source file. */
export interface TokenEntry {
  /** Path in the source: `['color', 'text', 'primary']`. */
  readonly path: readonly string[];
  /** Name without prefix: `color-text-primary`. */
  readonly name: string;
  /** CSS custom property: `--qc-color-text-primary`. */
  readonly cssVar: string;
  /** `$type`, inherited from the enclosing groups. */
  readonly type: string | undefined;
  readonly description: string | undefined;
  /** When the value is a single reference, the custom property it points to. */
  readonly aliasOf: string | undefined;
  /** `$extensions["qc.contrast"]`: the ratios this colour must reach. */
  readonly contrast: readonly ContrastRequirement[];
}

export interface ContrastRequirement {
  /** Custom property of the background. */
  readonly against: string;
  /** For a translucent background: the custom property of what it sits on. */
  readonly over: string | undefined;
  readonly min: number;
}

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `{color.text.primary}` → `--qc-color-text-primary` (the build joins the path with "-"). */
export function referenceToCssVar(reference: string): string | undefined {
  const match = /^\{([^{}]+)\}$/.exec(reference.trim());
  return match ? `--qc-${match[1]!.split('.').join('-')}` : undefined;
}

function readContrast(extensions: unknown): ContrastRequirement[] {
  if (!isNode(extensions)) return [];
  const list = extensions['qc.contrast'];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    if (!isNode(item)) return [];
    const against = typeof item['against'] === 'string' ? referenceToCssVar(item['against']) : undefined;
    const over = typeof item['over'] === 'string' ? referenceToCssVar(item['over']) : undefined;
    const min = Number(item['min']);
    return against && Number.isFinite(min) ? [{ against, over, min }] : [];
  });
}

/** Every token of a DTCG tree, in source order. */
export function flattenTokens(tree: unknown): TokenEntry[] {
  const found: TokenEntry[] = [];
  const walk = (node: Node, path: string[], inheritedType: string | undefined) => {
    const type = typeof node['$type'] === 'string' ? node['$type'] : inheritedType;
    if ('$value' in node) {
      const name = path.join('-');
      const value = node['$value'];
      found.push({
        path,
        name,
        cssVar: `--qc-${name}`,
        type,
        description: typeof node['$description'] === 'string' ? node['$description'] : undefined,
        aliasOf: typeof value === 'string' ? referenceToCssVar(value) : undefined,
        contrast: readContrast(node['$extensions']),
      });
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (!key.startsWith('$') && isNode(child)) walk(child, [...path, key], type);
    }
  };
  if (isNode(tree)) walk(tree, [], undefined);
  return found;
}

/** The value of a custom property as computed on `element` (references resolved, active theme). */
export function readToken(element: Element, cssVar: string): string {
  return getComputedStyle(element).getPropertyValue(cssVar).trim();
}

/**
 * Custom property names declared on `:root` by the page's stylesheets, starting with `prefix`.
 * Lets a page list tokens that exist in the CSS but not in the sources it knows about.
 */
export function declaredRootProperties(prefix: string): string[] {
  const names = new Set<string>();
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // another origin's stylesheet
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSStyleRule) || rule.selectorText !== ':root') continue;
      for (const property of Array.from(rule.style)) {
        if (property.startsWith(prefix)) names.add(property);
      }
    }
  }
  return [...names];
}

/** Rem at the 16 px root the tokens are designed for → px, or undefined for other units. */
export function remToPx(value: string): number | undefined {
  const match = /^(-?[\d.]+)rem$/.exec(value.trim());
  if (match) return Number(match[1]) * 16;
  const px = /^(-?[\d.]+)px$/.exec(value.trim());
  if (px) return Number(px[1]);
  return value.trim() === '0' ? 0 : undefined;
}

/** `1.5rem · 24 px`, or the value alone when it is not a length. */
export function formatLength(value: string): string {
  const px = remToPx(value);
  if (px === undefined || value.endsWith('px') || value === '0') return value || '—';
  return `${value} · ${Math.round(px * 100) / 100} px`;
}

// ——— Colour and contrast (WCAG 2.x relative luminance) ———

/** sRGB channels 0–255 and alpha 0–1. */
export type Rgba = readonly [number, number, number, number];

let context2d: CanvasRenderingContext2D | null | undefined;

/** Parses any CSS colour the browser understands into sRGB, or undefined. */
export function parseColour(value: string): Rgba | undefined {
  if (!value || !CSS.supports('color', value)) return undefined;
  context2d ??= document.createElement('canvas').getContext('2d');
  if (!context2d) return undefined;
  context2d.fillStyle = '#000000';
  context2d.fillStyle = value;
  const normalized = String(context2d.fillStyle);
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(normalized);
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16), 1];
  const rgba = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(normalized);
  if (rgba) return [Number(rgba[1]), Number(rgba[2]), Number(rgba[3]), rgba[4] === undefined ? 1 : Number(rgba[4])];
  return undefined;
}

/** `top` painted over an opaque `bottom`. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(colour: Rgba): number {
  return 0.2126 * channel(colour[0]) + 0.7152 * channel(colour[1]) + 0.0722 * channel(colour[2]);
}

/** WCAG contrast ratio (1–21) of a foreground over a background (translucent colours composited). */
export function contrastRatio(foreground: Rgba, background: Rgba, page: Rgba = [255, 255, 255, 1]): number {
  const bg = background[3] < 1 ? composite(background, page) : background;
  const fg = foreground[3] < 1 ? composite(foreground, bg) : foreground;
  const [light, dark] = [relativeLuminance(fg), relativeLuminance(bg)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * A ratio for display, truncated (not rounded) to two decimals so the number shown never claims
 * more than the colour gives: 4.499 shows as 4.49, which indeed fails 4.5.
 */
export function formatRatio(ratio: number, lang: string): string {
  const truncated = Math.floor(ratio * 100) / 100;
  return `${new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(truncated)}:1`;
}

/** A required ratio as written in the guidelines: `4,5:1` (fr), `3:1`. */
export function formatThreshold(min: number, lang: string): string {
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(min)}:1`;
}

/** Picks the French or English text. */
export function pick(lang: string, fr: string, en: string): string {
  return lang === 'en' ? en : fr;
}

/**
 * The French or English half of a bilingual source description written "français / English";
 * other descriptions are returned whole.
 */
export function descriptionIn(description: string | undefined, lang: string): string {
  if (!description) return '';
  const parts = description.split(' / ');
  // "4 px (boutons arrondis / rounded buttons)": the split falls inside brackets, keep it whole.
  const balanced = (text: string) => (text.match(/\(/g) ?? []).length === (text.match(/\)/g) ?? []).length;
  if (parts.length !== 2 || !parts.every(balanced)) return description;
  return (lang === 'en' ? parts[1] : parts[0])!.trim();
}

/** Registers a Storybook-only helper element once (stories modules can be re-evaluated by HMR). */
export function defineOnce(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
