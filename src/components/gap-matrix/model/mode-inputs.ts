import type { InputProblem } from '../../../internal/inputs.js';

/** The attributes only some modes read (as each property's documentation says), by the modes that read them. */
const READ_IN: Readonly<Record<string, readonly string[]>> = {
  target: ['person'],
  'target-role': ['person'],
  actual: ['person'],
  external: ['person'],
  'to-build-only': ['person'],
  'show-history': ['person'],
  cells: ['team'],
  'filter-competency': ['team'],
  'min-gap': ['team'],
  synergy: ['team'],
  'selected-group': ['team'],
  'group-only': ['team'],
  'filter-role': ['team', 'organisation'],
  'filter-department': ['team', 'organisation'],
  'group-by': ['organisation'],
  'min-group-size': ['organisation'],
  'allow-drill-down': ['organisation'],
};

/** Attributes on `host` that its `mode` does not read: each reported (`not-for-mode`), so that an editor learns why it does nothing. */
export function modeInputProblems(host: Element, mode: string): InputProblem[] {
  return Object.entries(READ_IN)
    .filter(([attribute, modes]) => host.hasAttribute(attribute) && !modes.includes(mode))
    .map(([attribute, modes]) => ({
      code: 'not-for-mode',
      source: attribute,
      params: { modes },
      message: `${attribute}: only read with mode="${modes.join('" or mode="')}"; not used in mode="${mode}"`,
    }));
}
