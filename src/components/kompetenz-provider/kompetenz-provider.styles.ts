import { css } from 'lit';

export const providerStyles = css`
  :host {
    display: contents;
  }
  [part='notice'] p {
    margin: 0;
  }
  [part='notice'] p + span {
    display: block;
    margin-top: 0.5em;
  }
  [part='conflicts'] {
    display: block;
    margin: 1em 0;
    padding: 0.75em 1em;
    color: var(--kr-conflict-color, #3d1a00);
    background: var(--kr-conflict-background, #fff4e5);
    border: 2px solid var(--kr-conflict-border, #b35900);
    line-height: 1.4;
  }
  [part='conflicts'] p {
    margin: 0 0 0.25em;
  }
  [part='conflicts'] ul {
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }
  [part='conflicts'] li + li {
    margin-top: 0.75em;
  }
  [part='conflicts-settled'] {
    margin: 1em 0;
    padding: 0.75em 1em;
    color: var(--kr-conflict-color, #3d1a00);
    background: var(--kr-conflict-background, #fff4e5);
    border: 2px solid var(--kr-conflict-border, #b35900);
  }
  [part='conflict-choice'] {
    font: inherit;
    margin: 0.25em 0.5em 0.25em 0;
    padding: 0.25em 0.75em;
  }
`;
