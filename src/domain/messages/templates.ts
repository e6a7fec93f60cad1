import type { Formatter } from '../../internal/format.js';

/**
 * One language's texts for a family of codes: per code, a function from the code's parameters
 * (`P[code]`) to a sentence, formatting dates and numbers with `fmt`. Every language module of a
 * family has the same `Templates` type, so TypeScript fails when a code lacks a text.
 */
export type Templates<P> = { readonly [C in keyof P]: (params: Readonly<P[C]>, fmt: Formatter) => string };

/** A coded message of the family `P`: its code and that code's parameters. */
export type Coded<P> = { [C in keyof P]: { code: C; params: Readonly<P[C]> } }[keyof P];

/** The sentence for a coded message in the language of `templates` and `fmt`. */
export function render<P>(message: Coded<P>, templates: Templates<P>, fmt: Formatter): string {
  const template = templates[message.code] as (params: Readonly<P[keyof P]>, fmt: Formatter) => string;
  return template(message.params, fmt);
}
