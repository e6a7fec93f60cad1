import { css } from 'lit';

/** Team mode's synergy groups as cards, on top of `gapMatrixStyles`. */
export const synergyStyles = css`
  /* Names hyphenate in the section's language; a word is split without a hyphen only where the
     browser has no hyphenation for it and it is wider than its card. */
  [part='synergy'] {
    margin-block-start: 0.75rem;
    hyphens: auto;
    overflow-wrap: break-word;
  }
  [part='synergy'] h3 {
    font-size: 1em;
    margin: 0 0 0.25rem;
  }
  [part='synergy'] > p {
    margin: 0 0 0.5rem;
    color: var(--_dim);
    font-size: 0.8125rem;
  }
  .synergy-cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  }
  .synergy-card {
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
    padding: 0.5rem 0.6rem;
    border: 1px solid var(--_line);
    border-radius: 0.35rem;
  }
  .synergy-card.selected {
    border-color: var(--_highlight);
    box-shadow: inset 4px 0 0 var(--_highlight);
    background: var(--_highlight-bg);
  }
  .synergy-card p {
    margin: 0;
  }
  .synergy-name {
    font-weight: 600;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .synergy-facts {
    color: var(--_dim);
    font-size: 0.8125rem;
  }
  .offices {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.15rem;
    font-size: 0.8125rem;
  }
  .offices li {
    display: grid;
    grid-template-columns: minmax(0, 9rem) minmax(2rem, 1fr) auto;
    gap: 0.4rem;
    align-items: center;
  }
  .offices .office {
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .offices svg {
    display: block;
    width: 100%;
    height: 0.5rem;
  }
  .offices rect {
    fill: var(--_highlight);
  }
  .offices .n {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  [part='synergy-group'] {
    align-self: flex-start;
    white-space: normal;
  }
  [part='synergy-group'][aria-pressed='true'] {
    border-color: var(--_highlight);
    font-weight: 600;
  }
  .synergy-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin-block-start: 0.5rem;
  }
  @media (forced-colors: active) {
    .synergy-card.selected,
    [part='synergy-group'][aria-pressed='true'] {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    .offices rect {
      fill: CanvasText;
    }
  }
`;
