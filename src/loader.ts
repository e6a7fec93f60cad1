/**
 * The loader behind `dist/kompetenzrad.min.js`: it finds the library's tags in the page and
 * imports, once per tag, the chunks that define it, resolved against its own URL. The build
 * (rollup.config.mjs) writes the chunk map from rollup's chunk graph and calls `startLoader`.
 *
 * - Tags are found in the document, in tags added later (one MutationObserver) and in the open
 *   shadow roots of elements it meets; a shadow root attached after its host was met is only
 *   seen when the page passes it to `discover(root)` (nothing global is patched).
 * - An element's chunks and every static dependency are imported at once (no waterfall); so are
 *   its texts in its language (the element loads them itself as well, see `LocalizeController`).
 * - A chunk that cannot be loaded is named in one console error per search, with the first error
 *   (the browser's: it could not be fetched, or what it threw while it ran), and each tag that
 *   stays undefined because of it gets a `kr-error` event (`code: 'load-failed'`,
 *   `source: 'loader'`); its light DOM stays visible.
 * - A tag that is defined already (by the one-file build, or by another library) is left alone.
 */

/**
 * What the build hands the loader: per tag, the names of the chunks it needs besides its own
 * (`<tag>.js`, and its texts `*<tag>`): file names without `.js`, separated by spaces, and texts
 * as `*name`, which stands for `de/name.js` or `en/name.js`.
 */
export type ChunkMap = Readonly<Record<string, string>>;

/** Searches `root` (a document, shadow root or element) for tags and watches it for new ones. */
export type Discover = (root: Node) => void;

/** Starts the loader on `document`, with the chunk files under `base` (an absolute URL ending in `/`). */
export function startLoader(map: ChunkMap, base: string): Discover {
  /** Per file: '' once it is loaded, its URL when it could not be. */
  const loads: Record<string, Promise<string>> = {};
  const met = new WeakSet<Node>();
  /** The loads the current search started. */
  let started: Promise<string>[] = [];
  /** The first error a file gave: that it could not be fetched, or what it threw while it ran. */
  let thrown = '';

  const load = (name: string): Promise<string> => {
    const url = `${base}${name}.js`;
    const failed = (error: unknown) => ((thrown ||= ` (${error})`), url);
    if (!loads[name]) started.push((loads[name] = import(url).then(() => '', failed)));
    return loads[name]!;
  };
  /** The URLs of `files` that could not be loaded and the first error; '' when all could be. */
  const failed = (files: Promise<string>[]): Promise<string> =>
    Promise.all(files).then((urls) => {
      const names = urls.filter(Boolean).join(', ');
      return names && names + thrown;
    });

  function visit(root: Node): void {
    if (!(root as ParentNode).querySelectorAll || met.has(root)) return;
    // A document or shadow root is watched from now on; elements are watched through their root.
    if (root.nodeType > 1) {
      met.add(root);
      observer.observe(root, { childList: true, subtree: true });
    }
    for (const element of [root as Element, ...(root as ParentNode).querySelectorAll('*')]) {
      if (element.shadowRoot) visit(element.shadowRoot);
      const tag = element.localName;
      const need = map[tag];
      if (!need || customElements.get(tag) || met.has(element)) continue;
      met.add(element);
      // The texts in the element's language, as `resolveLang` decides: `en…` is English, anything else German.
      let node: Node | null = element;
      while (node && !(node as HTMLElement).lang) node = node.parentNode ?? (node as ShadowRoot).host;
      const lang = /^en(?![a-z])/i.test((node as HTMLElement | null)?.lang as string) ? 'en' : 'de';
      const chunks: Promise<string>[] = [];
      for (const name of `${tag} *${tag} ${need}`.split(' ')) {
        if (name[0] === '*') load(lang + name.replace('*', '/'));
        else chunks.push(load(name));
      }
      void failed(chunks).then((missing) => {
        // A chunk that holds nothing the element needs (an entry that only re-exports) may fail while the element works.
        if (missing && !customElements.get(tag)) {
          element.dispatchEvent(
            new CustomEvent('kr-error', {
              bubbles: true,
              composed: true,
              detail: { code: 'load-failed', message: `<${tag}>: could not load ${missing}`, source: 'loader' },
            }),
          );
        } else if (element.shadowRoot) search([element.shadowRoot]);
      });
    }
  }

  /** One search; the files it could not load are named in one console error. */
  function search(roots: Node[]): void {
    started = [];
    roots.forEach(visit);
    void failed(started).then((missing) => missing && console.error(`kompetenzrad: could not load ${missing}`));
  }

  const observer = new MutationObserver((records) => search(records.flatMap((record) => [...record.addedNodes])));
  search([document]);
  return (root) => search([root]);
}
