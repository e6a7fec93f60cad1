import { CATEGORY_IDS, COMPETENCY_ENTRIES, CATEGORY_NAMES, COMPETENCY_IDS } from './default-catalogue.js';
import { builtInDefault } from './frozen.js';
import { text } from './localized.js';
import { CATALOGUE_DESCRIPTIONS_DE } from './messages/catalogue-descriptions.de.js';
import { CATALOGUE_DESCRIPTIONS_EN } from './messages/catalogue-descriptions.en.js';
import type { Catalogue } from './types.js';

// Re-exported by catalogue.ts; a module of its own so that only pages that use it load the descriptions.

/**
 * The built-in catalogue: 4 categories and 25 competencies in wheel order, with the descriptions
 * of both language modules (DOMAIN.md §2, §11). Deeply frozen; copy it (`structuredClone`) to
 * build a custom catalogue from it. A page that needs one language only uses
 * `DEFAULT_CATALOGUE_LEAN` and `messages/catalogue-descriptions.<lang>`.
 */
export const DEFAULT_CATALOGUE: Catalogue = /*#__PURE__*/ builtInDefault(() => {
  const [de, en] = [CATALOGUE_DESCRIPTIONS_DE, CATALOGUE_DESCRIPTIONS_EN];
  return {
    id: 'kompetenzrad-2021',
    categories: CATEGORY_IDS.map((id) => ({ id, label: CATEGORY_NAMES[id].label, description: text(de.categories[id], en.categories[id]) })),
    competencies: COMPETENCY_IDS.map((id) => {
      const { refreshMonths, ...rest } = COMPETENCY_ENTRIES[id];
      const description = text(de.competencies[id], en.competencies[id]);
      return { id, ...rest, description, ...(refreshMonths === undefined ? {} : { refreshMonths }) };
    }),
  };
});
