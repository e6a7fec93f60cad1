// Loads only the one-file build, feeds the provider a small portfolio, and reports readiness.
import '/dist/kompetenzrad.all.min.js';

const portfolio = {
  format: 'kompetenzrad-portfolio',
  version: 1,
  people: [{ id: 'p-test', name: 'Erika Muster', roleId: 'cdo', department: 'Hauptamt', capacityHoursPerMonth: 8, budget: 2000 }],
  assessments: [
    { id: 'a-self', personId: 'p-test', rater: 'self', date: '2026-01-15', levels: { daten: 1, technik: 2 } },
    { id: 'a-ext', personId: 'p-test', rater: 'external', raterRole: 'Vorgesetzte', date: '2026-01-20', levels: { daten: 1, technik: 1 } },
  ],
  goals: [],
  plans: [],
};

const provider = document.querySelector('kompetenz-provider');
await customElements.whenDefined('kompetenz-provider');
provider.portfolio = portfolio;
for (const element of document.querySelectorAll('*')) {
  if (element.localName.includes('-')) await element.updateComplete;
}
window.__ready = true;
