import type { Lang } from '../domain/types.js';

const LAST_WORD: Readonly<Record<Lang, Record<'and' | 'or', string>>> = { de: { and: 'und', or: 'oder' }, en: { and: 'and', or: 'or' } };

/**
 * `a, b und c` / `a, b and c`; `or`: … oder / … or. As `Intl.ListFormat` writes lists for de-DE
 * and en-GB (no comma before the last word), without Intl (see `plainDate`).
 */
export function plainList(items: readonly string[], lang: Lang, type: 'and' | 'or'): string {
  if (items.length < 2) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${LAST_WORD[lang][type]} ${items[items.length - 1]}`;
}
