// Another library's <gap-matrix>, defined before the loader runs (loader-clash.html).
customElements.define('gap-matrix', class extends HTMLElement {});
