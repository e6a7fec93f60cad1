// Page script of the learning-plan demo: the person picker, the reset button, event logs and the page texts.
// DOM methods only (no innerHTML), so the page also runs under a strict CSP.
import { NAV_STRINGS, currentLang, logTo, setupLanguage } from './site.js';

const STRINGS = {
  de: {
    ...NAV_STRINGS.de,
    title: 'kompetenzrad – Lernplan',
    h1: 'Der Lernplan',
    intro:
      'Ein Lernplan als Zeitleiste: Lernangebote als Balken (schraffiert, wenn sie außerhalb des Arbeitsplatzes stattfinden), Praxisphasen gestrichelt, Review-Gespräche als Rauten, Zieltermine als Fähnchen und darunter die geplanten Stunden je Monat gegen die verfügbare Zeit. Was nicht zusammenpasst, steht unter dem Plan und am betroffenen Eintrag.',
    planHeading: 'Lernplan einer Person bearbeiten',
    planIntro:
      'Die Daten kommen aus `<kompetenz-provider src="./data/sample-portfolio.json">` und bleiben in diesem Browser gespeichert: Änderungen überstehen ein Neuladen der Seite. Balken lassen sich mit der Maus ziehen (an den Enden: Dauer ändern) oder mit der Tastatur bewegen: Eintrag fokussieren, Pfeil links/rechts verschiebt um eine Woche, mit Umschalt ändert sich die Dauer, Eingabe öffnet die Details.',
    person: 'Person',
    reset: 'Beispieldaten neu laden',
    events: 'Ereignisse:',
    days: 'Tage',
    // The section in the other language: English while the page is German.
    otherHeading: 'Without a provider, in English',
    otherIntro:
      'A plan as a JSON attribute, with `start`, `end` and `capacity`, as a CMS page would write it. Read-only; switch to the list for the same plan as text.',
    errorsHeading: 'Fehlerhafte Eingaben',
    errorsIntro:
      'Ein Angebot mit unbekanntem Format und eines, das endet, bevor es beginnt: Die Zeitleiste zeigt die gültigen Einträge, nennt die Probleme im Hinweis und meldet jedes einmal als `kr-error`.',
    errorsReported: 'Gemeldete Fehler:',
  },
  en: {
    ...NAV_STRINGS.en,
    title: 'kompetenzrad – learning plan',
    h1: 'The learning plan',
    intro:
      'A learning plan as a timeline: learning offers as bars (hatched when they take place away from the workplace), practice phases dashed, review meetings as diamonds, target dates as flags and below them the planned hours per month against the time available. What does not fit together is listed below the plan and at the entry concerned.',
    planHeading: 'Editing a person’s learning plan',
    planIntro:
      'The data comes from `<kompetenz-provider src="./data/sample-portfolio.json">` and stays stored in this browser: changes survive a reload of the page. Bars can be dragged with the mouse (at their ends: change the duration) or moved with the keyboard: focus an entry, left/right arrow moves it by a week, with Shift the duration changes, Enter opens the details.',
    person: 'Person',
    reset: 'Reload the sample data',
    events: 'Events:',
    days: 'days',
    otherHeading: 'Ohne Provider, auf Deutsch',
    otherIntro:
      'Ein Plan als JSON-Attribut, mit `start`, `end` und `capacity`, so wie eine CMS-Seite ihn schreiben würde. Nur zum Lesen; die Liste zeigt denselben Plan als Text.',
    errorsHeading: 'Faulty input',
    errorsIntro:
      'An offer with an unknown format and one that ends before it starts: the timeline shows the valid entries, names the problems in its notice and reports each one once as `kr-error`.',
    errorsReported: 'Reported errors:',
  },
};

setupLanguage(STRINGS);

const provider = document.getElementById('provider');
const picker = document.getElementById('person');
const events = document.getElementById('events');
const errors = document.getElementById('errors');

function describeChange(change) {
  switch (change.type) {
    case 'move-item':
    case 'resize-item':
      return `${change.type} ${change.itemId}: ${change.days > 0 ? '+' : ''}${change.days} ${STRINGS[currentLang()].days}${change.edge ? ` (${change.edge})` : ''}`;
    case 'set-item-status':
      return `${change.type} ${change.itemId}: ${change.status}`;
    case 'add-item':
      return `${change.type} ${change.item.id}`;
    case 'remove-item':
      return `${change.type} ${change.itemId}`;
    case 'add-review':
      return `${change.type} ${change.review.id}`;
    case 'remove-review':
    case 'move-review':
      return `${change.type} ${change.reviewId}`;
    case 'set-plan-status':
      return `${change.type}: ${change.status}`;
    case 'undo':
      return `undo (${change.undone.type})`;
    default:
      return change.type;
  }
}

document.addEventListener('kr-plan-change', (event) => {
  logTo(events, `kr-plan-change ${event.detail.plan.id}: ${describeChange(event.detail.change)}`);
});

document.addEventListener('kr-error', (event) => {
  const { code, source, message } = event.detail;
  logTo(event.composedPath().includes(document.getElementById('broken')) ? errors : events, `kr-error ${code} (${source}): ${message}`);
});

/** The people of the portfolio in the picker; the provider's selection stays selected. */
function fillPicker() {
  const people = provider.portfolio.people;
  const selected = provider.person ?? people[0]?.id;
  picker.replaceChildren(
    ...people.map((person) => {
      const option = document.createElement('option');
      option.value = person.id;
      option.textContent = person.department ? `${person.name} (${person.department})` : person.name;
      option.selected = person.id === selected;
      return option;
    }),
  );
}

picker.addEventListener('change', () => {
  provider.person = picker.value;
});

document.getElementById('reset').addEventListener('click', async () => {
  // Empty the stored copy; on reload the provider reads the sample file again.
  await provider.clear();
  window.location.reload();
});

customElements.whenDefined('kompetenz-provider').then(async () => {
  await provider.loadComplete;
  fillPicker();
  provider.addEventListener('kr-portfolio-change', (event) => {
    if (event.detail.reason !== 'edit') fillPicker();
  });
});
