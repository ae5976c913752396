import { html, isServer, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PropertyValues } from 'lit';
import { QcElement } from '../internal/qc-element.js';
import { hostStyles } from '../internal/styles.js';
import { iconStyles } from './icon.styles.js';
import {
  getLoadedIcon,
  loadColorNames,
  loadIcon,
  normalizeName,
  onIconRegistered,
  type IconDefinition,
} from './library.js';

// The server entry's mark on a server-rendered host (internal/qc-element.ts `SSR_ATTRIBUTE`), written
// here rather than imported so the shared core of pages that are not server-rendered does not carry it.
const SSR_ATTRIBUTE = 'did-ssr';

/** Icon sizes: xs 12 · sm 16 · md 20 · nm 24 · lg 28 · xl 32 px (`--qc-icon-size-*` tokens). */
export const iconSizes = ['xs', 'sm', 'md', 'nm', 'lg', 'xl'] as const;
export type IconSize = (typeof iconSizes)[number];

/** A token name suffix: letters, digits, `-` and `_` only, so a value can never leave `var(…)`. */
const TOKEN_SUFFIX = /^[a-z0-9]+([-_][a-z0-9]+)*$/;

// ElementInternals ARIA (Chromium 90+, Safari 16.4+, Firefox 119+) keeps the author's attributes
// untouched; older engines get the same semantics as host attributes.
const internalsAria = typeof ElementInternals !== 'undefined' && 'ariaHidden' in ElementInternals.prototype;

/**
 * Draws one icon from the qc-ds set, or one a site registered with `registerIcon()`.
 *
 * Decorative by default: without `label` the icon is hidden from assistive technology
 * (`aria-hidden="true"`). With `label` it is an image (`role="img"`) named by that text. The
 * role, name and hidden state are set through `ElementInternals` where the browser supports it
 * (all current engines), otherwise as `role`, `aria-label` and `aria-hidden` attributes on the host;
 * ARIA attributes an author writes on the element take precedence.
 *
 * Glyphs are drawn from [Lucide](https://lucide.dev) (`lucide-static`, ISC licence; some glyphs
 * derive from Feather, MIT licence — notices in each generated module). Each glyph is its own
 * module, loaded the first time a page uses it and shared by every instance; the box is reserved
 * meanwhile, so nothing moves when it appears. The drawing is a Lit template (no `innerHTML`,
 * no network request): safe under a strict Content-Security-Policy and Trusted Types.
 *
 * | `icon` | Lucide glyph | | `icon` | Lucide glyph |
 * |---|---|---|---|---|
 * | `adresse` | `map-pin` | | `ligth-bulb`, `light-bulb` | `lightbulb` |
 * | `arrow-up` | `arrow-up` | | `minus` | `minus` |
 * | `calendar` | `calendar` | | `note` | `notebook-pen` |
 * | `checkmark` | `check` | | `phone` | `phone` |
 * | `chevron-up-thin` | `chevron-up`, stroke 1.5 | | `plus` | `plus` |
 * | `chevron-up` | `chevron-up` | | `question-mark` | `circle-question-mark` |
 * | `clipboard` | `clipboard` | | `question-tooltip` | `circle-question-mark`, filled |
 * | `clock` | `clock` | | `search-thin` | `search`, stroke 1.5 |
 * | `email` | `mail` | | `search` | `search` |
 * | `error` | `circle-x` | | `success` | `circle-check` |
 * | `exclamation` | `circle-alert` | | `user` | `user` |
 * | `external-link` | `external-link` | | `warning` | `triangle-alert` |
 * | `information-tooltip` | `info`, filled | | `website` | `globe` |
 * | `information` | `info` | | `xclose` | `x` |
 *
 * Colour: without `color` the icon uses `currentColor`, so it follows the text it sits in — white
 * in a primary button, the link colour in a link. (The incumbent painted every icon
 * `text-primary` by default, which made icons in buttons and links the wrong colour; in body text
 * styled by `@qc-ds/styles` base CSS, `currentColor` is `text-primary` anyway.) In forced-colors
 * mode the glyph takes the system text colour.
 *
 * Compatibility with `qc-trousse-sdg` 1.5: `icon`, `type` (alias, now reactive), `label`, `size`,
 * `color` and `rotate` work as before. `width` and `height` are not supported (use `size`, or
 * CSS `width`/`height` on the element); `src` is not supported (it would make a network request;
 * register the drawing with `registerIcon()`, exported by `@qc-ds/components/qc-icon.js`, instead)
 * and prints a warning.
 *
 * @summary An icon, decorative or labelled, sized and coloured by design tokens.
 *
 * @csspart svg - The `<svg>` element that draws the glyph.
 *
 * @cssprop --qc-icon-size-xs - Box of `size="xs"` (12 px).
 * @cssprop --qc-icon-size-sm - Box of `size="sm"` (16 px).
 * @cssprop --qc-icon-size-md - Box of `size="md"`, the default (20 px).
 * @cssprop --qc-icon-size-nm - Box of `size="nm"` (24 px).
 * @cssprop --qc-icon-size-lg - Box of `size="lg"` (28 px).
 * @cssprop --qc-icon-size-xl - Box of `size="xl"` (32 px).
 *
 * @status stable
 * @since 0.1.0
 */
