import type { LocalizedText } from './types.js';

/** A text in German and English. */
export const text = (de: string, en: string): LocalizedText => ({ de, en });
