// A provider with the `src` named in the page's query (`?src=/test/pages/documents/…`), and a team matrix inside it,
// from the build named by `?build=`: `sources` (src/), `loader` (the loader and its chunk folder) or
// `one-file` (kompetenzrad.all.min.js with the worker file beside it). window.__loaded holds the
// number of people once it has loaded.
const query = new URLSearchParams(location.search);
const BUILDS = {
  sources: ['/src/define/kompetenz-provider.ts', '/src/define/gap-matrix.ts'],
  loader: ['/dist/kompetenzrad.min.js'],
  'one-file': ['/dist/kompetenzrad.all.min.js'],
};
// `?cores=`: the number of processor cores the page reports (the provider reads a large document
// itself on a page with at most two).
if (query.has('cores')) Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => Number(query.get('cores')), configurable: true });
window.__krErrors = [];
document.addEventListener('kr-error', (event) => window.__krErrors.push({ tag: event.target.localName, ...event.detail }), true);
const provider = document.createElement('kompetenz-provider');
provider.setAttribute('storage', 'none');
provider.setAttribute('src', query.get('src'));
provider.append(document.createElement('gap-matrix'));
provider.lastChild.setAttribute('mode', 'team');
document.body.append(provider);
await Promise.all(BUILDS[query.get('build')].map((url) => import(url)));
await customElements.whenDefined('kompetenz-provider');
await provider.loadComplete;
window.__loaded = provider.portfolio.people.length;
