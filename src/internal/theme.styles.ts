import { css } from 'lit';

/**
 * The tokens the charts share: category colours, grid, focus, text and background, light and
 * dark. Defaults repeat `palette.ts` (its test compares them). Private `--_*` properties carry the
 * resolved values, so a `--kr-*` property set on any ancestor still reaches the element; the
 * `cat-<category>` classes put a category's colour into `--_cat`. Each element documents the
 * `--kr-*` properties it honours in its own JSDoc.
 */
export const themeStyles = css`
  :host {
    --_digital: var(--kr-color-digital, #1565c0);
    --_methode: var(--kr-color-methode, #b45309);
    --_sozial: var(--kr-color-sozial, #2e7d32);
    --_personal: var(--kr-color-personal, #7b1fa2);
    --_grid: var(--kr-grid-color, #767676);
    --_focus: var(--kr-focus-color, #0b57d0);
    --_text: var(--kr-text-color, #1f1f1f);
    --_muted: var(--kr-muted-color, #595959);
    --_bg: var(--kr-background, #ffffff);
    color: var(--_text);
    background: var(--_bg);
    color-scheme: light dark;
    line-height: 1.4;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_digital: var(--kr-color-digital, #64b5f6);
      --_methode: var(--kr-color-methode, #f59e0b);
      --_sozial: var(--kr-color-sozial, #81c784);
      --_personal: var(--kr-color-personal, #ce93d8);
      --_grid: var(--kr-grid-color, #8f8f8f);
      --_focus: var(--kr-focus-color, #8ab4f8);
      --_text: var(--kr-text-color, #ececec);
      --_muted: var(--kr-muted-color, #b0b0b0);
      --_bg: var(--kr-background, #1b1b1f);
    }
  }
  .cat-digital {
    --_cat: var(--_digital);
  }
  .cat-methode {
    --_cat: var(--_methode);
  }
  .cat-sozial {
    --_cat: var(--_sozial);
  }
  .cat-personal {
    --_cat: var(--_personal);
  }
`;
