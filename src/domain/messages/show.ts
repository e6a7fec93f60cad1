import type { Formatter } from '../../internal/format.js';
import type { MessageParam } from '../errors.js';

/** How one language writes values inside a message. */
export interface ValueStyle {
  /** A text in the language's quotation marks. */
  quote(text: string): string;
  /** What is said when there was no value at all. */
  nothing: string;
}

/**
 * A parameter as it appears in a sentence: texts quoted, numbers in the language's form (all
 * decimals kept: a wrong value is shown as it was given), lists of values one after the other.
 */
export function showValue(value: MessageParam | undefined, style: ValueStyle, fmt: Formatter): string {
  if (value === undefined) return style.nothing;
  if (typeof value === 'string') return style.quote(value);
  if (typeof value === 'number') return fmt.number(value, 20);
  if (Array.isArray(value)) return value.map((entry: string | number) => showValue(entry, style, fmt)).join(', ');
  return String(value);
}

/** Quoted ids or words joined the language's way (`type` `or`: … oder … / … or …). */
export function showList(values: readonly (string | number)[], style: ValueStyle, fmt: Formatter, type: 'and' | 'or' = 'and'): string {
  return fmt.list(values.map((value) => showValue(value, style, fmt)), type);
}
