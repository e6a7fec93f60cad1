import type { Formatter } from '../../internal/format.js';
import { labelInSentence } from '../catalogue-sentences.js';
import type { FormatReasonParams } from '../formats.js';
import type { LocalizedText } from '../types.js';
import type { Templates } from './templates.js';

const inSentence = (labels: readonly LocalizedText[], fmt: Formatter) => fmt.list(labels.map((label) => labelInSentence(label.en, 'en')));

/** Why a format is recommended, in English. */
export const FORMAT_REASONS_EN: Templates<FormatReasonParams> = {
  'suits-competencies': (p, fmt) => `${p.format.en} particularly suits ${inSentence(p.competencies, fmt)}.`,
  'suits-categories': (p, fmt) => `${p.format.en} particularly suits ${inSentence(p.categories, fmt)}.`,
  complements: (p) => `${p.format.en} is not aimed at these competencies in particular but can complement others.`,
};
