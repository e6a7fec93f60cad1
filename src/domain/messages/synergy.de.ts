import { labelInSentence } from '../catalogue-sentences.js';
import type { SynergyReasonParams } from '../synergy.js';
import { FORMAT_REASONS_DE } from './format-reasons.de.js';
import { render, type Templates } from './templates.js';

/** Why people form a synergy group, in German. */
export const SYNERGY_REASONS_DE: Templates<SynergyReasonParams> = {
  'shared-need': (p, fmt) => {
    const competencies = fmt.list(p.competencies.map((label) => labelInSentence(label.de, 'de')));
    const cohort = p.cohorts > 1 ? ` Gruppe ${p.cohort} von ${p.cohorts}, nach Vorkenntnissen eingeteilt.` : '';
    return `${p.people} Personen haben Aufbaubedarf bei ${competencies}; ein gemeinsames Format spart Aufwand. ${render(p.format, FORMAT_REASONS_DE, fmt)}${cohort}`;
  },
};
