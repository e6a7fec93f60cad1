import { css } from 'lit';

/**
 * On top of the shared `themeStyles` (categories, text, grid, focus) the timeline's
 * own: months over capacity, warnings, today, reviews. Private `--_*` properties carry the
 * resolved values so that a `--kr-*` property set on any ancestor reaches the element.
 */
export const timelineStyles = css`
  :host {
    --_none-light: #595959;
    --_bar-text-light: #ffffff;
    --_over-light: #b3261e;
    --_warn-light: #8a4b00;
    --_today-light: #a3195b;
    --_review-light: #1f1f1f;
    --_load-light: #767676;
    --_band-light: rgb(0 0 0 / 4%);
    --_none-dark: #b0b0b0;
    --_bar-text-dark: #1b1b1f;
    --_over-dark: #ff8a80;
    --_warn-dark: #ffb74d;
    --_today-dark: #ff8cc6;
    --_review-dark: #ececec;
    --_load-dark: #9e9e9e;
    --_band-dark: rgb(255 255 255 / 6%);
    --_none: var(--kr-color-none, var(--_none-light));
    --_bar-text: var(--kr-timeline-bar-text, var(--_bar-text-light));
    --_over: var(--kr-timeline-over-color, var(--_over-light));
    --_warn: var(--kr-timeline-warning-color, var(--_warn-light));
    --_today: var(--kr-timeline-today-color, var(--_today-light));
    --_review: var(--kr-timeline-review-color, var(--_review-light));
    --_load: var(--kr-timeline-load-color, var(--_load-light));
    --_band: var(--_band-light);
    font-size: var(--kr-font-size, 1rem);
    /* Words break with a hyphen in the plan's lang; elsewhere only if one cannot fit a line. */
    hyphens: auto;
    overflow-wrap: break-word;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_none: var(--kr-color-none, var(--_none-dark));
      --_bar-text: var(--kr-timeline-bar-text, var(--_bar-text-dark));
      --_over: var(--kr-timeline-over-color, var(--_over-dark));
      --_warn: var(--kr-timeline-warning-color, var(--_warn-dark));
      --_today: var(--kr-timeline-today-color, var(--_today-dark));
      --_review: var(--kr-timeline-review-color, var(--_review-dark));
      --_load: var(--kr-timeline-load-color, var(--_load-dark));
      --_band: var(--_band-dark);
    }
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_none: var(--kr-color-none, light-dark(var(--_none-light), var(--_none-dark)));
      --_bar-text: var(--kr-timeline-bar-text, light-dark(var(--_bar-text-light), var(--_bar-text-dark)));
      --_over: var(--kr-timeline-over-color, light-dark(var(--_over-light), var(--_over-dark)));
      --_warn: var(--kr-timeline-warning-color, light-dark(var(--_warn-light), var(--_warn-dark)));
      --_today: var(--kr-timeline-today-color, light-dark(var(--_today-light), var(--_today-dark)));
      --_review: var(--kr-timeline-review-color, light-dark(var(--_review-light), var(--_review-dark)));
      --_load: var(--kr-timeline-load-color, light-dark(var(--_load-light), var(--_load-dark)));
      --_band: light-dark(var(--_band-light), var(--_band-dark));
    }
  }

  /* Toolbar ------------------------------------------------------------------------------ */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    align-items: center;
    margin: 0 0 0.75rem;
  }
  .group {
    display: inline-flex;
  }
  .group button + button {
    margin-inline-start: -1px;
  }
  button,
  select,
  input {
    font: inherit;
    font-size: 0.875rem;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_grid);
    border-radius: 4px;
    min-height: 2rem;
  }
  button {
    padding: 0.25rem 0.75rem;
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: var(--_text);
    color: var(--_bg);
    font-weight: 600;
  }
  button:disabled,
  button[aria-disabled='true'] {
    cursor: not-allowed;
    color: var(--_muted);
    border-style: dashed;
  }
  button.primary {
    background: var(--_focus);
    border-color: var(--_focus);
    color: var(--_bg);
    font-weight: 600;
  }
  button.danger {
    color: var(--_over);
    border-color: var(--_over);
  }
  button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  .plan-status-final:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  label.select {
    display: inline-flex;
    gap: 0.375rem;
    align-items: center;
    font-size: 0.875rem;
  }
  select {
    padding: 0.125rem 0.25rem;
  }

  /* Summary, help, legend ---------------------------------------------------------------- */
  .summary {
    margin: 0 0 0.5rem;
  }
  .help {
    margin: 0.5rem 0 0;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .empty {
    margin: 0.5rem 0;
    padding: 0.75rem;
    border: 1px dashed var(--_grid);
  }
  /* Chart -------------------------------------------------------------------------------- */
  .chart {
    position: relative;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    border: 1px solid var(--_grid);
  }
  .scroller {
    overflow-x: auto;
    overflow-y: hidden;
    overscroll-behavior-x: contain;
  }
  svg {
    display: block;
    font-family: inherit;
  }
  svg text {
    font-size: 11px;
    dominant-baseline: central;
    fill: var(--_text);
  }
  .lane-labels {
    border-inline-end: 1px solid var(--_grid);
  }
  .lane-label {
    font-size: 12px;
  }
  .lane-label.muted {
    fill: var(--_muted);
    font-size: 11px;
  }
  .lane.odd,
  .month-band.odd {
    fill: var(--_band);
  }
  .month-line,
  .week-line {
    stroke: var(--_grid);
    stroke-width: 0.5;
    stroke-opacity: 0.6;
  }
  .week-line {
    stroke-dasharray: 1 3;
  }
  .month-label {
    font-weight: 600;
  }
  .week-label {
    font-size: 10px;
    fill: var(--_muted);
  }
  .axis-line,
  .row-line {
    stroke: var(--_grid);
    stroke-width: 1;
  }

  .cat-none {
    --_cat: var(--_none);
  }

  .entry {
    outline: none;
  }
  .editable .bar {
    cursor: grab;
  }
  /* Dragging an entry by touch moves it; the chart still scrolls when dragged elsewhere. */
  .editable .entry {
    touch-action: none;
  }
  .editable .bar.dragging {
    cursor: grabbing;
  }
  .bar-fill {
    fill: var(--_cat);
    stroke: var(--_cat);
    stroke-width: 1;
  }
  .bar-label {
    fill: var(--_bar-text);
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--_cat);
    stroke-width: 3px;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .hatch-line {
    stroke: var(--_bar-text);
    stroke-width: 2;
    stroke-opacity: 0.45;
  }
  .bar-hatch {
    pointer-events: none;
  }
  .practice .bar-fill,
  .status-dropped .bar-fill {
    fill: var(--_bg);
    stroke-width: 2;
    stroke-dasharray: 5 3;
  }
  .status-dropped .bar-fill {
    stroke-dasharray: 2 2;
  }
  .practice .bar-label,
  .status-dropped .bar-label {
    fill: var(--_text);
    stroke: var(--_bg);
    font-weight: 400;
  }
  .status-dropped .bar-hatch {
    display: none;
  }
  .strike {
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .has-finding .bar-fill {
    stroke: var(--_warn);
    stroke-width: 2.5;
  }
  .badge circle {
    fill: var(--_warn);
    stroke: var(--_bg);
    stroke-width: 1;
  }
  .badge text {
    fill: var(--_bg);
    font-weight: 700;
    text-anchor: middle;
    pointer-events: none;
  }
  .mark-badge {
    fill: var(--_warn);
    font-weight: 700;
    font-size: 13px;
  }
  .handle {
    fill: transparent;
    cursor: ew-resize;
  }
  .focus-ring {
    fill: none;
    stroke: none;
    pointer-events: none;
  }
  .entry:focus-visible .focus-ring,
  .entry.dragging .focus-ring {
    stroke: var(--_focus);
    stroke-width: 3;
  }

  /* The full text of a cut label, under the pointer or on focus. */
  .tooltip {
    position: absolute;
    z-index: 1;
    left: var(--_tip-x);
    top: var(--_tip-y);
    width: max-content;
    max-width: calc(100% - 8px);
    padding: 0.125rem 0.4375rem;
    font-size: 12px;
    line-height: 1.3;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_grid);
    border-radius: 4px;
    box-shadow: 0 1px 4px rgb(0 0 0 / 25%);
  }
  .tooltip.above {
    transform: translateY(-100%);
  }
  .tip-line {
    display: block;
  }
  .tip-line + .tip-line {
    color: var(--_muted);
  }

  .diamond {
    fill: var(--_review);
    stroke: var(--_bg);
    stroke-width: 1;
  }
  .review.has-finding .diamond {
    stroke: var(--_warn);
    stroke-width: 2;
  }
  .diamond-inner {
    fill: var(--_bg);
  }
  .final-label,
  .today text {
    font-weight: 700;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .editable .review {
    cursor: grab;
  }
  .review-guide {
    stroke: var(--_review);
    stroke-width: 1;
    stroke-dasharray: 2 4;
    stroke-opacity: 0.5;
    pointer-events: none;
  }
  .goal-guide {
    stroke: var(--_text);
    stroke-width: 1;
    stroke-dasharray: 1 3;
    stroke-opacity: 0.7;
  }
  .flag {
    fill: var(--_text);
    stroke: var(--_text);
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  .today line {
    stroke: var(--_today);
    stroke-width: 2;
    stroke-dasharray: 6 3;
  }
  .today text {
    fill: var(--_today);
    font-weight: 700;
  }

  .load-bg {
    fill: none;
    stroke: var(--_grid);
    stroke-width: 0.5;
  }
  .load-bar {
    fill: var(--_load);
    fill-opacity: 0.55;
  }
  .load-cell.over .load-bar {
    fill: var(--_over);
    fill-opacity: 0.25;
    stroke: var(--_over);
    stroke-width: 1.5;
  }
  .over-hatch-line {
    stroke: var(--_over);
    stroke-width: 1.5;
  }
  .capacity-line {
    stroke: var(--_text);
    stroke-width: 1;
    stroke-dasharray: 3 2;
  }
  .load-label {
    font-size: 10px;
    text-anchor: middle;
  }
  .load-label.over {
    fill: var(--_over);
    font-weight: 700;
  }

  /* Forced colours: shapes and patterns keep the meaning, system colours paint them. ------- */
  @media (forced-colors: active) {
    .bar-fill,
    .practice .bar-fill,
    .status-dropped .bar-fill {
      fill: Canvas;
      stroke: CanvasText;
    }
    .bar-label,
    .practice .bar-label,
    .status-dropped .bar-label {
      fill: CanvasText;
      stroke: Canvas;
    }
    .hatch-line,
    .over-hatch-line,
    .strike,
    .capacity-line,
    .month-line,
    .week-line,
    .axis-line,
    .row-line,
    .review-guide,
    .goal-guide,
    .load-bg {
      stroke: CanvasText;
      stroke-opacity: 1;
    }
    .has-finding .bar-fill {
      stroke: CanvasText;
      stroke-width: 3;
    }
    .diamond,
    .flag,
    .badge circle {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .diamond-inner,
    .badge text {
      fill: Canvas;
    }
    .load-bar,
    .load-cell.over .load-bar {
      fill: Canvas;
      stroke: CanvasText;
    }
    .today line {
      stroke: Highlight;
    }
    .today text,
    svg text,
    .load-label.over,
    .mark-badge {
      fill: CanvasText;
    }
    .lane.odd,
    .month-band.odd {
      fill: Canvas;
    }
    .entry:focus-visible .focus-ring,
    .entry.dragging .focus-ring {
      stroke: Highlight;
    }
    button[aria-pressed='true'] {
      border-width: 3px;
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }

  /* Print: the whole plan on paper, in light colours, without controls. ------------------- */
  @media print {
    :host {
      --_digital: #1565c0;
      --_methode: #b45309;
      --_sozial: #2e7d32;
      --_personal: #7b1fa2;
      --_bar-text: #ffffff;
      --_over: #b3261e;
      --_warn: #8a4b00;
      --_today: #a3195b;
      --_review: #1f1f1f;
      --_grid: #767676;
      --_text: #000000;
      --_muted: #3d3d3d;
      --_bg: #ffffff;
      --_band: rgb(0 0 0 / 4%);
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .toolbar,
    .help,
    dialog {
      display: none;
    }
    .scroller {
      overflow: visible;
    }
    .chart {
      break-inside: avoid;
    }
  }
`;

