/**
 * An element's copies of static DOM that many elements of a page draw alike (built once, e.g. per
 * catalogue and language): a copy is one `cloneNode`, where a template would make an instance,
 * bindings and markers per entry. The element draws the same copy again on every update (lit
 * leaves a child part alone that gets the node it holds), and a new one when the original changed.
 * Originals are elements, never fragments: a fragment is empty once inserted.
 */
export class StaticCopies {
  private readonly copies = new Map<string, { original: Element; copy: Node }>();

  /** The copy of `original` drawn in `slot`. */
  of(slot: string, original: Element): Node {
    let kept = this.copies.get(slot);
    if (kept?.original !== original) this.copies.set(slot, (kept = { original, copy: original.cloneNode(true) }));
    return kept.copy;
  }
}