export class QcIcon extends QcElement {
  static override styles = [hostStyles, iconStyles];

  /** Name of the icon to draw (for example `information`, `xclose`, or a registered name). */
  @property() icon: string | null = null;

  /** The incumbent's name for `icon`; used when `icon` is not set. */
  @property() type: string | null = null;

  /** Accessible name. When set the icon is an image with this name; without it the icon is decorative. Always shown as text. */
  @property() label: string | null = null;

  /** Box size: `xs` 12 · `sm` 16 · `md` 20 · `nm` 24 · `lg` 28 · `xl` 32 px. */
  @property() size: IconSize = 'md';

  /**
   * Colour as a colour token name without `--qc-color-` (`blue-piv`, `text-primary`,
   * `feedback-warning-icon`…). Anything else (hex, `rgb()`, unknown names) is ignored with a
   * warning. Without it the icon follows the text colour (`currentColor`).
   */
  @property() color: string | null = null;

  /** Rotation in degrees, clockwise (`rotate="180"` turns `arrow-up` down). */
  @property({ type: Number }) rotate = 0;

  /** Not supported (it would load an image from the network): register the icon with `registerIcon()` instead. */
  @property() src: string | null = null;

  /** The loaded glyph, or undefined while loading or when the name is unknown. */
  @state() private glyph: IconDefinition | undefined = undefined;

