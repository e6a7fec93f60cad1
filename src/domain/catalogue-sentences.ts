import { indexCatalogue } from './catalogue.js';
import { DEFAULT_CATALOGUE_LEAN } from './default-catalogue.js';
import type { Catalogue, Lang, LocalizedText } from './types.js';

// Catalogue labels inside sentences, for the message modules: a module of its own so that a page
// whose texts build no sentences from labels (the wheel) loads none of it.

/** German default labels that start with an adjective ("Digitale …", "(Laterale) …"). */
const GERMAN_ADJECTIVE_START = /^\(?[A-ZÄÖÜ][a-zäöüß]+(e|es|er|en)\)? /;
const DEFAULT_GERMAN_LABELS = new Set(
  [...DEFAULT_CATALOGUE_LEAN.categories, ...DEFAULT_CATALOGUE_LEAN.competencies].map((item) => item.label.de),
);

/**
 * A label as it is written inside a sentence: English labels start in lower case unless they
 * begin with an abbreviation ("IT application skills"); German default labels that start with an
 * adjective do too ("für digitale Fachkompetenzen"); other German labels stay as they are.
 */
export function labelInSentence(label: string, lang: Lang): string {
  const lower = (text: string): string => text.replace(/^(\(?)([A-ZÄÖÜ])(?=[a-zäöüß])/, (_, bracket: string, first: string) => bracket + first.toLowerCase());
  if (lang === 'en') return lower(label);
  return DEFAULT_GERMAN_LABELS.has(label) && GERMAN_ADJECTIVE_START.test(label) ? lower(label) : label;
}

/** Items joined for a sentence: "a", "a und b", "a, b und c" (English: "and"). */
export function joinForSentence(items: readonly string[], lang: Lang): string {
  const and = lang === 'de' ? 'und' : 'and';
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** The labels of competencies (or categories) as one phrase for a sentence, in the given order. */
export function labelsForSentence(catalogue: Catalogue, ids: readonly string[], lang: Lang, kind: 'competencies' | 'categories' = 'competencies'): string {
  indexCatalogue(catalogue);
  const items: readonly { id: string; label: LocalizedText }[] = catalogue[kind];
  return joinForSentence(
    ids.map((id) => labelInSentence(items.find((item) => item.id === id)?.label[lang] ?? id, lang)),
    lang,
  );
}
