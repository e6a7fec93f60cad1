import { css } from 'lit';

/**
 * Styles every kompetenzrad element shares: host defaults, the input-problem notice and the
 * `.visually-hidden` utility. Include it first: `static styles = [krElementStyles, myStyles]`.
 */
export const krElementStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--kr-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  [part='notice'] {
    margin: 0 0 0.5em;
    color: var(--kr-notice-color, #6b2c00);
    background: var(--kr-notice-background, #fff4e5);
    border-inline-start: 4px solid var(--kr-notice-border, #b35900);
    font-size: 0.875em;
    line-height: 1.4;
  }
  [part='notice'].empty {
    margin: 0;
    border: 0;
    padding: 0;
  }
  [part='notice']:not(.empty) {
    padding: 0.5em 0.75em;
  }
  [part='notice'] ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  @media (prefers-color-scheme: dark) {
    [part='notice'] {
      color: var(--kr-notice-color, #ffd8b0);
      background: var(--kr-notice-background, #3a2410);
      border-color: var(--kr-notice-border, #ffa657);
    }
  }
  @media (forced-colors: active) {
    [part='notice'] {
      color: CanvasText;
      background: Canvas;
      border-color: CanvasText;
    }
  }
  @media print {
    [part='notice'] {
      color: #000;
      background: none;
      border-color: #000;
    }
  }
`;
