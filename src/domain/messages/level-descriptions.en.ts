import type { LevelDescriptions } from '../scale.js';

/** What each level means, in English, one sentence each. */
export const LEVEL_DESCRIPTIONS_EN: LevelDescriptions = {
  0: 'Not present, or not needed for the role.',
  1: 'Basic knowledge, largely theoretical; can be applied in practice case by case.',
  2: 'Proven in practice: experience from frequent use is enough to handle unfamiliar situations too.',
  3: 'Spots obstacles before they arise and plans for them; leads new undertakings on their own and teaches others the skill.',
};
