// Mounts every element from the sources (not the bundle) under the strict CSP: the provider with a
// full sample portfolio, and standalone elements plus a second provider with hostile data in every
// text field. Reports readiness and what it did in window.__quality.
import '/src/index.ts';
import { generatePortfolio } from '/src/domain/sample.ts';
import { DEFAULT_CATALOGUE } from '/src/domain/catalogue.ts';
import { DEFAULT_ROLES } from '/src/domain/roles.ts';

const PAYLOAD = '<img src=x onerror="window.__krPwned=1"><script>window.__krPwned=1</script>';
const both = (text) => ({ de: text, en: text });
const sample = generatePortfolio({ seed: 3, people: 6, today: '2025-09-10' });
const person = sample.people[0];
const goals = sample.goals.filter((goal) => goal.personId === person.id);
const plan = sample.plans.find((candidate) => candidate.personId === person.id);

const hostileCatalogue = {
  categories: DEFAULT_CATALOGUE.categories.map((category, index) => (index === 0 ? { ...category, label: both(PAYLOAD) } : category)),
  competencies: DEFAULT_CATALOGUE.competencies.map((competency, index) => (index === 0 ? { ...competency, label: both(PAYLOAD), description: both(PAYLOAD) } : competency)),
};
const hostileGoal = (goal) => ({ ...goal, measure: PAYLOAD, challenge: PAYLOAD, notes: PAYLOAD });
const hostilePerson = { ...person, name: PAYLOAD, department: PAYLOAD };
const hostilePlan = { ...plan, title: PAYLOAD, items: plan.items.map((item) => ({ ...item, provider: PAYLOAD })), reviews: plan.reviews.map((review) => ({ ...review, participants: [PAYLOAD] })) };

const errors = [];
document.addEventListener('kr-error', (event) => errors.push(event.detail.code), true);

await Promise.all(['kompetenz-provider', 'kompetenz-rad', 'gap-matrix', 'smart-goal-form', 'lernplan-timeline'].map((tag) => customElements.whenDefined(tag)));

document.querySelector('#full kompetenz-provider').portfolio = sample;

const wheel = document.getElementById('hostile-wheel');
wheel.setAttribute('catalogue', JSON.stringify(hostileCatalogue));
wheel.setAttribute('external', JSON.stringify({ daten: 3, [PAYLOAD]: 1 }));
const team = document.getElementById('hostile-team');
team.people = [hostilePerson, ...sample.people.slice(1)];
team.assessments = sample.assessments;
team.roles = DEFAULT_ROLES.map((role) => ({ ...role, label: both(PAYLOAD) }));
document.getElementById('hostile-form').setAttribute('goal', JSON.stringify(hostileGoal(goals[0])));
const timeline = document.getElementById('hostile-timeline');
timeline.setAttribute('plan', JSON.stringify(hostilePlan));
timeline.setAttribute('goals', JSON.stringify(goals.map(hostileGoal)));
timeline.setAttribute('person', JSON.stringify(hostilePerson));
const imported = document.getElementById('hostile-provider').importPortfolio(
  JSON.stringify({
    format: sample.format,
    version: sample.version,
    catalogue: hostileCatalogue,
    people: [hostilePerson],
    assessments: sample.assessments.filter((assessment) => assessment.personId === person.id),
    goals: goals.map(hostileGoal),
    plans: [hostilePlan],
  }),
);

for (let round = 0; round < 3; round += 1) {
  for (const element of document.querySelectorAll('kompetenz-provider, kompetenz-rad, gap-matrix, smart-goal-form, lernplan-timeline')) {
    await element.updateComplete;
    if (element.loadComplete) await element.loadComplete;
    if (element.analysisComplete) await element.analysisComplete;
  }
}
window.__quality = { payload: PAYLOAD, imported: imported.ok, errors };
window.__ready = true;
