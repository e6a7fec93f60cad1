/** Originals some element draws already: any other element draws a copy. */
const drawn = new WeakSet<Element>();

/**
 * An element's copies of static DOM that many elements of a page draw alike (built once, e.g. per
 * catalogue and language): a copy is one `cloneNode`, where a template would make an instance,
 * bindings and markers per entry. The first element to draw an original draws the original
 * itself, so a page of one element builds it once and copies nothing; an element may only change
 * what every copy has its own value for (a class it sets again on each render). An element draws
 * the same node again on every update (lit leaves a child part alone that gets the node it holds),
 * and a new one when the original changed. Originals are elements, never fragments: a fragment is
 * empty once inserted.
 */
export class StaticCopies {
  private readonly copies = new Map<string, { original: Element; copy: Node }>();

  /** The node that draws `original` in `slot`: the original itself if no other element draws it, else a copy. */
  of(slot: string, original: Element): Node {
    let kept = this.copies.get(slot);
    if (kept?.original !== original) {
      const copy = drawn.has(original) ? original.cloneNode(true) : original;
      drawn.add(original);
      this.copies.set(slot, (kept = { original, copy }));
    }
    return kept.copy;
  }
}
