import { DEFAULT_CATALOGUE_LEAN, type DefaultCatalogueDescriptions, type DefaultCompetencyId } from '../domain/default-catalogue.js';
import type { Catalogue, Lang } from '../domain/types.js';
import { loadedTexts, type Texts } from './localize.js';

/** The built-in catalogue's descriptions, one table per language (`KompetenzContextValue.descriptions`). */
export type CatalogueDescriptions = Texts<DefaultCatalogueDescriptions>;

/**
 * What the competency at `index` of `catalogue` means, in `lang`: its own description, else for the
 * built-in catalogue (`DEFAULT_CATALOGUE_LEAN`, which has none) the one of `descriptions` once its
 * table in `lang` is loaded; `undefined` without either.
 */
export function competencyDescription(catalogue: Catalogue, index: number, lang: Lang, descriptions: CatalogueDescriptions | undefined): string | undefined {
  const competency = catalogue.competencies[index];
  if (!competency || competency.description) return competency?.description?.[lang];
  if (catalogue !== DEFAULT_CATALOGUE_LEAN || !descriptions) return undefined;
  return loadedTexts(descriptions, lang)?.competencies[competency.id as DefaultCompetencyId];
}
