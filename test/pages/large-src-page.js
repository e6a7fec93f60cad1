// A provider with the `src` named in the page's query (`?src=/dav/…`), and a team matrix inside it;
// window.__loaded holds the number of people once it has loaded.
window.__krErrors = [];
document.addEventListener('kr-error', (event) => window.__krErrors.push({ tag: event.target.localName, ...event.detail }), true);
const provider = document.createElement('kompetenz-provider');
provider.setAttribute('storage', 'none');
provider.setAttribute('src', new URLSearchParams(location.search).get('src'));
provider.append(document.createElement('gap-matrix'));
provider.lastChild.setAttribute('mode', 'team');
document.body.append(provider);
await customElements.whenDefined('kompetenz-provider');
await provider.loadComplete;
window.__loaded = provider.portfolio.people.length;
