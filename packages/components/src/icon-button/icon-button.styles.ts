import { css } from 'lit';
import { srOnly } from '../internal/styles.js';

/**
 * qc-icon-button's light-DOM styles (adopted once per root, in `@layer qc-ds`, so any page rule
 * wins). Tokens only. Every size is at least the 24 px minimum target (WCAG 2.5.8); the focus ring
 * is an outline, which forced colours keep.
 */
export const iconButtonStyles = css`
  @layer qc-ds {
    :where(qc-icon-button) {
      display: inline-flex;
      vertical-align: middle;
    }
    :where(qc-icon-button) > :where(button) {
      --_size: var(--qc-icon-button-size-xl);
      display: inline-flex;
      align-items: center;
      justify-content: center;
      flex-shrink: 0;
      box-sizing: border-box;
      inline-size: var(--_size);
      block-size: var(--_size);
      min-inline-size: var(--qc-target-min-size);
      min-block-size: var(--qc-target-min-size);
      margin: 0;
      padding: 0;
      border: var(--qc-icon-button-border-width) solid transparent;
      border-radius: var(--qc-radius-sm);
      background: transparent;
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
    :where(qc-icon-button) > :where(button[data-qc-size='sm']) {
      --_size: var(--qc-icon-button-size-sm);
    }
    :where(qc-icon-button) > :where(button[data-qc-size='md']) {
      --_size: var(--qc-icon-button-size-md);
    }
    :where(qc-icon-button) > :where(button[data-qc-size='nm']) {
      --_size: var(--qc-icon-button-size-nm);
    }
    :where(qc-icon-button) > :where(button[data-qc-size='lg']) {
      --_size: var(--qc-icon-button-size-lg);
    }
    :where(qc-icon-button) > :where(button:hover:not(:disabled)) {
      background: var(--qc-color-surface-subtle);
    }
    :where(qc-icon-button) > :where(button:focus-visible) {
      outline: var(--qc-focus-ring-width) solid var(--qc-color-focus-ring);
      outline-offset: var(--qc-focus-ring-offset);
    }
    :where(qc-icon-button) > :where(button:disabled) {
      color: var(--qc-color-text-disabled);
      cursor: not-allowed;
    }
    /* The name: read by screen readers, not shown (the icon says it visually). */
    :where(qc-icon-button) :where([data-qc-part='label']) {
      ${srOnly}
    }
    @media (forced-colors: active) {
      :where(qc-icon-button) > :where(button) {
        border-color: ButtonText;
        color: ButtonText;
      }
      :where(qc-icon-button) > :where(button:disabled) {
        border-color: GrayText;
        color: GrayText;
      }
    }
  }
`;
