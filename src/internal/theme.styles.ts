import { css } from 'lit';

/**
 * The tokens the charts share: category colours, grid, focus, text and background, light and
 * dark. Defaults repeat `palette.ts` (its test compares them). Private `--_*` properties carry the
 * resolved values, so a `--kr-*` property set on any ancestor still reaches the element; the
 * `cat-<category>` classes put a category's colour into `--_cat`. Each element documents the
 * `--kr-*` properties it honours in its own JSDoc.
 *
 * Light and dark: each default is written once, as `--_<token>-light` and `--_<token>-dark`. Where
 * the browser knows `light-dark()`, a token is `light-dark(<light>, <dark>)`, and the element's
 * `color-scheme` picks: `light dark` by default (the OS decides), so a page rule such as
 * `kompetenz-rad { color-scheme: light }` keeps it light, as the browser's own form controls.
 * Elsewhere `prefers-color-scheme` picks, as before; the `light-dark()` rule comes last and wins
 * where it is known (a custom property holding it would make every colour that uses it invalid
 * where it is not). Element styles do the same for their own tokens.
 */
export const themeStyles = css`
  :host {
    --_digital-light: #1565c0;
    --_methode-light: #b45309;
    --_sozial-light: #2e7d32;
    --_personal-light: #7b1fa2;
    --_grid-light: #767676;
    --_focus-light: #0b57d0;
    --_text-light: #1f1f1f;
    --_muted-light: #595959;
    --_bg-light: #ffffff;
    --_digital-dark: #64b5f6;
    --_methode-dark: #f59e0b;
    --_sozial-dark: #81c784;
    --_personal-dark: #ce93d8;
    --_grid-dark: #8f8f8f;
    --_focus-dark: #8ab4f8;
    --_text-dark: #ececec;
    --_muted-dark: #b0b0b0;
    --_bg-dark: #1b1b1f;
    --_digital: var(--kr-color-digital, var(--_digital-light));
    --_methode: var(--kr-color-methode, var(--_methode-light));
    --_sozial: var(--kr-color-sozial, var(--_sozial-light));
    --_personal: var(--kr-color-personal, var(--_personal-light));
    --_grid: var(--kr-grid-color, var(--_grid-light));
    --_focus: var(--kr-focus-color, var(--_focus-light));
    --_text: var(--kr-text-color, var(--_text-light));
    --_muted: var(--kr-muted-color, var(--_muted-light));
    --_bg: var(--kr-background, var(--_bg-light));
    color: var(--_text);
    background: var(--_bg);
    color-scheme: light dark;
    line-height: 1.4;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_digital: var(--kr-color-digital, var(--_digital-dark));
      --_methode: var(--kr-color-methode, var(--_methode-dark));
      --_sozial: var(--kr-color-sozial, var(--_sozial-dark));
      --_personal: var(--kr-color-personal, var(--_personal-dark));
      --_grid: var(--kr-grid-color, var(--_grid-dark));
      --_focus: var(--kr-focus-color, var(--_focus-dark));
      --_text: var(--kr-text-color, var(--_text-dark));
      --_muted: var(--kr-muted-color, var(--_muted-dark));
      --_bg: var(--kr-background, var(--_bg-dark));
    }
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_digital: var(--kr-color-digital, light-dark(var(--_digital-light), var(--_digital-dark)));
      --_methode: var(--kr-color-methode, light-dark(var(--_methode-light), var(--_methode-dark)));
      --_sozial: var(--kr-color-sozial, light-dark(var(--_sozial-light), var(--_sozial-dark)));
      --_personal: var(--kr-color-personal, light-dark(var(--_personal-light), var(--_personal-dark)));
      --_grid: var(--kr-grid-color, light-dark(var(--_grid-light), var(--_grid-dark)));
      --_focus: var(--kr-focus-color, light-dark(var(--_focus-light), var(--_focus-dark)));
      --_text: var(--kr-text-color, light-dark(var(--_text-light), var(--_text-dark)));
      --_muted: var(--kr-muted-color, light-dark(var(--_muted-light), var(--_muted-dark)));
      --_bg: var(--kr-background, light-dark(var(--_bg-light), var(--_bg-dark)));
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
