import { css } from 'lit';

/**
 * Styles every kompetenzrad element shares: host defaults, the input-problem notice, the
 * `.visually-hidden` utility and the text-metrics probe (`TextMetricsController`). Include it first:
 * `static styles = [krElementStyles, myStyles]`.
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
  .text-probe {
    position: absolute;
    inline-size: 0;
    block-size: 0;
    overflow: hidden;
    visibility: hidden;
    pointer-events: none;
  }
  .text-probe > span {
    display: block;
    inline-size: max-content;
    white-space: pre;
  }
  [part='notice'] {
    --_notice-text-light: #6b2c00;
    --_notice-bg-light: #fff4e5;
    --_notice-border-light: #b35900;
    --_notice-text-dark: #ffd8b0;
    --_notice-bg-dark: #3a2410;
    --_notice-border-dark: #ffa657;
    margin: 0 0 0.5em;
    color: var(--kr-notice-color, var(--_notice-text-light));
    background: var(--kr-notice-background, var(--_notice-bg-light));
    border-inline-start: 4px solid var(--kr-notice-border, var(--_notice-border-light));
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
  /* Light and dark as in theme.styles.ts: the OS decides, or the element's color-scheme where
     light-dark() is known (the provider has none of its own: it follows the page's). */
  @media (prefers-color-scheme: dark) {
    [part='notice'] {
      color: var(--kr-notice-color, var(--_notice-text-dark));
      background: var(--kr-notice-background, var(--_notice-bg-dark));
      border-color: var(--kr-notice-border, var(--_notice-border-dark));
    }
  }
  @supports (color: light-dark(#000, #fff)) {
    [part='notice'] {
      color: var(--kr-notice-color, light-dark(var(--_notice-text-light), var(--_notice-text-dark)));
      background: var(--kr-notice-background, light-dark(var(--_notice-bg-light), var(--_notice-bg-dark)));
      border-color: var(--kr-notice-border, light-dark(var(--_notice-border-light), var(--_notice-border-dark)));
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
