import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { QcLightElement } from '../internal/qc-element.js';
import { LocalizeController } from '../internal/localize.js';
import { LightDomController } from '../internal/controllers/light-dom.js';
import { adoptLightStyles } from '../internal/light-styles.js';
import { booleanConverter } from '../internal/converters.js';
import { PART } from '../internal/part.js';
import { loadSearchDependency } from '../internal/search-dependencies.js';
import type { QcSearchInput } from '../search-input/search-input.js';
import { searchInputStyles } from '../search-input/search-input.styles.js';
import { searchBarStrings } from './search-bar.strings.js';
import { searchBarStyles } from './search-bar.styles.js';

/** The values `size` accepts: `default` (640 px at most) or `full-width` (the width of its column). */
export const searchBarSizes = ['default', 'full-width'] as const;
export type SearchBarSize = (typeof searchBarSizes)[number];

/** Forwarded attributes the element sets itself (`input-name`, `input-value`, the submit's `type`). */
const managed: Record<string, readonly string[]> = { input: ['name', 'value', 'type'], submit: ['type'], search: [] };

/**
 * A search bar for a site or a section: a `<search>` landmark holding a search field
 * (`<qc-search-input>` around a native `<input type="search" name="q">`) and a submit button with a
 * search icon, named « Lancer la recherche » / "Submit search".
 *
 * Put it in your `<form action="…">` (a developer warning says when there is none): Enter in the
 * field or the button submits the form with `q=<what was typed>` (`input-name` changes the name),
 * through the browser, so it works before and without any script of yours.
 *
 * Compatible with the incumbent toolkit: `input-value`, `input-name` (or `name`), `piv-background`,
 * and any `input-*` attribute goes to the field (`input-placeholder`, `input-aria-label`,
 * `input-id`, `input-maxlength`…), any `submit-*` attribute to the button (`submit-aria-label`,
 * `submit-name`, `submit-value`…), any `search-*` attribute to the landmark (`search-aria-label`
 * names it when a page has several). Event-handler attributes (`input-onclick`…) are not forwarded.
 * When the bar sits in a search landmark already (`<search>` or `role="search"`), it adds none.
 *
 * An `<input>` and a `<button>` written inside the element (to work without JavaScript) are
 * adopted, not duplicated.
 *
 * @summary Search bar: a search landmark with a search field and a named submit button.
 *
 * @slot - Optional: a native `<input type="search">` and a submit `<button>`, adopted; created when absent.
 *
 * @event {CustomEvent<string>} qc-change - From its `<qc-search-input>`: the value changed (see that element).
 *
 * @cssprop --qc-search-bar-max-width - Maximum width of the bar (640 px) unless `size="full-width"`.
 * @cssprop --qc-search-bar-submit-size - Width and height of the submit button (40 px).
 *
 * @status experimental
 * @since 0.1.0
 */
export class QcSearchBar extends QcLightElement {
  /** Light-DOM rules this element adopts (see `adoptLightStyles`); the build writes them all to `light-dom.css`. */
  static readonly lightStyles = [searchInputStyles, searchBarStyles];

  /** Initial value of the field (what `form.reset()` restores). */
  @property({ attribute: 'input-value' }) inputValue: string | null = null;
  /** Name of the field in the form data (default `q`). */
  @property({ attribute: 'input-name' }) inputName: string | null = null;
  /** The incumbent documentation's spelling of `input-name` (`input-name` wins when both are set). */
  @property() name: string | null = null;
  /** The look for a bar on the PIV blue band (white field, white button). */
  @property({ attribute: 'piv-background', type: Boolean, reflect: true, converter: booleanConverter })
  pivBackground = false;
  /** `full-width` takes the width of its column; by default the bar is at most 640 px wide. */
  @property({ reflect: true }) size: SearchBarSize | null = null;

  private readonly localize = new LocalizeController(this, searchBarStrings);
  private container: HTMLElement | undefined;
  private field: HTMLElement | undefined;
  private input: HTMLInputElement | undefined;
  private submit: HTMLButtonElement | undefined;
  /** Attribute names forwarded last time, per target, so a removed `input-*` is removed too. */
  private readonly forwarded = new Map<string, Set<string>>();
  private formChecked = false;

  constructor() {
    super();
    new LightDomController(this, {
      // The host's own attributes (`input-*`, `submit-*` are not reactive properties) and children.
      config: { attributes: true, childList: true },
      callback: (records) => {
        const attributes = records.some(
          (record) => record.type === 'attributes' && /^(input|submit|search)-/.test(record.attributeName ?? ''),
        );
        const lost = [this.container, this.field, this.input, this.submit].some((node) => node && !this.contains(node));
        if (attributes || lost) this.requestUpdate();
      },
    });
  }

