/**
 * An element's copies of static DOM that many elements of a page draw alike (built once, e.g. per
 * catalogue and language, and never inserted itself, so that a module-level cache of originals
 * holds no element): a copy is one `cloneNode`, where a template would make an instance, bindings
 * and markers per entry.
 *
 * - An element draws the same copy again on every update (lit leaves a child part alone that
 *   gets the node it holds), and may change what it sets again on each render (a class).
 * - When the original changes, a copy with the same elements in the same places takes the new
 *   attributes and texts (a resize moves the labels); else a new copy is drawn.
 * - Originals are elements, never fragments: a fragment is empty once inserted.
 */
export class StaticCopies {
  private readonly copies = new Map<string, { original: Element; copy: Node }>();

  /** The copy that draws `original` in `slot`. */
  of(slot: string, original: Element): Node {
    const kept = this.copies.get(slot);
    if (kept?.original === original) return kept.copy;
    const copy = kept && follow(kept.copy, original) ? kept.copy : original.cloneNode(true);
    this.copies.set(slot, { original, copy });
    return copy;
  }
}
/** Gives `copy` the attributes and texts of `original`; false where their elements differ (`copy` is then half changed and not to be used). */
function follow(copy: Node, original: Node): boolean {
  const children = copy.childNodes;
  if (copy.nodeName !== original.nodeName || children.length !== original.childNodes.length) return false;
  if (copy instanceof Element && original instanceof Element) {
    for (const name of copy.getAttributeNames()) if (!original.hasAttribute(name)) copy.removeAttribute(name);
    for (const name of original.getAttributeNames()) {
      const value = original.getAttribute(name) as string;
      if (copy.getAttribute(name) !== value) copy.setAttribute(name, value);
    }
  } else if (copy.nodeValue !== original.nodeValue) {
    copy.nodeValue = original.nodeValue;
  }
  for (let index = 0; index < children.length; index += 1) if (!follow(children[index], original.childNodes[index])) return false;
  return true;
}
