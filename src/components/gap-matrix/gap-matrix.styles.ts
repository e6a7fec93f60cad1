import { css } from 'lit';

/**
 * On top of the shared `themeStyles`: the shared tokens (`--kr-text-color`, `--kr-background`,
 * `--kr-muted-color`, `--kr-focus-color`, `--kr-grid-color`) reach the matrix, and its older own
 * names (`--kr-gap-matrix-color` …) still win when a page sets them.
 */
export const gapMatrixStyles = css`
  :host {
    --_line-light: #c4c4c4;
    --_head-bg-light: #f2f2f2;
    --_category-bg-light: #e8eef6;
    --_highlight-light: #6a1b9a;
    --_highlight-bg-light: #f3e5f5;
    --_g0-light: #e3f1e3;
    --_g1-light: #fde9c9;
    --_g2-light: #f8bf80;
    --_g3-light: #ec8a4b;
    --_a1-light: #e1edf8;
    --_a2-light: #c2d9f0;
    --_a3-light: #9dc0e6;
    --_l0-light: #f6f6f6;
    --_l1-light: #dcebf7;
    --_l2-light: #a9cdea;
    --_l3-light: #6fa8d9;
    --_line-dark: #4a525c;
    --_head-bg-dark: #232a32;
    --_category-bg-dark: #1f2c3d;
    --_highlight-dark: #e1bee7;
    --_highlight-bg-dark: #3d2645;
    --_g0-dark: #1f3a24;
    --_g1-dark: #4a3816;
    --_g2-dark: #6e4113;
    --_g3-dark: #8f3b0c;
    --_a1-dark: #1c2f44;
    --_a2-dark: #1f3d5e;
    --_a3-dark: #254c78;
    --_l0-dark: #22272d;
    --_l1-dark: #1c3148;
    --_l2-dark: #23476b;
    --_l3-dark: #2c5d8f;
    --_paper: var(--kr-gap-matrix-background, var(--_bg));
    --_fg: var(--kr-gap-matrix-color, var(--_text));
    --_dim: var(--kr-gap-matrix-muted-color, var(--_muted));
    --_ring: var(--kr-gap-matrix-focus-color, var(--_focus));
    --_line: var(--kr-gap-matrix-border-color, var(--kr-grid-color, var(--_line-light)));
    --_head-bg: var(--kr-gap-matrix-header-background, var(--_head-bg-light));
    --_category-bg: var(--kr-gap-matrix-category-background, var(--_category-bg-light));
    --_highlight: var(--kr-gap-matrix-highlight-color, var(--_highlight-light));
    --_highlight-bg: var(--kr-gap-matrix-highlight-background, var(--_highlight-bg-light));
    --_row-h: var(--kr-gap-matrix-row-height, 2rem);
    --_cell-w: var(--kr-gap-matrix-cell-width, 2.75rem);
    --_name-w: var(--kr-gap-matrix-name-width, 11rem);
    --_role-w: var(--kr-gap-matrix-role-width, 9rem);
    --_department-w: var(--kr-gap-matrix-department-width, 8rem);
    --_competency-w: var(--kr-gap-matrix-competency-width, 15rem);
    --_value-w: var(--kr-gap-matrix-value-width, 5rem);
    --_head-h: var(--kr-gap-matrix-column-header-height, 11rem);
    --_g0: var(--kr-gap-color-0, var(--_g0-light));
    --_g1: var(--kr-gap-color-1, var(--_g1-light));
    --_g2: var(--kr-gap-color-2, var(--_g2-light));
    --_g3: var(--kr-gap-color-3, var(--_g3-light));
    --_a1: var(--kr-gap-color-above-1, var(--_a1-light));
    --_a2: var(--kr-gap-color-above-2, var(--_a2-light));
    --_a3: var(--kr-gap-color-above-3, var(--_a3-light));
    --_l0: var(--kr-level-color-0, var(--_l0-light));
    --_l1: var(--kr-level-color-1, var(--_l1-light));
    --_l2: var(--kr-level-color-2, var(--_l2-light));
    --_l3: var(--kr-level-color-3, var(--_l3-light));
    color: var(--_fg);
    background: var(--_paper);
    max-width: 100%;
    min-width: 0;
    container-type: inline-size;
    font-size: var(--kr-gap-matrix-font-size, 0.875rem);
    line-height: 1.3;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_line: var(--kr-gap-matrix-border-color, var(--kr-grid-color, var(--_line-dark)));
      --_head-bg: var(--kr-gap-matrix-header-background, var(--_head-bg-dark));
      --_category-bg: var(--kr-gap-matrix-category-background, var(--_category-bg-dark));
      --_highlight: var(--kr-gap-matrix-highlight-color, var(--_highlight-dark));
      --_highlight-bg: var(--kr-gap-matrix-highlight-background, var(--_highlight-bg-dark));
      --_g0: var(--kr-gap-color-0, var(--_g0-dark));
      --_g1: var(--kr-gap-color-1, var(--_g1-dark));
      --_g2: var(--kr-gap-color-2, var(--_g2-dark));
      --_g3: var(--kr-gap-color-3, var(--_g3-dark));
      --_a1: var(--kr-gap-color-above-1, var(--_a1-dark));
      --_a2: var(--kr-gap-color-above-2, var(--_a2-dark));
      --_a3: var(--kr-gap-color-above-3, var(--_a3-dark));
      --_l0: var(--kr-level-color-0, var(--_l0-dark));
      --_l1: var(--kr-level-color-1, var(--_l1-dark));
      --_l2: var(--kr-level-color-2, var(--_l2-dark));
      --_l3: var(--kr-level-color-3, var(--_l3-dark));
    }
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_line: var(--kr-gap-matrix-border-color, var(--kr-grid-color, light-dark(var(--_line-light), var(--_line-dark))));
      --_head-bg: var(--kr-gap-matrix-header-background, light-dark(var(--_head-bg-light), var(--_head-bg-dark)));
      --_category-bg: var(--kr-gap-matrix-category-background, light-dark(var(--_category-bg-light), var(--_category-bg-dark)));
      --_highlight: var(--kr-gap-matrix-highlight-color, light-dark(var(--_highlight-light), var(--_highlight-dark)));
      --_highlight-bg: var(--kr-gap-matrix-highlight-background, light-dark(var(--_highlight-bg-light), var(--_highlight-bg-dark)));
      --_g0: var(--kr-gap-color-0, light-dark(var(--_g0-light), var(--_g0-dark)));
      --_g1: var(--kr-gap-color-1, light-dark(var(--_g1-light), var(--_g1-dark)));
      --_g2: var(--kr-gap-color-2, light-dark(var(--_g2-light), var(--_g2-dark)));
      --_g3: var(--kr-gap-color-3, light-dark(var(--_g3-light), var(--_g3-dark)));
      --_a1: var(--kr-gap-color-above-1, light-dark(var(--_a1-light), var(--_a1-dark)));
      --_a2: var(--kr-gap-color-above-2, light-dark(var(--_a2-light), var(--_a2-dark)));
      --_a3: var(--kr-gap-color-above-3, light-dark(var(--_a3-light), var(--_a3-dark)));
      --_l0: var(--kr-level-color-0, light-dark(var(--_l0-light), var(--_l0-dark)));
      --_l1: var(--kr-level-color-1, light-dark(var(--_l1-light), var(--_l1-dark)));
      --_l2: var(--kr-level-color-2, light-dark(var(--_l2-light), var(--_l2-dark)));
      --_l3: var(--kr-level-color-3, light-dark(var(--_l3-light), var(--_l3-dark)));
    }
  }

  /* Narrow hosts (a phone, a CMS side column): smaller fixed columns, more room for the matrix. */
  @container (max-width: 30rem) {
    .grid {
      --_name-w: var(--kr-gap-matrix-name-width, 7.5rem);
      /* Role and department leave the first screen to the cells: cut names show whole on hover and focus. */
      --_role-w: var(--kr-gap-matrix-role-width, 5.5rem);
      --_department-w: var(--kr-gap-matrix-department-width, 5.5rem);
      --_competency-w: var(--kr-gap-matrix-competency-width, 9.5rem);
      --_value-w: var(--kr-gap-matrix-value-width, 3.5rem);
      --_head-h: var(--kr-gap-matrix-column-header-height, 9rem);
    }
    .person .header-row [role='columnheader'] {
      padding-inline: 0.15rem;
      font-size: 0.8125rem;
    }
    .person {
      --_history-w: max(var(--_value-w), 4.75rem);
    }
    [part='toolbar'] {
      gap: 0.35rem 0.75rem;
    }
  }

  [part='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
    margin-block-end: 0.5rem;
  }
  [part='toolbar'] label {
    display: inline-flex;
    flex-direction: column;
    gap: 0.15rem;
    font-size: 0.8125rem;
    color: var(--_dim);
  }
  [part='toolbar'] label.check {
    flex-direction: row;
    align-items: center;
    gap: 0.35rem;
    color: var(--_fg);
  }
  select,
  input,
  button {
    font: inherit;
    color: var(--_fg);
    background: var(--_paper);
    border: 1px solid var(--_line);
    border-radius: 0.25rem;
    min-height: 2rem;
    padding: 0.15rem 0.4rem;
    max-width: 100%;
  }
  input[type='checkbox'] {
    min-height: auto;
  }
  input[type='search'] {
    width: 10rem;
  }
  select {
    max-width: 14rem;
  }
  button {
    cursor: pointer;
  }
  :focus-visible {
    outline: 2px solid var(--_ring);
    outline-offset: 1px;
  }
  .caption {
    font-weight: 600;
    margin: 0 0 0.35rem;
    font-size: 1em;
  }
  [part='status'] {
    color: var(--_dim);
    font-size: 0.8125rem;
    margin: 0.35rem 0 0;
  }
  [part='legend'] {
    color: var(--_dim);
    font-size: 0.8125rem;
    margin: 0.35rem 0 0;
  }

  /* The matrix scrolls inside its own region; the page around it does not. */
  /* Labels wrap between words and, in the lang set on the scroller, hyphenate where the browser can;
     never inside a word otherwise (no overflow-wrap): what still does not fit is cut with an
     ellipsis, marked data-cut and shown whole in the label tooltip on hover and focus. A page's
     overflow-wrap: break-word (inherited) would split words without a hyphen. */
  [part='scroller'] {
    hyphens: auto;
    overflow-wrap: normal;
    word-break: normal;
    position: relative;
    overflow: auto;
    max-width: 100%;
    max-height: var(--kr-gap-matrix-height, 32rem);
    border: 1px solid var(--_line);
    background: var(--_paper);
    overscroll-behavior: contain;
    -webkit-overflow-scrolling: touch;
  }
  [part='grid'] {
    width: max-content;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_columns);
    min-height: var(--_row-h);
  }
  .body {
    position: relative;
    height: var(--kr-body-height, auto);
  }
  /* The window's rows stand in the flow below a padding of the rows above them (set from code on the
     body). A row's size is fixed and nothing in it draws outside it: a scroll frame lays out and
     paints each changed row on its own. A row drawn on its own (the focused one, scrolled away) is
     placed where it belongs. */
  .team .body > .row {
    height: var(--_row-h);
    contain: strict;
  }
  .team .body > .row.detached {
    position: absolute;
    inset-inline: 0;
    top: 0;
    transform: translateY(var(--kr-row-y, 0));
  }
  /* A team cell's value is one short line (a sign and a digit): a block with centred text lays out
     for less than a flex box, and without a clip of its own it needs no paint layer; hundreds of them
     change in every scroll frame. */
  .team .body [role='gridcell']:not(.text) {
    display: block;
    text-align: center;
    line-height: calc(var(--_row-h) - 1px);
    overflow: visible;
    text-overflow: clip;
  }
  .head {
    position: sticky;
    top: 0;
    z-index: 3;
  }
  [role='gridcell'],
  [role='rowheader'],
  [role='columnheader'] {
    display: flex;
    align-items: center;
    justify-content: center;
    min-width: 0;
    padding: 0 0.3rem;
    border-block-end: 1px solid var(--_line);
    border-inline-end: 1px solid var(--_line);
    background: var(--_paper);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    font-variant-numeric: tabular-nums;
    cursor: default;
  }
  [role='rowheader'],
  .text {
    justify-content: flex-start;
  }
  [role='rowheader'] > span,
  .text > span {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  [role='columnheader'] {
    background: var(--_head-bg);
    font-weight: 600;
  }
  [role='columnheader'].sortable {
    cursor: pointer;
  }
  /* The first column stays in view when the grid scrolls sideways. */
  .row > :first-child {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    box-shadow: 1px 0 0 var(--_line);
  }
  .head .row > :first-child {
    z-index: 2;
  }
  :is(.team, .organisation) .header-row [role='columnheader'].competency {
    height: var(--_head-h);
    writing-mode: vertical-rl;
    transform: rotate(180deg);
    white-space: normal;
    text-align: start;
    justify-content: flex-start;
    align-items: center;
    padding: 0.35rem 0.15rem;
    font-weight: 500;
    font-size: 0.8125rem;
    line-height: 1.1;
    overflow: hidden;
    border-inline-end: 0;
    border-inline-start: 1px solid var(--_line);
    border-block-end: 0;
    border-block-start: 1px solid var(--_line);
  }
  .band {
    display: grid;
    background: var(--_head-bg);
    grid-template-columns: var(--_columns);
    font-size: 0.75rem;
    color: var(--_dim);
  }
  .band > span {
    grid-column: var(--kr-band-start, auto) / span var(--kr-band-span, 1);
    padding: 0.15rem 0.3rem;
    border-inline-end: 1px solid var(--_line);
    border-block-end: 1px solid var(--_line);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .band > span:first-child {
    position: sticky;
    inset-inline-start: 0;
    background: var(--_head-bg);
    z-index: 1;
  }
  .sort-mark {
    margin-inline-start: 0.2rem;
    font-size: 0.75em;
  }
  .summary-row [role='rowheader'] {
    align-items: flex-start;
  }
  .summary-row [role='gridcell'],
  .summary-row [role='rowheader'] {
    background: var(--_head-bg);
    flex-direction: column;
    gap: 0.1rem;
    font-size: 0.75rem;
    line-height: 1;
    padding: 0.15rem 0.2rem;
  }
  .summary-row {
    min-height: 2.75rem;
  }
  .summary-row svg {
    display: block;
    width: 100%;
    height: 0.6rem;
  }
  .category-row [role='rowheader'],
  .category-row [role='gridcell'] {
    background: var(--_category-bg);
    font-weight: 600;
  }
  .person :is([role='rowheader'], .text),
  .person :is([role='rowheader'], .text) > span,
  .organisation .body [role='rowheader'],
  .organisation .body [role='rowheader'] > span {
    white-space: normal;
  }
  .person .header-row [role='columnheader'] {
    white-space: normal;
    text-align: center;
    line-height: 1.15;
    padding-block: 0.2rem;
  }
  .person .header-row [role='columnheader'] > span:first-child {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .person .header-row .who,
  .person .header-row .when {
    display: block;
  }
  .person .header-row .when {
    font-weight: 400;
    font-size: 0.75rem;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* Earlier assessments: wide enough for a date on the second header line. */
  .person {
    --_history-w: max(var(--_value-w), 6rem);
  }
  :is(.team, .organisation) .header-row [role='columnheader'] > span:first-child {
    min-height: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* Team rows have a fixed height: name, role and department take up to two lines, then an ellipsis. */
  .team .body :is([role='rowheader'], .text) > span {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    white-space: normal;
    line-height: 1.1;
  }
  [data-cut] {
    cursor: help;
  }
  .label-tip {
    position: fixed;
    inset: auto;
    left: var(--_tip-x, 0);
    top: var(--_tip-y, 0);
    margin: 0;
    max-width: min(20rem, calc(100vw - 8px));
    padding: 0.3rem 0.5rem;
    border: 1px solid var(--_line);
    border-radius: 0.25rem;
    background: var(--_paper);
    color: var(--_fg);
    box-shadow: 0 2px 6px rgb(0 0 0 / 25%);
    font-size: 0.8125rem;
    font-weight: 400;
    line-height: 1.3;
    white-space: normal;
    hyphens: auto;
    overflow: visible;
  }
  .muted {
    color: var(--_dim);
  }
  .flag {
    margin-inline-start: 0.2rem;
    font-weight: 700;
  }

  /* Heat scale: the class names the gap (or level); the number or symbol in the cell says the same.
     Cells show it as their background, the parts of a distribution bar as their fill (set directly,
     no custom property per cell: a scroll frame restyles hundreds of cells). */
  .g0 {
    background-color: var(--_g0);
    fill: var(--_g0);
  }
  .g1 {
    background-color: var(--_g1);
    fill: var(--_g1);
  }
  .g2 {
    background-color: var(--_g2);
    fill: var(--_g2);
  }
  .g3 {
    background-color: var(--_g3);
    fill: var(--_g3);
  }
  .a1 {
    background-color: var(--_a1);
    fill: var(--_a1);
  }
  .a2 {
    background-color: var(--_a2);
    fill: var(--_a2);
  }
  .a3 {
    background-color: var(--_a3);
    fill: var(--_a3);
  }
  .l0 {
    background-color: var(--_l0);
    fill: var(--_l0);
  }
  .l1 {
    background-color: var(--_l1);
    fill: var(--_l1);
  }
  .l2 {
    background-color: var(--_l2);
    fill: var(--_l2);
  }
  .l3 {
    background-color: var(--_l3);
    fill: var(--_l3);
  }
  .g3,
  .l3 {
    font-weight: 700;
  }
  .pending {
    color: var(--_dim);
  }
  .row.selected [role='rowheader'] {
    background: var(--_highlight-bg);
    color: var(--_fg);
    box-shadow:
      inset 4px 0 0 var(--_highlight),
      1px 0 0 var(--_line);
  }
  /* The chosen row (a person, a group): a bar across the row and its name in bold, beside the colours of the cells. */
  .row.chosen > * {
    box-shadow:
      inset 0 3px 0 var(--_ring),
      inset 0 -3px 0 var(--_ring);
  }
  .row.chosen > [role='rowheader'] {
    font-weight: 700;
    box-shadow:
      inset 0 3px 0 var(--_ring),
      inset 0 -3px 0 var(--_ring),
      inset 6px 0 0 var(--_ring),
      1px 0 0 var(--_line);
  }
  .member-mark {
    color: var(--_highlight);
    margin-inline-end: 0.25rem;
  }
  [role='gridcell']:focus,
  [role='rowheader']:focus,
  [role='columnheader']:focus {
    outline: 3px solid var(--_ring);
    outline-offset: -3px;
    /* A halo of the background inside the outline keeps 3:1 on the darkest heat cells too. */
    box-shadow: inset 0 0 0 5px var(--_paper);
  }
  .empty-note {
    padding: 0.75rem;
    color: var(--_dim);
  }

  @media (forced-colors: active) {
    [role='gridcell'],
    [role='rowheader'],
    [role='columnheader'],
    .band > span {
      border-color: CanvasText;
    }
    .g3,
    .l3 {
      font-weight: 700;
    }
    [role='gridcell']:focus,
    [role='rowheader']:focus,
    [role='columnheader']:focus,
    :focus-visible {
      outline-color: Highlight;
    }
    .row.selected [role='rowheader'] {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    .row.chosen > * {
      border-block-color: Highlight;
    }
    .row.chosen > [role='rowheader'] {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
      outline: 3px solid Highlight;
      outline-offset: -3px;
    }
    .label-tip {
      border-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    [part='scroller'] {
      scroll-behavior: auto;
    }
  }
`;
