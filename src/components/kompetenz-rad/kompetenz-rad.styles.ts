import { css } from 'lit';

/**
 * The wheel's own tokens (series colours, tint) on top of the shared `themeStyles`; defaults
 * repeat `src/internal/palette.ts` (a test compares them).
 * Private `--_*` properties carry the resolved values, so that a `--kr-*` property set on any
 * ancestor still reaches the element. The sector tint is an opacity, which `light-dark()` cannot
 * pick: where it is known, the category colour mixed to each scheme's tint is picked instead.
 */
export const wheelStyles = css`
  :host {
    --_target-light: #1f1f1f;
    --_actual-light: #3d3d3d;
    --_external-light: #a3195b;
    --_target-dark: #f2f2f2;
    --_actual-dark: #c8c8c8;
    --_external-dark: #ff8cc6;
    --_target: var(--kr-target-color, var(--_target-light));
    --_actual: var(--kr-actual-color, var(--_actual-light));
    --_external: var(--kr-external-color, var(--_external-light));
    --_tint-light: var(--kr-sector-tint, 0.1);
    --_tint-dark: var(--kr-sector-tint, 0.16);
    --_tint: var(--_tint-light);
    container-type: inline-size;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_target: var(--kr-target-color, var(--_target-dark));
      --_actual: var(--kr-actual-color, var(--_actual-dark));
      --_external: var(--kr-external-color, var(--_external-dark));
      --_tint: var(--_tint-dark);
    }
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_target: var(--kr-target-color, light-dark(var(--_target-light), var(--_target-dark)));
      --_actual: var(--kr-actual-color, light-dark(var(--_actual-light), var(--_actual-dark)));
      --_external: var(--kr-external-color, light-dark(var(--_external-light), var(--_external-dark)));
    }
  }

  /* On a page of many wheels, one far from view is not laid out or painted; until drawn once it
     is taken to be about as tall as it is wide. */
  .root.crowded {
    content-visibility: auto;
    contain-intrinsic-block-size: auto calc(100cqi + 8rem);
  }
  /* Shown details may reach beyond the wheel's box, which a skipped root would clip. */
  .root.crowded:has(> .canvas > [part='tooltip']:not([hidden])) {
    content-visibility: visible;
  }
  @media print {
    .root.crowded {
      content-visibility: visible;
    }
  }
  .canvas {
    position: relative;
  }
  svg.wheel {
    outline: none;
    display: block;
    margin: 0 auto;
    overflow: visible;
    font-family: inherit;
  }

  .spoke {
    outline: none;
  }
  .cell {
    fill: var(--_cat);
    fill-opacity: var(--_tint);
    stroke: none;
  }
  .spoke:hover .cell,
  .wheel:focus-within .spoke.active .cell {
    fill-opacity: calc(var(--_tint) * 2.2);
  }
  @supports (color: light-dark(#000, #fff)) {
    .cell {
      fill: light-dark(
        color-mix(in srgb, var(--_cat) calc(var(--_tint-light) * 100%), transparent),
        color-mix(in srgb, var(--_cat) calc(var(--_tint-dark) * 100%), transparent)
      );
      fill-opacity: 1;
    }
    .spoke:hover .cell,
    .wheel:focus-within .spoke.active .cell {
      fill: light-dark(
        color-mix(in srgb, var(--_cat) min(100%, var(--_tint-light) * 220%), transparent),
        color-mix(in srgb, var(--_cat) min(100%, var(--_tint-dark) * 220%), transparent)
      );
      fill-opacity: 1;
    }
  }
  .editable .cell {
    cursor: pointer;
  }
  .actual-sector,
  .level-share {
    fill: var(--_cat);
    stroke: var(--_actual);
    stroke-width: 1;
    pointer-events: none;
  }
  .gap {
    /* fill: the hatch pattern, set as an attribute (its id is unique per element) */
    stroke: var(--_target);
    stroke-width: 0.75;
    stroke-dasharray: 2 2;
    pointer-events: none;
  }
  .hatch-line {
    stroke: var(--_target);
    stroke-width: 1.5;
  }
  .ring {
    fill: none;
    stroke: var(--_grid);
    stroke-width: 1;
    pointer-events: none;
  }
  .separator {
    stroke: var(--_grid);
    stroke-width: 2;
    pointer-events: none;
  }
  .band {
    fill: var(--_cat);
    stroke: none;
    pointer-events: none;
  }
  .target {
    fill: none;
    stroke: var(--_target);
    stroke-width: 3;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .external-line {
    fill: none;
    stroke: var(--_external);
    stroke-width: 2.5;
    stroke-dasharray: 6 4;
    pointer-events: none;
  }
  .external-marker {
    fill: var(--_bg);
    stroke: var(--_external);
    stroke-width: 2;
    pointer-events: none;
  }
  .disagreement {
    fill: var(--_text);
    stroke: var(--_bg);
    stroke-width: 1;
    pointer-events: none;
  }
  .disagreement.hidden-strength {
    fill: var(--_bg);
    stroke: var(--_text);
    stroke-width: 1.75;
  }
  .label {
    fill: var(--_text);
    pointer-events: none;
  }
  .wheel:focus-within .label.active {
    text-decoration: underline;
  }
  .focus-ring,
  .focus-halo {
    fill: none;
    visibility: hidden;
    pointer-events: none;
  }
  .focus-halo {
    stroke: var(--_bg);
    stroke-width: 7;
  }
  .focus-ring {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .wheel:focus-within .focus-ring,
  .wheel:focus-within .focus-halo {
    visibility: visible;
  }

  [part='tooltip'] {
    position: absolute;
    z-index: 1;
    max-width: min(22rem, 90%);
    padding: 0.5rem 0.75rem;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_grid);
    border-radius: 4px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 25%);
    font-size: 0.875rem;
    /* The pointer may move onto the details without losing them (WCAG 1.4.13); they never cover their own spoke. */
    pointer-events: auto;
  }
  [part='tooltip'][hidden] {
    display: none;
  }
  /* Details asked for by a touch: a tap on them goes through to the spoke below. */
  [part='tooltip'][data-touch] {
    pointer-events: none;
  }
  [part='tooltip'] p {
    margin: 0.25rem 0 0;
  }
  [part='tooltip'] dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.5rem;
    margin: 0.25rem 0 0;
  }
  [part='tooltip'] dt {
    font-weight: 600;
  }
  [part='tooltip'] dd {
    margin: 0;
  }
  .tip-category {
    color: var(--_muted);
  }

  [part='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    margin: 0.5rem 0 0;
    font-size: 0.875rem;
  }
  [part='legend'] ul,
  [part='legend'] ol {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  [part='legend'] ol {
    display: block;
    columns: 13rem auto;
    flex-basis: 100%;
  }
  [part='legend'] ol li {
    break-inside: avoid;
  }
  [part='legend'] .name {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  [part='legend'] li {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }
  .swatch {
    flex: none;
    overflow: visible;
  }
  .number {
    display: inline-block;
    min-width: 1.75em;
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .note {
    color: var(--_muted);
  }

  .table-toggle {
    margin-top: 0.5rem;
    font: inherit;
    font-size: 0.875rem;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_grid);
    border-radius: 4px;
    padding: 0.25rem 0.75rem;
    cursor: pointer;
  }
  .table-toggle:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .table-scroll {
    overflow-x: auto;
  }
  /* The closed table is there for screen readers and print only: kept off-screen, the browser
     skips its style and layout (content-visibility), and still exposes it to assistive technology. */
  .data.visually-hidden {
    top: -100000px;
    content-visibility: auto;
    contain-intrinsic-size: 1px 1px;
  }
  .table-scroll:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [part='table'] {
    margin-top: 0.5rem;
    border-collapse: collapse;
    font-size: 0.875rem;
  }
  [part='table'] caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  [part='table'] th,
  [part='table'] td {
    text-align: start;
    padding: 0.125rem 0.75rem 0.125rem 0;
    border-bottom: 1px solid var(--_grid);
    vertical-align: top;
  }
  .group-notice,
  .lead-notice {
    margin: 0 0 0.5rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_grid);
    border-inline-start-width: 4px;
  }
  .role-source {
    margin: 0.25rem 0 0;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .legend-hint {
    margin: 0.5rem 0 0;
    font-size: 0.8125rem;
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    :host {
      --_digital: CanvasText;
      --_methode: CanvasText;
      --_sozial: CanvasText;
      --_personal: CanvasText;
      --_target: CanvasText;
      --_actual: CanvasText;
      --_external: LinkText;
      --_grid: GrayText;
      --_focus: Highlight;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_bg: Canvas;
      forced-color-adjust: none;
    }
    /* Each sector is a control (a slider's level, an option): its edge shows in a system colour
       (WCAG 1.4.11), under the rings; the filled levels over it are Highlight. */
    .cell {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1;
    }
    .spoke:hover .cell,
    .wheel:focus-within .spoke.active .cell {
      fill: Canvas;
    }
    .actual-sector,
    .level-share {
      fill: Highlight;
      stroke: CanvasText;
    }
    .band {
      fill: CanvasText;
    }
    .focus-ring {
      stroke-width: 4;
    }
  }

  /* Without colours (forced colours, print) the category bands and their legend swatches differ by
     their drawing: solid, outlined, grey, dashed. */
  @media (forced-colors: active), print {
    .band.cat-digital {
      fill: var(--_text);
      stroke: none;
    }
    .band.cat-methode,
    .band.cat-personal {
      fill: var(--_bg);
      stroke: var(--_text);
      stroke-width: 1.5;
    }
    .band.cat-personal {
      stroke-dasharray: 3 2;
    }
    .band.cat-sozial {
      fill: var(--_grid);
      stroke: none;
    }
  }

  @media print {
    :host {
      --_digital: #000;
      --_methode: #000;
      --_sozial: #000;
      --_personal: #000;
      --_target: #000;
      --_actual: #000;
      --_external: #000;
      --_grid: #555;
      --_text: #000;
      --_muted: #000;
      --_bg: #fff;
    }
    .cell {
      fill: none;
    }
    .actual-sector,
    .level-share {
      fill: #c8c8c8;
    }
    .band {
      fill: #fff;
      stroke: #000;
      stroke-width: 1;
    }
    .focus-ring,
    .focus-halo,
    .table-toggle,
    [part='tooltip'] {
      display: none;
    }
    .table-scroll {
      overflow: visible;
    }
    .data.visually-hidden {
      content-visibility: visible;
      position: static !important;
      width: auto !important;
      height: auto !important;
      margin: 0 !important;
      overflow: visible !important;
      clip: auto !important;
      clip-path: none !important;
      white-space: normal !important;
    }
  }
`;
