import { css } from 'lit';

/**
 * The host is the icon's box: its size comes from the `--qc-icon-size-*` tokens (md by default;
 * `qc-icon` points `--_qc-icon-size` at another token for other sizes), so the box is reserved
 * before the glyph has loaded and nothing shifts when it appears.
 */
export const iconStyles = css`
  :host {
    display: inline-block;
    flex: none;
    width: var(--_qc-icon-size, var(--qc-icon-size-md));
    height: var(--_qc-icon-size, var(--qc-icon-size-md));
    /* No colour: follow the surrounding text, as in a button or a link. */
    color: var(--_qc-icon-color, currentColor);
    vertical-align: middle;
    line-height: 0;
  }

  /* Lucide drawing conventions; registered icons set their own fill or stroke where they differ. */
  svg {
    display: block;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
    width: 100%;
    height: 100%;
    overflow: visible;
    transform: rotate(var(--_qc-icon-rotate, 0deg));
  }

  @media (forced-colors: active) {
    /* The glyph only uses currentColor, which the browser maps to the forced text colour
       (CanvasText, or ButtonText and LinkText inside buttons and links); keep it that way. */
    :host {
      forced-color-adjust: auto;
    }
  }
`;
