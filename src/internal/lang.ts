import type { Lang } from '../domain/types.js';

/** The languages the library speaks; German is the default. */
export const LANGS: readonly Lang[] = Object.freeze(['de', 'en']);
export const DEFAULT_LANG: Lang = 'de';

/** `de`, `de-DE`, `DE-at` → `de`; `en-GB` → `en`; anything else → `undefined`. */
export function toLang(value: string | null | undefined): Lang | undefined {
  if (typeof value !== 'string') return undefined;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : undefined;
}

/** The language a caller of the domain's messages asked for (`en-US` → `en`); German for any other value. */
export const langOrDefault = (value: string | null | undefined): Lang => toLang(value) ?? DEFAULT_LANG;
