import type { Formatter } from '../../internal/format.js';

/**
 * One language's texts for a family of codes: per code, a function from the code's parameters
 * (`P[code]`) to a sentence, formatting dates and numbers with `fmt`. Every language module of a
 * family has the same `Templates` type, so TypeScript fails when a code lacks a text.
 */
export type Templates<P> = { readonly [C in keyof P]: (params: Readonly<P[C]>, fmt: Formatter) => string };

/** A coded message of the family `P`: its code and that code's parameters. */
export type Coded<P> = { [C in keyof P]: { code: C; params: Readonly<P[C]> } }[keyof P];

/** A template's sentence, or `undefined` when there is none or the parameters do not fit it (a message of a newer or older version). */
export function applyTemplate(template: unknown, params: unknown, fmt: Formatter): string | undefined {
  if (typeof template !== 'function') return undefined;
  try {
    const text = (template as (params: unknown, fmt: Formatter) => string)(params ?? {}, fmt);
    // A parameter the text needs was missing: no sentence at all is better than one with a hole.
    // Words the data itself holds ("NaN" in a refused file, an id "undefined") are no hole.
    const hole = /\b(undefined|NaN)\b/;
    return hole.test(text) && !hole.test(JSON.stringify(params ?? {}) ?? '') ? undefined : text;
  } catch {
    return undefined;
  }
}

/** The sentence for a coded message in the language of `templates` and `fmt`; a code without a text (or with parameters that do not fit it) comes back as the code. */
export function render<P>(message: Coded<P>, templates: Templates<P>, fmt: Formatter): string {
  const code: unknown = (message as { code?: unknown } | null | undefined)?.code;
  const template = typeof code === 'string' && Object.hasOwn(templates, code) ? templates[code as keyof P] : undefined;
  return applyTemplate(template, message?.params, fmt) ?? String(code ?? '');
}
