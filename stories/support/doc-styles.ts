// Shared look of the foundations pages (Storybook-only helper elements), from tokens only.
import { css } from 'lit';

export const docStyles = css`
  :host {
    display: block;
    color: var(--qc-color-text-primary);
    font-family: var(--qc-font-family-content);
    font-size: var(--qc-font-size-md);
    line-height: var(--qc-line-height-md);
  }
  h2,
  h3 {
    font-family: var(--qc-font-family-header);
    font-weight: var(--qc-font-weight-bold);
    color: var(--qc-color-text-primary);
  }
  h2 {
    font-size: var(--qc-font-size-h3);
    line-height: var(--qc-line-height-h3);
    margin: var(--qc-spacer-lg) 0 var(--qc-spacer-xs);
  }
  h2:first-child {
    margin-top: 0;
  }
  h3 {
    font-size: var(--qc-font-size-h5);
    line-height: var(--qc-line-height-h5);
    margin: var(--qc-spacer-md) 0 var(--qc-spacer-xs);
  }
  p {
    margin: 0 0 var(--qc-spacer-sm);
    max-width: var(--qc-max-content-width);
  }
  code {
    font-family: var(--qc-font-family-code);
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin: 0 0 var(--qc-spacer-md);
    font-size: var(--qc-font-size-sm);
    line-height: var(--qc-line-height-sm);
  }
  caption {
    text-align: start;
    font-weight: var(--qc-font-weight-bold);
    padding-block-end: var(--qc-spacer-xs);
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: var(--qc-spacer-xs);
    border-block-end: 1px solid var(--qc-color-border-subtle);
  }
  thead th {
    border-block-end: 2px solid var(--qc-color-border-default);
  }
  .muted {
    color: var(--qc-color-text-secondary);
  }
  .note {
    font-size: var(--qc-font-size-sm);
    line-height: var(--qc-line-height-sm);
    color: var(--qc-color-text-secondary);
  }
  .pass,
  .fail {
    display: inline-block;
    padding: 0 var(--qc-spacer-xxs);
    border: 1px solid currentColor;
    border-radius: var(--qc-radius-sm);
    font-weight: var(--qc-font-weight-semi-bold);
    white-space: nowrap;
  }
  .fail {
    color: var(--qc-color-text-error);
  }
  ul.plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
`;
