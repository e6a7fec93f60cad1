/**
 * Turns a drawn `<svg>` into a standalone file: styles that come from stylesheets (custom
 * properties, media queries, parts) are resolved into presentation attributes, so the file
 * looks the same outside the page. No markup strings are parsed anywhere: the SVG is cloned
 * and serialised with XMLSerializer.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Computed style properties written back as attributes. */
const PRESENTATION_PROPERTIES = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linejoin',
  'stroke-linecap',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
] as const;

/** Attributes that belong to the live page (focus, ARIA, styling hooks), not to the file. */
const PAGE_ONLY_ATTRIBUTE = /^(class|part|tabindex|role|style|aria-[\w-]+|data-[\w-]+)$/;

export interface SvgExportOptions {
  /** Written as the file's `<title>`. */
  title?: string;
  /** Paints a background rectangle first (e.g. `#ffffff`); none by default. */
  background?: string;
}

function removeComments(root: Node): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

/** A standalone SVG document (as text) of `svg` as it looks now. */
export function serializeSvg(svg: SVGSVGElement, options: SvgExportOptions = {}): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const copies = [clone, ...Array.from(clone.querySelectorAll('*'))];
  const invisible: Element[] = [];
  originals.forEach((original, index) => {
    const copy = copies[index];
    const style = getComputedStyle(original);
    const inDefs = original.closest('defs') !== null;
    if (!inDefs && original !== svg && (style.display === 'none' || style.visibility === 'hidden')) {
      invisible.push(copy);
      return;
    }
    for (const name of PRESENTATION_PROPERTIES) {
      const value = style.getPropertyValue(name);
      if (value !== '') copy.setAttribute(name, value);
    }
    for (const attribute of Array.from(copy.attributes)) {
      if (PAGE_ONLY_ATTRIBUTE.test(attribute.name)) copy.removeAttribute(attribute.name);
    }
  });
  for (const element of invisible) element.remove();
  removeComments(clone);

  const box = svg.viewBox.baseVal;
  const width = svg.width.baseVal.value || box.width;
  const height = svg.height.baseVal.value || box.height;
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('version', '1.1');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (options.background) {
    const rect = document.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('x', String(box.x));
    rect.setAttribute('y', String(box.y));
    rect.setAttribute('width', String(box.width || width));
    rect.setAttribute('height', String(box.height || height));
    rect.setAttribute('fill', options.background);
    clone.insertBefore(rect, clone.firstChild);
  }
  if (options.title) {
    const title = document.createElementNS(SVG_NS, 'title');
    title.textContent = options.title;
    clone.insertBefore(title, clone.firstChild);
  }
  return new XMLSerializer().serializeToString(clone);
}
