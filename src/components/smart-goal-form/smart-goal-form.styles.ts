import { css } from 'lit';

/**
 * On top of the shared `themeStyles` (text, muted text, background, grid and focus colours, light
 * and dark), the form's own tokens: gap, accent, and the colours of met criteria, problems and
 * hints. One column down to 320 px (and at 400 % zoom); from 46rem of width on, the checklist
 * stands beside the fields. Every control is at least 24 × 24 px (buttons 44 px high).
 */
export const goalFormStyles = css`
  :host {
    --_accent-light: #0b57d0;
    --_accent-text-light: #ffffff;
    --_met-light: #1b6e20;
    --_problem-light: #b3261e;
    --_hint-light: #6b4e00;
    --_accent-dark: #8ab4f8;
    --_accent-text-dark: #1b1b1f;
    --_met-dark: #81c784;
    --_problem-dark: #ffb4ab;
    --_hint-dark: #f0c85a;
    --_gap: var(--kr-goal-form-gap, 1rem);
    --_accent: var(--kr-goal-form-accent, var(--_accent-light));
    --_accent-text: var(--kr-goal-form-accent-text, var(--_accent-text-light));
    --_met: var(--kr-goal-form-met, var(--_met-light));
    --_problem: var(--kr-goal-form-problem, var(--_problem-light));
    --_hint: var(--kr-goal-form-hint, var(--_hint-light));
    container-type: inline-size;
    line-height: 1.5;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--kr-goal-form-accent, var(--_accent-dark));
      --_accent-text: var(--kr-goal-form-accent-text, var(--_accent-text-dark));
      --_met: var(--kr-goal-form-met, var(--_met-dark));
      --_problem: var(--kr-goal-form-problem, var(--_problem-dark));
      --_hint: var(--kr-goal-form-hint, var(--_hint-dark));
    }
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_accent: var(--kr-goal-form-accent, light-dark(var(--_accent-light), var(--_accent-dark)));
      --_accent-text: var(--kr-goal-form-accent-text, light-dark(var(--_accent-text-light), var(--_accent-text-dark)));
      --_met: var(--kr-goal-form-met, light-dark(var(--_met-light), var(--_met-dark)));
      --_problem: var(--kr-goal-form-problem, light-dark(var(--_problem-light), var(--_problem-dark)));
      --_hint: var(--kr-goal-form-hint, light-dark(var(--_hint-light), var(--_hint-dark)));
    }
  }

  .form {
    display: grid;
    gap: var(--_gap);
    min-width: 0;
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.375em;
  }
  h3 {
    font-size: 1.125em;
  }
  p {
    margin: 0;
  }
  .muted {
    color: var(--_muted);
  }
  .lead-notice {
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_grid);
    border-inline-start-width: 4px;
  }
  .header {
    display: grid;
    gap: 0.25rem;
  }

  .layout {
    display: grid;
    gap: var(--_gap);
    align-items: start;
    min-width: 0;
  }
  @container (min-width: 46rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(14rem, 18rem);
    }
    .checklist {
      position: sticky;
      top: var(--_gap);
    }
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .fields {
    display: grid;
    gap: calc(var(--_gap) * 1.5);
    min-width: 0;
  }
  .field,
  .subfield {
    display: grid;
    gap: 0.375rem;
    min-width: 0;
  }
  .group {
    padding: 0.75rem;
    border: 1px solid var(--_grid);
    border-radius: 0.5rem;
  }
  .group > legend {
    padding: 0 0.25rem;
  }
  .resources {
    gap: var(--_gap);
  }
  .label {
    font-weight: 600;
  }
  .label .muted {
    font-weight: 400;
  }
  .letter {
    display: inline-grid;
    place-items: center;
    min-width: 1.5rem;
    height: 1.5rem;
    margin-inline-end: 0.5rem;
    border-radius: 0.25rem;
    background: var(--_accent);
    color: var(--_accent-text);
    font-size: 0.875em;
    font-weight: 700;
  }
  .help {
    font-size: 0.9375em;
  }

  input[type='text'],
  input[type='number'],
  input[type='date'],
  textarea {
    font: inherit;
    background: var(--_bg);
    color: var(--_text);
    width: 100%;
    max-width: 40rem;
    min-height: 2.75rem;
    padding: 0.5rem 0.625rem;
    border: 1px solid var(--_grid);
    border-radius: 0.375rem;
  }
  input.number {
    max-width: 12rem;
  }
  input.date {
    width: auto;
    max-width: 100%;
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true']:is(input[type='text'], input[type='number'], input[type='date'], textarea) {
    border: 2px solid var(--_problem);
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  :focus-visible,
  input[type='date']::-webkit-calendar-picker-indicator:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .category {
    margin-top: 0.5rem;
  }
  .category > legend {
    font-weight: 600;
    padding: 0;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .choices {
    display: grid;
    gap: 0.125rem;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding: 0.5rem 0.25rem;
    cursor: pointer;
  }
  .choice-text {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5rem;
    min-width: 0;
  }
  .levels {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .levels-row {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1.25rem;
  }
  .category.unknown .choice-label {
    font-family: ui-monospace, monospace;
  }

  .suggestions {
    display: grid;
    gap: 0.375rem;
  }
  .subheading {
    font-weight: 600;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  button {
    font: inherit;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 0.875rem;
    border-radius: 0.375rem;
    cursor: pointer;
    text-align: start;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .chip,
  .secondary {
    border: 1px solid var(--_accent);
    background: transparent;
    color: inherit;
  }
  .secondary {
    justify-self: start;
  }
  .chip[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .chip-gap {
    font-size: 0.875em;
  }
  .primary {
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
  }
  .link {
    min-height: 1.5rem;
    padding: 0.125rem 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
  }

  .error-summary {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem 1rem;
    border: 4px solid var(--_problem);
    border-radius: 0.25rem;
  }
  .error-summary ul {
    display: grid;
    gap: 0.375rem;
  }
  .error-summary a {
    display: inline-block;
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .messages[hidden] {
    display: none;
  }
  .messages {
    display: grid;
    gap: 0.25rem;
  }
  .problem,
  .hint {
    padding: 0.375rem 0.625rem;
    border-inline-start: 4px solid;
    font-size: 0.9375em;
  }
  .problem {
    border-color: var(--_problem);
    color: var(--_problem);
  }
  .hint {
    border-color: var(--_hint);
    color: var(--_hint);
  }

  .date-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .date-text {
    color: var(--_muted);
  }

  .checklist {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 1px solid var(--_grid);
    border-radius: 0.5rem;
    min-width: 0;
  }
  .criteria {
    display: grid;
    gap: 0.5rem;
  }
  .criteria > li {
    display: grid;
    grid-template-columns: 1.5rem minmax(0, 1fr);
    column-gap: 0.5rem;
    align-items: start;
  }
  .criteria > li > .link {
    grid-column: 2;
    justify-self: start;
  }
  .mark {
    font-weight: 700;
    text-align: center;
  }
  .met .mark,
  .met .criterion-state {
    color: var(--_met);
  }
  .open .mark,
  .open .criterion-state {
    color: var(--_problem);
  }
  .pending .mark {
    color: var(--_muted);
  }
  .criterion-letter {
    font-weight: 700;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .result:empty {
    display: none;
  }
  .result.submitted {
    color: var(--_met);
  }
  .result.invalid {
    color: var(--_problem);
  }

  @media (forced-colors: active) {
    .letter,
    .primary,
    .chip[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .problem,
    .hint,
    .met .mark,
    .open .mark,
    .met .criterion-state,
    .open .criterion-state {
      color: CanvasText;
    }
  }
`;
