/** What a relative length is measured against (px): the element's and the root's font size, the window's height. */
export interface LengthBasis {
  em: number;
  rem: number;
  height: number;
}

const LENGTH = /^([+-]?(?:\d+\.?\d*|\.\d+))(px|r?em|vh)$/i;

/**
 * A length as a page writes it into a custom property (`32rem`, `600px`, `40em`, `70vh`) in px;
 * `undefined` for what only the browser can resolve (`calc()`, percentages, `none`, keywords).
 */
export function lengthInPx(value: string, basis: LengthBasis): number | undefined {
  const match = LENGTH.exec(value.trim());
  if (!match) return undefined;
  const unit = match[2].toLowerCase();
  return Number(match[1]) * (unit === 'px' ? 1 : unit === 'rem' ? basis.rem : unit === 'em' ? basis.em : basis.height / 100);
}

/**
 * The custom property `name` in px as `element` inherits it; `fallback` (the default its
 * stylesheet gives in `var()`) stands for a property the page does not set.
 */
export function customLength(element: Element, name: string, fallback: string): number | undefined {
  // The element's own window and root: it may have been moved into another document (an iframe's).
  const view = element.ownerDocument.defaultView ?? window;
  const style = view.getComputedStyle(element);
  const rem = Number.parseFloat(view.getComputedStyle(element.ownerDocument.documentElement).fontSize);
  return lengthInPx(style.getPropertyValue(name).trim() || fallback, { em: Number.parseFloat(style.fontSize), rem, height: view.innerHeight });
}
