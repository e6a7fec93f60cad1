// Loaded first, as a classic script: records the page's console errors and kr-error events
// (with the tag that fired them), so a test can count what the loader reports.
window.__consoleErrors = [];
window.__krErrors = [];
const originalError = console.error;
console.error = (...args) => {
  window.__consoleErrors.push(args.map(String).join(' '));
  originalError.apply(console, args);
};
document.addEventListener('kr-error', (event) => window.__krErrors.push({ tag: event.composedPath()[0].localName, ...event.detail }), true);
