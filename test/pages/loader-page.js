// The page's own module: hands the loader's `discover` to the test, for a shadow root the page
// attaches after the loader started. It imports the loader the page's script tag names.
const { discover } = await import(document.querySelector('script[data-loader]').src);

window.__discover = discover;
window.__ready = true;
