// Page logic of the SMART goal demo: choice of person and language, the person's saved goals,
// and what the native form would send. DOM methods only (no innerHTML): the page runs under a
// strict Content-Security-Policy.
import { catalogueOf } from '../dist/domain/index.js';

const TEXT = {
  de: { level: 'Stufe', until: 'bis', updated: 'Das Portfolio wurde aktualisiert.' },
  en: { level: 'level', until: 'by', updated: 'The portfolio was updated.' },
};

const provider = document.querySelector('kompetenz-provider');
const personSelect = document.getElementById('person');
const languageSelect = document.getElementById('language');
const savedList = document.getElementById('saved');
const savedEmpty = document.getElementById('saved-empty');
const savedStatus = document.getElementById('saved-status');
const nativeForm = document.getElementById('native-form');
const formData = document.getElementById('form-data');

const lang = () => (document.documentElement.lang === 'en' ? 'en' : 'de');

function formatDate(iso) {
  return new Intl.DateTimeFormat(lang(), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

function fillPeople(portfolio) {
  const selected = provider.person ?? portfolio.people[0]?.id;
  personSelect.replaceChildren(
    ...portfolio.people.map((person) => {
      const option = document.createElement('option');
      option.value = person.id;
      option.textContent = person.department ? `${person.name} (${person.department})` : person.name;
      option.selected = person.id === selected;
      return option;
    }),
  );
  personSelect.disabled = portfolio.people.length === 0;
}

function showSaved(portfolio) {
  const text = TEXT[lang()];
  const catalogue = catalogueOf(portfolio);
  const labels = new Map(catalogue.competencies.map((competency) => [competency.id, competency.label[lang()]]));
  const goals = portfolio.goals.filter((goal) => goal.personId === personSelect.value);
  savedList.replaceChildren(
    ...goals.map((goal) => {
      const item = document.createElement('li');
      const names = goal.competencyIds.map((id) => labels.get(id) ?? id).join(', ');
      item.textContent = `${names} → ${text.level} ${goal.targetLevel}, ${text.until} ${formatDate(goal.due)}: ${goal.measure}`;
      return item;
    }),
  );
  savedEmpty.hidden = goals.length > 0;
}

await customElements.whenDefined('kompetenz-provider');

provider.addEventListener('kr-portfolio-change', (event) => {
  const { portfolio, reason } = event.detail;
  if (reason !== 'edit') fillPeople(portfolio);
  showSaved(portfolio);
  if (reason === 'edit') savedStatus.textContent = TEXT[lang()].updated;
});

personSelect.addEventListener('change', () => {
  provider.person = personSelect.value;
  showSaved(provider.portfolio);
});

languageSelect.addEventListener('change', () => {
  document.documentElement.lang = languageSelect.value;
  showSaved(provider.portfolio);
});

nativeForm.addEventListener('submit', (event) => {
  // A real page would send the form to its server; the demo shows what would be sent.
  event.preventDefault();
  const entries = [...new FormData(nativeForm).entries()].map(([name, value]) => [name, typeof value === 'string' ? JSON.parse(value) : value]);
  formData.textContent = JSON.stringify(Object.fromEntries(entries), null, 2);
});

nativeForm.addEventListener('reset', () => {
  formData.textContent = '–';
});

await provider.loadComplete;
fillPeople(provider.portfolio);
showSaved(provider.portfolio);