/**
 * The styles of what the time line draws only after its first screen (see `FirstScreen`): the
 * legend, the findings, the list view and the dialogs. Adopted when it draws them (`LaterStyles`).
 */
export const timelineLaterStyles = css`
  /* Legend ------------------------------------------------------------------------------- */
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.5rem 0 0;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .legend-entry {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .swatch.on {
    fill: var(--_digital);
  }
  .swatch-hatch {
    stroke: none;
  }
  .swatch.practice {
    fill: var(--_bg);
    stroke: var(--_digital);
    stroke-width: 2;
    stroke-dasharray: 4 2;
  }
  .swatch.over {
    stroke: var(--_over);
    stroke-width: 1.5;
  }
  .swatch-badge {
    fill: var(--_warn);
  }
  .swatch-badge-text {
    fill: var(--_bg);
    font-size: 10px;
    font-weight: 700;
    text-anchor: middle;
    dominant-baseline: central;
  }


  /* Findings ----------------------------------------------------------------------------- */
  .findings {
    margin: 1rem 0 0;
  }
  /* A long list below the chart is laid out only when it comes into view. */
  .findings.long {
    content-visibility: auto;
    contain-intrinsic-size: auto 40rem;
  }
  .findings-title {
    margin: 0 0 0.25rem;
    font-weight: 700;
  }
  .findings ul,
  .dialog-findings {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .findings li + li {
    margin-top: 0.25rem;
  }
  .severity {
    font-weight: 700;
  }
  .error > .severity {
    color: var(--_over);
  }
  .warning > .severity {
    color: var(--_warn);
  }
  .no-findings {
    margin: 0;
    color: var(--_muted);
  }

  /* List view ---------------------------------------------------------------------------- */
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .list-entry {
    border: 1px solid var(--_grid);
    border-inline-start-width: 4px;
    padding: 0.5rem 0.75rem;
  }
  .list-entry.review,
  .list-entry.goal {
    border-style: dashed;
    border-inline-start-style: solid;
  }
  .list-head {
    margin: 0 0 0.25rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
  }
  .when {
    font-variant-numeric: tabular-nums;
  }
  .kind {
    color: var(--_muted);
  }
  .list dl,
  .dialog-data {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.125rem 0.75rem;
    margin: 0;
    font-size: 0.875rem;
  }
  .list dl > div,
  .dialog-data > div {
    display: contents;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  .list-findings dd {
    grid-column: 2;
  }
  .list-open {
    margin-top: 0.5rem;
  }
  .table-scroll {
    overflow-x: auto;
    margin-top: 1rem;
  }
  .table-scroll:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .load-table {
    border-collapse: collapse;
    font-size: 0.875rem;
  }
  .load-table caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.25rem;
  }
  .load-table th,
  .load-table td {
    border: 1px solid var(--_grid);
    padding: 0.125rem 0.5rem;
    text-align: end;
  }
  .load-table th[scope='row'],
  .load-table th[scope='col']:first-child {
    text-align: start;
  }
  .load-table tr.over strong {
    color: var(--_over);
  }

  /* Dialog ------------------------------------------------------------------------------- */
  dialog {
    max-width: min(34rem, calc(100vw - 2rem));
    width: 100%;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_grid);
    border-radius: 6px;
    padding: 1rem;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 40%);
  }
  .dialog-title {
    margin: 0 0 0.75rem;
    font-size: 1.125rem;
  }
  .dialog-fields {
    display: grid;
    gap: 0.5rem;
    margin: 0.75rem 0;
  }
  .dialog-fields label {
    display: grid;
    gap: 0.125rem;
    font-size: 0.875rem;
  }
  .dialog-fields select,
  .dialog-fields textarea,
  .dialog-fields input:not([type='checkbox'], [type='radio']) {
    width: 100%;
    min-width: 0;
  }
  .dialog-fields textarea {
    font: inherit;
    resize: vertical;
  }
  .dialog-subtitle {
    margin: 0.5rem 0 0;
    font-size: 1rem;
  }
  .goal-outcome {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: 0.375rem 0.75rem 0.5rem;
    border: 1px solid var(--_grid);
    border-radius: 4px;
  }
  .goal-outcome legend {
    padding: 0 0.25rem;
    font-size: 0.875rem;
    font-weight: 600;
  }
  .outcome-list {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .outcome-choice {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
  }
  .dialog-fields label.check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .dialog-fields label.check input {
    width: 1.5rem;
    height: 1.5rem;
    min-height: auto;
    margin: 0;
    flex: none;
  }
  .dialog-error {
    margin: 0.5rem 0;
    color: var(--_over);
    font-weight: 600;
  }
  .dialog-error:empty {
    margin: 0;
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: flex-end;
    margin-top: 0.75rem;
  }

  @media (forced-colors: active) {
    .swatch.on,
    .swatch.practice {
      fill: Canvas;
      stroke: CanvasText;
    }
    .swatch.over {
      stroke: CanvasText;
    }
    .swatch-badge {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .swatch-badge-text {
      fill: Canvas;
    }
  }

  @media print {
    .list-open {
      display: none;
    }
    .findings {
      content-visibility: visible;
    }
    .list-entry,
    .findings li {
      break-inside: avoid;
    }
  }
`;