  private readonly internals: ElementInternals | undefined;
  private currentName = '';
  private currentColor = '';
  private work: Promise<unknown> | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor() {
    super();
    // On the server, plain attributes (Lit SSR would reflect internals with markers that hydration
    // removes along with the attributes, whichever way the browser exposes them); a server-rendered
    // icon keeps using them.
    this.internals =
      internalsAria && !isServer && !this.hasAttribute(SSR_ATTRIBUTE) ? this.attachInternals() : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = onIconRegistered((name) => {
      if (name === this.currentName) this.glyph = getLoadedIcon(name);
    });
    // Decorative until proven otherwise, before the first render.
    this.applyAria();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('icon') || changed.has('type')) this.resolveGlyph();
    if (changed.has('label')) this.applyAria();
    if (changed.has('size')) this.applySize();
    if (changed.has('color')) this.applyColor();
    if (changed.has('rotate')) this.applyRotate();
    if (changed.has('src') && this.src !== null && this.src !== undefined) {
      this.warnOnce('src', 'src is not supported (no network requests); use registerIcon().');
    }
  }

  protected override render() {
    const glyph = this.glyph;
    if (!glyph) return nothing;
    return html`<svg part="svg" viewBox=${glyph.viewBox} aria-hidden="true">${glyph.template}</svg>`;
  }

  // A server-rendered icon drew its glyph (the server loads them all): the hydrating render must draw
  // it too, so it waits for the glyph (Lit's hydration expects the server's template).
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!isServer && !this.hasUpdated && this.hasAttribute(SSR_ATTRIBUTE)) {
      const name = normalizeName(this.icon) || normalizeName(this.type);
      if (name && !getLoadedIcon(name)) await loadIcon(name);
    }
    return super.scheduleUpdate();
  }

  /** Also waits for the glyph and colour checks in flight, so `await el.updateComplete` shows the icon. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.work) {
      const work = this.work;
      await work;
      if (this.work === work) this.work = undefined;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  private track(work: Promise<unknown>): void {
    const previous = this.work;
    this.work = previous ? Promise.all([previous, work]) : work;
  }

  private resolveGlyph(): void {
    const name = normalizeName(this.icon) || normalizeName(this.type);
    this.currentName = name;
    if (!name) {
      this.glyph = undefined;
      return;
    }
    const loaded = getLoadedIcon(name);
    if (loaded) {
      this.glyph = loaded;
      return;
    }
    this.glyph = undefined;
    this.track(
      loadIcon(name).then((glyph) => {
        // The name may have changed while this one loaded.
        if (this.currentName !== name) return;
        this.glyph = glyph;
        if (!glyph) this.warnOnce(`icon:${name}`, `unknown icon "${name}".`);
      }),
    );
  }

  private applyAria(): void {
    const label = String(this.label ?? '').trim();
    const role = label ? 'img' : null;
    const hidden = label ? null : 'true';
    if (this.internals) {
      this.internals.role = role;
      this.internals.ariaLabel = label || null;
      this.internals.ariaHidden = hidden;
      return;
    }
    const attributes = { role, 'aria-label': label || null, 'aria-hidden': hidden };
    for (const [name, value] of Object.entries(attributes)) {
      if (value) this.setAttribute(name, value);
      else this.removeAttribute(name);
    }
  }

  /** Sets, or with `null` removes, one of the host's private custom properties (CSSOM, CSP-safe). */
  private setVar(name: 'size' | 'color' | 'rotate', value: string | null): void {
    // No CSSOM on the server (and a style attribute would break a strict CSP): set on hydration.
    if (isServer) return;
    if (value === null) this.style.removeProperty(`--_qc-icon-${name}`);
    else this.style.setProperty(`--_qc-icon-${name}`, value);
  }

  private applySize(): void {
    const size = this.validEnum('size', this.size, iconSizes, 'md');
    this.setVar('size', size === 'md' ? null : `var(--qc-icon-size-${size})`);
  }

  private applyColor(): void {
    const raw = this.color;
    const name = normalizeName(raw);
    const valid = TOKEN_SUFFIX.test(name);
    this.currentColor = name;
    // Applied at once (an unknown name inside var() simply inherits), then checked against the
    // token list, which is loaded only by pages that use `color`.
    this.setVar('color', valid ? `var(--qc-color-${name})` : null);
    if (!name) return;
    const invalid = () => {
      this.setVar('color', null);
      this.warnOnce(`color:${raw}`, `invalid color="${raw}"; expected a colour token name (blue-piv, text-primary…).`);
    };
    if (!valid) return invalid();
    this.track(
      loadColorNames().then(
        (names) => {
          if (this.currentColor === name && !names.has(name)) invalid();
        },
        // Without the list (chunk failed to load) keep the colour: var() of an unknown name inherits anyway.
        () => undefined,
      ),
    );
  }

  private applyRotate(): void {
    const raw: unknown = this.rotate;
    const degrees = raw === null || raw === undefined ? 0 : Number(raw);
    const valid = Number.isFinite(degrees);
    if (!valid) {
      const written = this.getAttribute('rotate') ?? String(raw);
      this.warnOnce(`rotate:${written}`, `invalid rotate="${written}"; expected degrees.`);
    }
    this.setVar('rotate', valid && degrees !== 0 ? `${degrees}deg` : null);
  }
}
