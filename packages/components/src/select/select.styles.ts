import { css } from 'lit';

/**
 * qc-select's light-DOM styles (adopted once per root, in `@layer qc-ds`). Tokens only. The shared
 * field rules (`fieldStyles`) have zero specificity; the few rules here that must win over them
 * (the select's arrow, the hidden select) carry an element or class selector outside `:where()`.
 */
export const selectStyles = css`
  @layer qc-ds {
    /* Widths (the native select, or the enhanced combobox). */
    :where(qc-select) :where(select, .qc-select-combo) {
      max-width: var(--qc-size-max-width-md);
    }
    :where(qc-select[width='xs']) :where(select, .qc-select-combo) {
      max-width: var(--qc-size-max-width-xs);
    }
    :where(qc-select[width='sm']) :where(select, .qc-select-combo) {
      max-width: var(--qc-size-max-width-sm);
    }
    :where(qc-select[width='md']) :where(select, .qc-select-combo) {
      max-width: var(--qc-size-max-width-md);
    }
    :where(qc-select[width='lg']) :where(select, .qc-select-combo) {
      max-width: var(--qc-size-max-width-lg);
    }
    :where(qc-select[width='xl']) :where(select, .qc-select-combo) {
      max-width: var(--qc-size-max-width-xl);
    }

    /*
     * Plain mode: the native select keeps its popup and keyboard; only its arrow is drawn, as a
     * chevron of two gradient strokes (no image: nothing for a Content-Security-Policy to block).
     */
    :where(qc-select) select,
    :where(qc-select) select:disabled {
      appearance: none;
      padding-inline-end: calc(2 * var(--qc-field-padding-inline) + 2 * var(--qc-select-arrow-size));
      background-image:
        linear-gradient(
          to top right,
          transparent calc(50% - var(--qc-select-arrow-thickness) / 2),
          currentColor calc(50% - var(--qc-select-arrow-thickness) / 2),
          currentColor calc(50% + var(--qc-select-arrow-thickness) / 2),
          transparent calc(50% + var(--qc-select-arrow-thickness) / 2)
        ),
        linear-gradient(
          to top left,
          transparent calc(50% - var(--qc-select-arrow-thickness) / 2),
          currentColor calc(50% - var(--qc-select-arrow-thickness) / 2),
          currentColor calc(50% + var(--qc-select-arrow-thickness) / 2),
          transparent calc(50% + var(--qc-select-arrow-thickness) / 2)
        );
      background-position:
        right calc(var(--qc-field-padding-inline) + var(--qc-select-arrow-size)) center,
        right var(--qc-field-padding-inline) center;
      background-size: var(--qc-select-arrow-size) var(--qc-select-arrow-size);
      background-repeat: no-repeat;
      text-overflow: ellipsis;
      cursor: pointer;
    }
    :where(qc-select) select:dir(rtl) {
      background-position:
        left var(--qc-field-padding-inline) center,
        left calc(var(--qc-field-padding-inline) + var(--qc-select-arrow-size)) center;
    }
    :where(qc-select) select:disabled {
      cursor: not-allowed;
    }
    /* The empty-value option (placeholder) is selected: its text reads as a placeholder. */
    :where(qc-select) select:has(> option[value='']:checked):not(:disabled) {
      color: var(--qc-color-field-placeholder);
    }
    :where(qc-select) :where(option) {
      color: var(--qc-color-field-text);
    }
    /* Enhanced mode: the select stays in the form, out of sight and of the accessibility tree. */
    :where(qc-select) select[hidden] {
      display: none;
    }

    /* Enhanced mode: the combobox. The box positions the arrow and the popup against it. */
    :where(qc-select) :where(.qc-select-box) {
      position: relative;
    }
    :where(qc-select) :where(.qc-select-trigger) {
      box-sizing: border-box;
      display: flex;
      align-items: center;
      width: 100%;
      min-height: max(var(--qc-target-min-size), var(--qc-field-min-height));
      margin: 0;
      padding-block: var(--qc-field-padding-block);
      padding-inline: var(--qc-field-padding-inline)
        calc(2 * var(--qc-field-padding-inline) + 2 * var(--qc-select-arrow-size));
      border: var(--qc-field-border-width) solid var(--qc-color-field-border);
      border-radius: var(--qc-radius-none);
      background: var(--qc-color-field-background);
      color: var(--qc-color-field-text);
      font: inherit;
      text-align: start;
      cursor: pointer;
    }
    :where(qc-select) :where(.qc-select-trigger):hover:not(:disabled) {
      border-color: var(--qc-color-field-border-hover);
    }
    :where(qc-select) :where(.qc-select-trigger):focus-visible {
      outline: var(--qc-focus-ring-width) solid var(--qc-color-focus-ring);
      outline-offset: var(--qc-focus-ring-offset);
      border-color: var(--qc-color-field-border-focus);
    }
    :where(qc-select) :where(.qc-select-trigger)[aria-invalid='true'] {
      border-color: var(--qc-color-field-border-invalid);
      box-shadow: inset 0 0 0 calc(var(--qc-field-border-width-invalid) - var(--qc-field-border-width))
        var(--qc-color-field-border-invalid);
    }
    :where(qc-select) :where(.qc-select-trigger):disabled {
      border-color: var(--qc-color-field-border-disabled);
      background: var(--qc-color-field-background-disabled);
      color: var(--qc-color-field-text-disabled);
      cursor: not-allowed;
    }
    /* The selection of a multiple list wraps: every label stays readable, none cut by an ellipsis. */
    :where(qc-select) :where(.qc-select-value) {
      min-width: 0;
      overflow-wrap: anywhere;
    }
    /* Multiple with search: the selection on its own line under the search box. */
    :where(qc-select) :where(.qc-select-selection) {
      margin-block-start: var(--qc-spacer-xxs);
      color: var(--qc-color-text-primary);
      font-size: var(--qc-font-size-sm);
      line-height: var(--qc-line-height-sm);
      overflow-wrap: anywhere;
    }
    :where(qc-select) .qc-select-selection[hidden] {
      display: none;
    }
    :where(qc-select) :where(.qc-select-placeholder) {
      color: var(--qc-color-field-placeholder);
    }
    :where(qc-select) :where(.qc-select-trigger:disabled .qc-select-placeholder) {
      color: inherit;
    }
    :where(qc-select) .qc-select-search {
      padding-inline-end: calc(2 * var(--qc-field-padding-inline) + 2 * var(--qc-select-arrow-size));
      text-overflow: ellipsis;
    }
    /* A chevron drawn with borders (still visible in forced colors). */
    :where(qc-select) :where(.qc-select-arrow) {
      position: absolute;
      inset-block-start: 50%;
      /* Rotated, a square of 1.25 × the size spans what the plain select's chevron spans. */
      inset-inline-end: calc(var(--qc-field-padding-inline) + var(--qc-select-arrow-size) * 0.375);
      box-sizing: border-box;
      width: calc(var(--qc-select-arrow-size) * 1.25);
      height: calc(var(--qc-select-arrow-size) * 1.25);
      border-style: solid;
      border-color: var(--qc-color-field-text);
      border-width: 0 var(--qc-select-arrow-thickness) var(--qc-select-arrow-thickness) 0;
      transform: translateY(-75%) rotate(45deg);
      pointer-events: none;
    }
    :where(qc-select) :where(:disabled + .qc-select-arrow) {
      border-color: var(--qc-color-field-text-disabled);
    }

    /* The popup and its listbox. AnchoredOverlay places it (top layer, under or above the combobox,
       at least as wide, within the viewport); these rules give its look and undo the UA popover's. */
    :where(qc-select) :where(.qc-select-popup) {
      --qc-overlay-max-width: var(--qc-size-max-width-md);
      z-index: var(--qc-select-popup-z-index);
      box-sizing: border-box;
      width: max-content;
      margin-block: var(--qc-spacer-xxs);
      padding: 0;
      overflow: visible;
      border: var(--qc-field-border-width) solid var(--qc-color-border-default);
      background: var(--qc-color-surface-default);
      box-shadow: var(--qc-shadow-2);
      color: var(--qc-color-text-primary);
    }
    /* The listbox scrolls (a combobox popup: keyboard users move through it with the arrows). */
    :where(qc-select) :where(.qc-select-listbox) {
      position: relative;
      box-sizing: border-box;
      max-height: var(--qc-select-listbox-max-height);
      overflow-y: auto;
      overscroll-behavior: contain;
    }
    :where(qc-select) :where(.qc-select-option, .qc-select-group-label, .qc-select-empty) {
      position: relative;
      min-height: var(--qc-target-min-size);
      padding-block: var(--qc-spacer-xs);
      padding-inline: calc(var(--qc-spacer-sm) + var(--qc-icon-size-sm)) var(--qc-spacer-sm);
      overflow-wrap: anywhere;
    }
    :where(qc-select) :where(.qc-select-option) {
      cursor: pointer;
    }
    :where(qc-select) .qc-select-option[hidden],
    :where(qc-select) .qc-select-group[hidden],
    :where(qc-select) .qc-select-listbox[hidden] {
      display: none;
    }
    :where(qc-select) :where(.qc-select-option):hover {
      background: var(--qc-color-surface-subtle);
    }
    :where(qc-select) :where(.qc-select-option-active) {
      outline: var(--qc-focus-ring-width) solid var(--qc-color-focus-ring);
      outline-offset: calc(-1 * var(--qc-focus-ring-width));
      background: var(--qc-color-surface-subtle);
    }
    :where(qc-select) :where(.qc-select-option-selected) {
      font-weight: var(--qc-font-weight-semi-bold);
    }
    :where(qc-select) :where(.qc-select-option[aria-disabled='true']) {
      color: var(--qc-color-text-disabled);
      cursor: not-allowed;
    }
    :where(qc-select) :where(.qc-select-option-empty) {
      color: var(--qc-color-text-secondary);
    }
    :where(qc-select) :where(.qc-select-group-label) {
      padding-inline-start: var(--qc-spacer-sm);
      color: var(--qc-color-text-secondary);
      font-size: var(--qc-font-size-sm);
      font-weight: var(--qc-font-weight-bold);
      line-height: var(--qc-line-height-sm);
    }
    :where(qc-select) :where(.qc-select-empty) {
      color: var(--qc-color-text-secondary);
    }

    /* Check mark of the selected option (single), and check boxes (multiple). */
    :where(qc-select) :where(.qc-select-option-selected)::after {
      content: '';
      position: absolute;
      inset-block-start: calc(var(--qc-spacer-xs) + var(--qc-line-height-md) / 2);
      inset-inline-start: calc(var(--qc-spacer-xs) + var(--qc-icon-size-sm) / 2);
      box-sizing: border-box;
      width: calc(var(--qc-select-arrow-size) * 0.75);
      height: calc(var(--qc-select-arrow-size) * 1.5);
      border-style: solid;
      border-color: currentColor;
      border-width: 0 var(--qc-select-arrow-thickness) var(--qc-select-arrow-thickness) 0;
      transform: translate(-50%, -60%) rotate(45deg);
    }
    :where(qc-select) :where(.qc-select-listbox[aria-multiselectable='true'] .qc-select-option)::before {
      content: '';
      position: absolute;
      inset-block-start: calc(var(--qc-spacer-xs) + var(--qc-line-height-md) / 2);
      inset-inline-start: calc(var(--qc-spacer-xs) + var(--qc-icon-size-sm) / 2);
      box-sizing: border-box;
      width: var(--qc-icon-size-sm);
      height: var(--qc-icon-size-sm);
      border: var(--qc-field-choice-border-width) solid var(--qc-color-border-strong);
      background: var(--qc-color-field-background);
      transform: translate(-50%, -50%);
    }
    :where(qc-select) :where(.qc-select-listbox[aria-multiselectable='true'] .qc-select-option-selected)::before {
      border-color: var(--qc-color-action-primary-background);
      background: var(--qc-color-action-primary-background);
    }
    :where(qc-select) :where(.qc-select-listbox[aria-multiselectable='true'] .qc-select-option-selected)::after {
      width: calc(var(--qc-select-arrow-size) * 0.625);
      height: calc(var(--qc-select-arrow-size) * 1.125);
      border-color: var(--qc-color-action-primary-text);
    }
    :where(qc-select)
      :where(.qc-select-listbox[aria-multiselectable='true'] .qc-select-option[aria-disabled='true'])::before {
      border-color: var(--qc-color-field-border-disabled);
      background: var(--qc-color-field-background-disabled);
    }

    @media (forced-colors: active) {
      /* Gradients are dropped in forced colors: the native arrow comes back. */
      :where(qc-select) select,
      :where(qc-select) select:disabled {
        appearance: auto;
        padding-inline-end: var(--qc-field-padding-inline);
      }
      :where(qc-select) :where(.qc-select-trigger)[aria-invalid='true'] {
        border-style: double;
        border-width: calc(3 * var(--qc-field-border-width));
      }
      :where(qc-select) :where(.qc-select-option-active) {
        outline-color: Highlight;
      }
      :where(qc-select) :where(.qc-select-option[aria-disabled='true']) {
        color: GrayText;
      }
    }
  }
`;
