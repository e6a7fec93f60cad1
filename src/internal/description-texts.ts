import type { DefaultCatalogueDescriptions } from '../domain/default-catalogue.js';
import type { CatalogueDescriptions } from './descriptions.js';
import { defineStrings } from './localize.js';

/**
 * The built-in catalogue's descriptions, one language module each, loaded with the texts of the
 * elements (`defineStrings`) of a page whose provider hands them to its widgets: in the page's
 * language only.
 */
export const CATALOGUE_DESCRIPTIONS: CatalogueDescriptions = defineStrings<DefaultCatalogueDescriptions>({
  de: async () => (await import('../domain/messages/catalogue-descriptions.de.js')).CATALOGUE_DESCRIPTIONS_DE,
  en: async () => (await import('../domain/messages/catalogue-descriptions.en.js')).CATALOGUE_DESCRIPTIONS_EN,
});