  /** The native search input. */
  get control(): HTMLInputElement | null {
    return this.input ?? this.querySelector('input');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this, QcSearchBar);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('size')) this.validEnum('size', this.size, searchBarSizes, 'default');
    const first = !this.input;
    this.build();
    const input = this.input!;
    const name = this.inputName?.trim() || this.name?.trim() || (input.hasAttribute(PART) ? '' : input.name) || 'q';
    if (input.getAttribute('name') !== name) input.name = name;
    if (first) {
      if (this.inputValue !== null && !input.hasAttribute('value')) input.setAttribute('value', this.inputValue);
    } else if (changed.has('inputValue')) {
      this.setValue(this.inputValue ?? '');
    }
    this.forward('input', input, {
      'aria-label': this.localize.term('searchBarLabel'),
      placeholder: this.localize.term('searchBarPlaceholder'),
      autocomplete: 'off',
    });
    this.forward('submit', this.submit!, { 'aria-label': this.localize.term('searchBarSubmit') });
    this.forward('search', this.container!, {});
    this.checkForm();
  }

  /** Creates (or adopts, or puts back) the landmark, the field, its input and the submit button. */
  private build(): void {
    const authoredInput = this.input ?? this.querySelector<HTMLInputElement>(':scope > input, :scope input');
    const authoredSubmit = this.submit ?? this.querySelector<HTMLButtonElement>(':scope button');
    if (!this.container) {
      // One search landmark: none of ours when the author's form is one already.
      const inLandmark = !!this.parentElement?.closest('search, [role="search" i]');
      this.container = document.createElement(inLandmark ? 'div' : 'search');
      this.container.className = 'qc-search-bar';
      this.container.setAttribute(PART, 'search');
    }
    if (!this.field) {
      this.field = document.createElement('qc-search-input');
      this.field.setAttribute(PART, 'field');
      loadSearchDependency('qc-search-input');
    }
    if (!this.input) {
      this.input = authoredInput ?? document.createElement('input');
      // Not `control`: that is what qc-search-input calls an input it created (and mirrors its own attributes to).
      if (!authoredInput) this.input.setAttribute(PART, 'input');
      this.input.type = 'search';
    }
    if (!this.submit) {
      this.submit = authoredSubmit ?? document.createElement('button');
      if (!authoredSubmit) this.submit.setAttribute(PART, 'submit');
      this.submit.classList.add('qc-search-bar-submit');
      if (!this.submit.textContent?.trim() && !this.submit.querySelector('qc-icon')) {
        const icon = document.createElement('qc-icon');
        icon.setAttribute('icon', 'search');
        icon.setAttribute('size', 'md');
        icon.setAttribute('aria-hidden', 'true');
        this.submit.append(icon);
        loadSearchDependency('qc-icon');
      }
    }
    this.submit.type = 'submit';
    if (this.container.parentElement !== this) this.append(this.container);
    if (this.field.parentElement !== this.container) this.container.prepend(this.field);
    if (this.input.parentElement !== this.field) this.field.prepend(this.input);
    if (this.submit.parentElement !== this.container) this.container.append(this.submit);
  }

  /** Sets the field's value from `input-value` (the field element keeps its `value` in step). */
  private setValue(value: string): void {
    const field = this.field as (HTMLElement & Partial<Pick<QcSearchInput, 'value'>>) | undefined;
    if (field && customElements.get('qc-search-input') && field.matches(':defined')) field.value = value;
    else if (this.input) this.input.value = value;
  }

  /**
   * Copies the host's `<prefix>-*` attributes to `target`, over `defaults`; removes what an earlier
   * pass copied and the host no longer has. Names the element sets itself, and event-handler
   * attributes, are never copied.
   */
  private forward(prefix: string, target: HTMLElement, defaults: Record<string, string>): void {
    const previous = this.forwarded.get(prefix) ?? new Set<string>();
    const wanted = new Map<string, string>();
    for (const { name, value } of this.attributes) {
      if (!name.startsWith(`${prefix}-`)) continue;
      const key = name.slice(prefix.length + 1);
      if (!key || managed[prefix]?.includes(key)) continue;
      if (key.startsWith('on')) {
        this.warnOnce(`on:${name}`, `${name} is not forwarded: event-handler attributes are ignored.`);
        continue;
      }
      wanted.set(key, value);
    }
    // Defaults go to the nodes the element created, never to an author's adopted input or button.
    if (target.hasAttribute(PART)) {
      for (const [key, value] of Object.entries(defaults)) if (!wanted.has(key)) wanted.set(key, value);
    }
    for (const key of previous) if (!wanted.has(key)) target.removeAttribute(key);
    for (const [key, value] of wanted) if (target.getAttribute(key) !== value) target.setAttribute(key, value);
    // Only what was copied is taken back later: the author's own attributes on an adopted node stay.
    this.forwarded.set(prefix, new Set(wanted.keys()));
  }

  private checkForm(): void {
    if (this.formChecked) return;
    this.formChecked = true;
    // A task later: a framework may put the bar in its form just after creating it.
    setTimeout(() => {
      if (this.isConnected && !this.input?.form)
        this.warnOnce(
          'no-form',
          'the search bar is not in a <form>: nothing is submitted. Put it in a <form action="…"> (GET).',
        );
    });
  }
}
