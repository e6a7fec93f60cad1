/**
 * axe (WCAG 2.0/2.1/2.2 A and AA, the shared helper) over every widget × state × colour mode.
 * Cells that an element's own tests already check are listed in COVERED with the test that does
 * it and are not run again here; this file runs every other cell, so that the matrix as a whole
 * is complete.
 */
import { expect } from '@open-wc/testing';
import { expectAccessible } from '../../helpers/a11y.js';
import { emulateMediaFeatures, resetMediaFeatures, type MediaFeatures } from '../../helpers/media.js';
import { mountProvider, mountWidget, STATES, WIDGETS, type State, type Widget } from './fixtures.js';

type Mode = 'light' | 'dark' | 'forced colours';
const MODES: Record<Mode, MediaFeatures> = {
  light: { colorScheme: 'light' },
  dark: { colorScheme: 'dark' },
  'forced colours': { forcedColors: 'active' },
};

/** `widget|state|mode` → where the element's own tests run axe in that state. */
const COVERED: Record<string, string> = {
  'kompetenz-rad|empty|light': 'kompetenz-rad/text-alternative.test.ts',
  'kompetenz-rad|full|light': 'kompetenz-rad/text-alternative.test.ts',
  'kompetenz-rad|editing|light': 'kompetenz-rad/text-alternative.test.ts',
  'kompetenz-rad|errors|light': 'kompetenz-rad/bad-input.test.ts',
  'kompetenz-rad|full|dark': 'kompetenz-rad/theme.test.ts',
  'kompetenz-rad|full|forced colours': 'kompetenz-rad/theme.test.ts',
  'gap-matrix|empty|light': 'gap-matrix/person.test.ts',
  'gap-matrix|full|light': 'gap-matrix/person.test.ts',
  'gap-matrix|errors|light': 'gap-matrix/errors.test.ts',
  'gap-matrix|full|dark': 'gap-matrix/person.test.ts',
  'gap-matrix|full|forced colours': 'gap-matrix/person.test.ts',
  'gap-matrix team|full|light': 'gap-matrix/team.test.ts',
  'gap-matrix team|editing|light': 'gap-matrix/team.test.ts (synergy groups)',
  'gap-matrix organisation|full|light': 'gap-matrix/organisation.test.ts',
  'gap-matrix organisation|editing|light': 'gap-matrix/organisation.test.ts (the people behind a cell)',
  'gap-matrix organisation|editing|dark': 'gap-matrix/organisation.test.ts (the people behind a cell)',
  'gap-matrix organisation|editing|forced colours': 'gap-matrix/organisation.test.ts (the people behind a cell)',
  'gap-matrix organisation|errors|light': 'gap-matrix/organisation.test.ts (min-group-size and group-by reported)',
  'smart-goal-form|empty|light': 'smart-goal-form/findings.test.ts',
  'smart-goal-form|full|light': 'smart-goal-form/form.test.ts',
  'smart-goal-form|editing|light': 'smart-goal-form/findings.test.ts (every message showing)',
  'lernplan-timeline|empty|light': 'lernplan-timeline/list-and-export.test.ts',
  'lernplan-timeline|full|light': 'lernplan-timeline/render.test.ts',
  'lernplan-timeline|editing|light': 'lernplan-timeline/editing.test.ts',
  'lernplan-timeline|editing|dark': 'lernplan-timeline/appearance.test.ts',
  'lernplan-timeline|editing|forced colours': 'lernplan-timeline/appearance.test.ts',
};

/**
 * Cells left out on purpose: an empty element in dark or forced colours shows nothing the light
 * run does not; the error state adds only the shared notice (base styles), so its dark and
 * forced-colour runs are done once, on the wheel.
 */
const SKIPPED = (widget: Widget, state: State, mode: Mode) =>
  (state === 'empty' && mode !== 'light') || (state === 'errors' && mode !== 'light' && widget !== 'kompetenz-rad');

async function useMode(mode: Mode, test: Mocha.Context): Promise<void> {
  const applied = await emulateMediaFeatures(MODES[mode]);
  // Forced colours need the kr-emulate-media plugin (test/helpers/media-plugin.mjs).
  if (!applied) test.skip();
}

describe('accessibility matrix: axe (WCAG 2.x A/AA) for every widget, state and colour mode', () => {
  afterEach(resetMediaFeatures);

  it('lists only cells of the matrix as covered elsewhere', () => {
    for (const key of Object.keys(COVERED)) {
      const [widget, state, mode] = key.split('|');
      expect(WIDGETS, key).to.include(widget);
      expect(STATES, key).to.include(state);
      expect(Object.keys(MODES), key).to.include(mode);
    }
  });

  for (const widget of WIDGETS) {
    for (const state of STATES) {
      for (const mode of Object.keys(MODES) as Mode[]) {
        if (COVERED[`${widget}|${state}|${mode}`] || SKIPPED(widget, state, mode)) continue;
        it(`${widget}, ${state}, ${mode}`, async function () {
          await useMode(mode, this);
          const { el, errors } = await mountWidget(widget as Widget, state);
          expect(errors.length > 0, 'kr-error fires exactly in the error state').to.equal(state === 'errors');
          if (state === 'errors') expect(el.shadowRoot!.querySelector('[part="notice"] li'), 'the notice lists the problems').to.exist;
          await expectAccessible(el);
        });
      }
    }
  }

  for (const mode of ['dark', 'forced colours'] as Mode[]) {
    it(`every widget inside a provider (editable), ${mode}`, async function () {
      await useMode(mode, this);
      const { el, errors } = await mountProvider(true);
      expect(errors).to.deep.equal([]);
      await expectAccessible(el);
    });
  }
});
