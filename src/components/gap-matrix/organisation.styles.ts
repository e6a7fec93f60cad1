import { css } from 'lit';

/** Organisation mode (groups × competencies) and its drill-down panel, on top of `gapMatrixStyles`. */
export const organisationStyles = css`
  .organisation {
    --_share-w: var(--kr-gap-matrix-share-width, 4rem);
  }
  .organisation .body > .row {
    min-height: 2.5rem;
  }
  /* On a phone the group names get a little more room than team mode's names (the figures need less). */
  @container (max-width: 30rem) {
    .organisation {
      --_name-w: var(--kr-gap-matrix-name-width, 8.75rem);
    }
  }
  .share {
    flex-direction: column;
    line-height: 1.1;
  }
  .share .count {
    font-size: 0.75em;
  }
  .share.none {
    color: var(--_dim);
  }
  [part='withheld'] {
    margin: 0.35rem 0 0;
    font-size: 0.8125rem;
  }
  [part='drill-down'] {
    margin-block-start: 0.75rem;
    border-block-start: 1px solid var(--_line);
    padding-block-start: 0.5rem;
  }
  .drill-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
  }
  [part='drill-down'] h3 {
    font-size: 1em;
    margin: 0;
  }
  [part='drill-down'] p {
    margin: 0.25rem 0 0.5rem;
    color: var(--_dim);
    font-size: 0.8125rem;
  }
  /* Positioned, so that the visually hidden texts inside are clipped with the table. */
  .table-scroll {
    position: relative;
    overflow: auto;
    max-width: 100%;
    max-height: var(--kr-gap-matrix-drill-down-height, 20rem);
    overscroll-behavior: contain;
  }
  [part='drill-down'] table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  [part='drill-down'] :is(th, td) {
    border: 1px solid var(--_line);
    padding: 0.2rem 0.5rem;
    text-align: start;
  }
  [part='drill-down'] thead th {
    background: var(--_head-bg);
    position: sticky;
    top: 0;
  }
  [part='drill-down'] button {
    margin-block-start: 0.35rem;
  }
  @media (forced-colors: active) {
    [part='drill-down'] :is(th, td) {
      border-color: CanvasText;
    }
  }
`;
