import type { Formatter } from '../../internal/format.js';
import { labelInSentence } from '../catalogue-sentences.js';
import type { FormatReasonParams } from '../formats.js';
import type { LocalizedText } from '../types.js';
import type { Templates } from './templates.js';

const inSentence = (labels: readonly LocalizedText[], fmt: Formatter) => fmt.list(labels.map((label) => labelInSentence(label.de, 'de')));

/** Why a format is recommended, in German. */
export const FORMAT_REASONS_DE: Templates<FormatReasonParams> = {
  'suits-competencies': (p, fmt) => `${p.format.de} eignet sich besonders für ${inSentence(p.competencies, fmt)}.`,
  'suits-categories': (p, fmt) => `${p.format.de} eignet sich besonders für ${inSentence(p.categories, fmt)}.`,
  complements: (p) => `${p.format.de} ist für diese Kompetenzen nicht eigens vorgesehen, kann sie aber ergänzen.`,
};
