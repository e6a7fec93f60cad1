import { labelInSentence } from '../catalogue-sentences.js';
import type { SynergyReasonParams } from '../synergy.js';
import { FORMAT_REASONS_EN } from './format-reasons.en.js';
import { render, type Templates } from './templates.js';

/** Why people form a synergy group, in English. */
export const SYNERGY_REASONS_EN: Templates<SynergyReasonParams> = {
  'shared-need': (p, fmt) => {
    const competencies = fmt.list(p.competencies.map((label) => labelInSentence(label.en, 'en')));
    const cohort = p.cohorts > 1 ? ` Cohort ${p.cohort} of ${p.cohorts}, grouped by prior knowledge.` : '';
    return `${p.people} people need to build ${competencies}; one shared format saves effort. ${render(p.format, FORMAT_REASONS_EN, fmt)}${cohort}`;
  },
};
