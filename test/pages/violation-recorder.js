// Loaded first, as a classic script, so it sees every violation the page causes.
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
});
