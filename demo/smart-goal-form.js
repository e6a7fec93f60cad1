// Page logic of the SMART goal demo: choice of person, the person's saved goals, what the native
// form would send, and the page texts. DOM methods only (no innerHTML): the page runs under a
// strict Content-Security-Policy.
import { catalogueOf } from '../dist/domain/index.js';
import { NAV_STRINGS, currentLang, formatDate, setupLanguage } from './site.js';

const STRINGS = {
  de: {
    ...NAV_STRINGS.de,
    title: 'kompetenzrad – SMART-Ziele',
    h1: 'SMART-Lernziele',
    intro:
      'Eine Person und ihre Führungskraft legen gemeinsam ein Lernziel fest. Die Prüfung zeigt laufend, ob das Ziel spezifisch, messbar, anspruchsvoll, realistisch und terminiert ist. Gespeicherte Ziele landen im Portfolio des Providers.',
    chooseHeading: 'Für wen?',
    person: 'Person',
    loading: 'Portfolio wird geladen …',
    goalHeading: 'Ziel schreiben',
    savedHeading: 'Gespeicherte Ziele dieser Person',
    savedEmpty: 'Noch keine.',
    nativeHeading: 'Im eigenen HTML-Formular',
    nativeIntro:
      'Das Element ist ein Formularfeld: Sein Wert ist das Ziel als JSON unter seinem Namen. Das Formular wird nur abgeschickt, wenn alle fünf Kriterien erfüllt sind; „Zurücksetzen“ leert es wieder.',
    nativeLabel: 'Lernziel (im Formular)',
    submit: 'Formular absenden',
    reset: 'Zurücksetzen',
    formDataHeading: 'Übermittelte Formulardaten',
    level: 'Stufe',
    until: 'bis',
    updated: 'Das Portfolio wurde aktualisiert.',
  },
  en: {
    ...NAV_STRINGS.en,
    title: 'kompetenzrad – SMART goals',
    h1: 'SMART learning goals',
    intro:
      'A person and their line manager agree on a learning goal together. The check shows as they write whether the goal is specific, measurable, achievable, realistic and time-bound. Saved goals go into the provider’s portfolio.',
    chooseHeading: 'For whom?',
    person: 'Person',
    loading: 'Loading the portfolio …',
    goalHeading: 'Write the goal',
    savedHeading: 'Saved goals of this person',
    savedEmpty: 'None yet.',
    nativeHeading: 'In your own HTML form',
    nativeIntro:
      'The element is a form field: its value is the goal as JSON under its name. The form is only sent when all five criteria are met; “Reset” empties it again.',
    nativeLabel: 'Learning goal (in the form)',
    submit: 'Send the form',
    reset: 'Reset',
    formDataHeading: 'Form data sent',
    level: 'level',
    until: 'by',
    updated: 'The portfolio was updated.',
  },
};

const provider = document.querySelector('kompetenz-provider');
const personSelect = document.getElementById('person');
const savedList = document.getElementById('saved');
const savedEmpty = document.getElementById('saved-empty');
const savedStatus = document.getElementById('saved-status');
const nativeForm = document.getElementById('native-form');
const formData = document.getElementById('form-data');

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
  const lang = currentLang();
  const text = STRINGS[lang];
  const catalogue = catalogueOf(portfolio);
  const labels = new Map(catalogue.competencies.map((competency) => [competency.id, competency.label[lang]]));
  const goals = portfolio.goals.filter((goal) => goal.personId === personSelect.value);
  savedList.replaceChildren(
    ...goals.map((goal) => {
      const item = document.createElement('li');
      const names = goal.competencyIds.map((id) => labels.get(id) ?? id).join(', ');
      item.textContent = `${names} → ${text.level} ${goal.targetLevel}, ${text.until} ${formatDate(goal.due, lang)}: ${goal.measure}`;
      return item;
    }),
  );
  savedEmpty.hidden = goals.length > 0;
}

setupLanguage(STRINGS, () => {
  if (provider.portfolio) showSaved(provider.portfolio);
});

await customElements.whenDefined('kompetenz-provider');

provider.addEventListener('kr-portfolio-change', (event) => {
  const { portfolio, reason } = event.detail;
  if (reason !== 'edit') fillPeople(portfolio);
  showSaved(portfolio);
  if (reason === 'edit') savedStatus.textContent = STRINGS[currentLang()].updated;
});

personSelect.addEventListener('change', () => {
  provider.person = personSelect.value;
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
