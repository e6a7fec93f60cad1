// Page script of the workflow page (index.html): the person picker and form, the role's tasks,
// the goal list, exports, import, deleting, the printable summary and the status line.
// The elements themselves read and change the data through the surrounding <kompetenz-provider>.
// DOM methods only (no innerHTML): the page runs under a strict Content-Security-Policy.
import {
  catalogueOf,
  KompetenzradError,
  LEVEL_NAMES,
  removePerson,
  roleById,
  rolesOf,
  toICalendar,
  upsertPerson,
} from '../dist/domain/index.js';
import { describeIssue } from '../dist/domain/messages/index.js';
import { STRINGS } from './ablauf-strings.js';
import { renderSummary } from './ablauf-summary.js';
import { currentLang, downloadBlob, element, formatDate, queryParam, setQueryParam, setupLanguage } from './site.js';

const $ = (id) => document.getElementById(id);
const text = () => STRINGS[currentLang()];

const provider = $('provider');
const personSelect = $('person-select');
const timeline = $('timeline');
const goalForm = $('goal-form');
const statusLine = $('status');

/** The person asked for in the address (`?person=…`); applied once the portfolio is loaded. */
let requestedPerson = queryParam('person');
let loaded = false;
let errorCount = 0;

// ————— helpers —————

function setStatus(message) {
  statusLine.textContent = message;
}

function messageOf(error) {
  if (error instanceof KompetenzradError) return error.issues[0] ? describeIssue(error.issues[0], currentLang()) : error.message;
  return error instanceof Error ? error.message : String(error);
}

function selectedPerson() {
  const people = provider.portfolio.people;
  return people.find((person) => person.id === provider.person) ?? people[0];
}

function roleOf(person) {
  return person ? roleById(rolesOf(provider.portfolio), person.roleId) : undefined;
}

function today() {
  return provider.today ?? new Date().toISOString().slice(0, 10);
}

/** A file name part from a person's name: `Ayşe Schäfer` → `ayse-schaefer`. */
function slug(value) {
  return (
    value
      .toLowerCase()
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/ß/g, 'ss')
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'person'
  );
}

function selectPerson(id) {
  provider.person = id;
  setQueryParam('person', id);
  goalForm.goalId = undefined;
  $('new-goal').hidden = true;
  scheduleRefresh();
}

// ————— rendering of the page's own parts —————

function fillPersonSelect(people, selected, roles, lang) {
  personSelect.replaceChildren(
    ...people.map((person) => {
      const role = roleById(roles, person.roleId)?.label[lang] ?? person.roleId;
      const label = person.department ? `${person.name} – ${role} (${person.department})` : `${person.name} – ${role}`;
      return element('option', label, { value: person.id, selected: person.id === selected?.id });
    }),
  );
  // A control about to be hidden or disabled that has focus hands it on, so it does not fall to the page.
  const losing = [$('remove-person'), $('sample-row')].find((part) => part.contains(document.activeElement));
  personSelect.disabled = people.length === 0;
  $('remove-person').disabled = people.length === 0;
  $('no-person').hidden = people.length > 0;
  $('sample-row').hidden = people.length > 0;
  if (losing && (losing.hidden || losing.disabled)) (people.length > 0 ? personSelect : $('load-sample')).focus();
}

function fillRoleChoices(roles, lang) {
  const roleSelect = $('new-role');
  const chosen = roleSelect.value;
  roleSelect.replaceChildren(...roles.map((role) => element('option', role.label[lang], { value: role.id, selected: role.id === chosen })));
}

function fillFacts(person, role, s) {
  const facts = $('person-facts');
  facts.replaceChildren();
  if (!person) return;
  const rows = [
    [s.factsRole, role?.label[currentLang()] ?? person.roleId],
    [s.factsDepartment, person.department || s.notSet],
    [s.factsHours, person.capacityHoursPerMonth === undefined ? s.notSet : s.hoursPerMonth(person.capacityHoursPerMonth)],
    [s.factsBudget, person.budget === undefined ? s.notSet : s.eurosPerPlan(person.budget)],
  ];
  for (const [term, value] of rows) {
    const group = element('div');
    group.append(element('dt', term), element('dd', value));
    facts.append(group);
  }
}

function fillTasks(role, s, lang) {
  $('tasks-heading').textContent = role ? s.tasksOf(role.label[lang]) : s.tasksHeading;
  $('role-tasks').replaceChildren(...(role?.tasks ?? []).map((task) => element('li', task[lang])));
}

function fillGoals(portfolio, person, s, lang) {
  const catalogue = catalogueOf(portfolio);
  const goals = person ? portfolio.goals.filter((goal) => goal.personId === person.id) : [];
  $('goal-list-heading').textContent = person ? s.goalsOf(person.name) : s.goalListHeading;
  $('goals-empty').hidden = goals.length > 0;
  $('goal-list').replaceChildren(
    ...goals.map((goal) => {
      const names = goal.competencyIds.map((id) => catalogue.competencies.find((c) => c.id === id)?.label[lang] ?? id).join(', ');
      const level = `${goal.targetLevel} (${LEVEL_NAMES[goal.targetLevel]?.[lang] ?? ''})`;
      const item = element('li');
      const line = element('p');
      line.append(element('strong', s.goalLine(names, level, formatDate(goal.due, lang))));
      if (goal.status && goal.status !== 'open') line.append(` · ${s.goalStatus[goal.status] ?? goal.status}`);
      item.append(line);
      if (goal.measure) item.append(element('p', goal.measure, { class: 'note' }));
      const edit = element('button', s.editGoal, { type: 'button', class: 'secondary small', 'aria-label': s.editGoalLabel(names) });
      edit.addEventListener('click', () => {
        goalForm.goalId = goal.id;
        $('new-goal').hidden = false;
        setStatus(text().editingGoal);
        goalForm.scrollIntoView({ block: 'start' });
        goalForm.focus();
      });
      item.append(edit);
      return item;
    }),
  );
}

let refreshQueued = false;

/** Redraws the page's own parts once the elements have taken up the latest state. */
function scheduleRefresh() {
  if (refreshQueued) return;
  refreshQueued = true;
  queueMicrotask(async () => {
    refreshQueued = false;
    await provider.updateComplete;
    await timeline.updateComplete;
    refresh();
  });
}

function refresh() {
  const portfolio = provider.portfolio;
  const lang = currentLang();
  const s = text();
  const roles = rolesOf(portfolio);
  const person = selectedPerson();
  const role = roleOf(person);
  fillPersonSelect(portfolio.people, person, roles, lang);
  fillRoleChoices(roles, lang);
  fillFacts(person, role, s);
  fillTasks(role, s, lang);
  fillGoals(portfolio, person, s, lang);
  renderSummary({ portfolio, person, role, plan: person ? timeline.currentPlan : undefined, today: today(), lang, text: s });
}

// ————— the provider's reports —————

provider.addEventListener('kr-portfolio-change', (event) => {
  const { portfolio, reason } = event.detail;
  const s = text();
  if (reason === 'load' && !loaded) {
    loaded = true;
    // Still before the provider's update: the person from the address is in place before anything draws.
    if (requestedPerson && portfolio.people.some((person) => person.id === requestedPerson)) provider.person = requestedPerson;
    else setQueryParam('person', undefined);
    requestedPerson = undefined;
  }
  if (reason !== 'edit' && provider.person && !portfolio.people.some((person) => person.id === provider.person)) {
    provider.person = undefined;
    setQueryParam('person', undefined);
  }
  switch (reason) {
    case 'load':
      setStatus(s.statusLoad(portfolio.people.length));
      break;
    case 'import':
      setStatus(s.statusImport(portfolio.people.length));
      break;
    case 'external':
      setStatus(s.statusExternal);
      break;
    case 'merge':
      setStatus(s.statusMerged);
      break;
    case 'clear':
      setStatus(s.statusClear);
      break;
    case 'edit': {
      setStatus(s.statusEdit);
      const errorsBefore = errorCount;
      void provider.saveComplete.then(() => {
        if (errorCount === errorsBefore) setStatus(text().statusSaved(new Date().toLocaleTimeString(currentLang())));
      });
      break;
    }
    default:
      break;
  }
  scheduleRefresh();
});

document.addEventListener('kr-error', (event) => {
  errorCount += 1;
  const { code, message } = event.detail;
  setStatus(text().statusError(`${message} (${code})`));
});

// A person chosen inside an element (e.g. a row of a team table).
provider.addEventListener('kr-select', (event) => {
  if (event.detail?.personId) {
    setQueryParam('person', event.detail.personId);
    scheduleRefresh();
  }
});

// ————— step 1: person —————

personSelect.addEventListener('change', () => selectPerson(personSelect.value));

$('add-person').addEventListener('submit', (event) => {
  event.preventDefault();
  const s = text();
  const error = $('add-person-error');
  const form = event.currentTarget;
  const name = $('new-name').value.trim();
  error.textContent = '';
  $('new-name').removeAttribute('aria-invalid');
  if (!name) {
    error.textContent = s.nameMissing;
    $('new-name').setAttribute('aria-invalid', 'true');
    $('new-name').focus();
    return;
  }
  const portfolio = provider.portfolio;
  let id;
  do id = `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  while (portfolio.people.some((person) => person.id === id));
  const department = $('new-department').value.trim();
  const hours = $('new-hours').valueAsNumber;
  const budget = $('new-budget').valueAsNumber;
  const person = {
    id,
    name,
    roleId: $('new-role').value,
    ...(department ? { department } : {}),
    ...(Number.isFinite(hours) ? { capacityHoursPerMonth: hours } : {}),
    ...(Number.isFinite(budget) ? { budget } : {}),
  };
  let next;
  try {
    next = upsertPerson(portfolio, person);
  } catch (problem) {
    error.textContent = s.personInvalid(messageOf(problem));
    return;
  }
  // Set by code: the provider validates and stores it (no kr-portfolio-change for this).
  provider.portfolio = next;
  form.reset();
  fillRoleChoices(rolesOf(next), currentLang());
  selectPerson(id);
  void provider.saveComplete.then(() => setStatus(text().statusPersonAdded(name)));
});

$('remove-person').addEventListener('click', () => {
  const person = selectedPerson();
  if (!person || !window.confirm(text().confirmRemove(person.name))) return;
  try {
    provider.portfolio = removePerson(provider.portfolio, person.id);
  } catch (problem) {
    setStatus(text().statusError(messageOf(problem)));
    return;
  }
  selectPerson(undefined);
  void provider.saveComplete.then(() => setStatus(text().statusPersonRemoved(person.name)));
});

$('load-sample').addEventListener('click', async () => {
  try {
    const response = await fetch(provider.src ?? './data/sample-portfolio.json');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    provider.importPortfolio(await response.text());
  } catch (problem) {
    setStatus(text().statusError(messageOf(problem)));
  }
});

// ————— step 5: goals —————

$('new-goal').addEventListener('click', () => {
  goalForm.goalId = undefined;
  goalForm.goal = undefined;
  $('new-goal').hidden = true;
  goalForm.focus();
});

// ————— step 7: export, import, delete —————

function save(content, type, name) {
  downloadBlob(content instanceof Blob ? content : new Blob([content], { type }), name);
  setStatus(text().statusDownload(name));
}

function exportWith(action) {
  return async () => {
    try {
      await action();
    } catch (problem) {
      setStatus(text().exportFailed(messageOf(problem)));
    }
  };
}

const fileBase = () => {
  const person = selectedPerson();
  return person ? slug(person.name) : 'kompetenzrad';
};

$('export-json').addEventListener(
  'click',
  exportWith(() => save(provider.exportPortfolio(), 'application/json', `kompetenzrad-portfolio-${today()}.json`)),
);

$('export-person').addEventListener(
  'click',
  exportWith(() => {
    const person = selectedPerson();
    if (!person) return setStatus(text().noPersonToExport);
    // Data minimisation: the file holds this person's data and no one else's.
    return save(provider.exportPortfolio({ people: [person.id] }), 'application/json', `kompetenzrad-${fileBase()}-${today()}.json`);
  }),
);

$('export-ics').addEventListener(
  'click',
  exportWith(() => {
    const person = selectedPerson();
    const plan = timeline.currentPlan;
    if (!person) return setStatus(text().noPersonToExport);
    if (!plan) return setStatus(text().noPlanToExport);
    const calendar = toICalendar(plan, person, { lang: currentLang(), catalogue: catalogueOf(provider.portfolio) });
    return save(calendar, 'text/calendar;charset=utf-8', `lernplan-${fileBase()}.ics`);
  }),
);

$('export-csv').addEventListener(
  'click',
  exportWith(() => save($('gap-matrix').toCSV(), 'text/csv;charset=utf-8', `soll-ist-${fileBase()}.csv`)),
);

$('export-svg').addEventListener(
  'click',
  exportWith(() => save($('target-wheel').toSVG(), 'image/svg+xml', `kompetenzrad-${fileBase()}.svg`)),
);

$('export-png').addEventListener(
  'click',
  exportWith(async () => save(await $('target-wheel').toPNG(), 'image/png', `kompetenzrad-${fileBase()}.png`)),
);

for (const id of ['print', 'print-summary']) {
  $(id).addEventListener('click', () => window.print());
}

/** Where in the file and which code each refused part has (JSON path, code), for whoever looks into it. */
function showImportDetails(issues) {
  const list = $('import-details-list');
  list.replaceChildren(
    ...issues.map(({ path, code }) => {
      const item = document.createElement('li');
      const where = document.createElement('code');
      where.textContent = path;
      item.append(where, ` ${code}`);
      return item;
    }),
  );
  $('import-details').hidden = issues.length === 0;
}

/** Reads the chosen file and imports it (`replace`) or merges it into the data here (`merge`). */
async function importFile(input, mode) {
  const file = input.files?.[0];
  const result = $('import-result');
  if (!file) return;
  result.classList.remove('ok', 'error');
  showImportDetails([]);
  let content;
  try {
    content = await file.text();
  } catch {
    result.textContent = text().importRead(file.name);
    result.classList.add('error');
    return;
  }
  const openBefore = provider.conflicts.length;
  const outcome = provider.importPortfolio(content, { mode });
  if (outcome.ok) {
    result.textContent = mode === 'merge' ? text().mergeOk(file.name, provider.conflicts.length - openBefore) : text().importOk(file.name, outcome.value.people.length);
    result.classList.add('ok');
  } else {
    const details = outcome.errors
      .slice(0, 3)
      .map((issue) => describeIssue(issue, currentLang()))
      .join(' · ');
    const more = outcome.errors.length > 3 ? ` (+${outcome.errors.length - 3})` : '';
    result.textContent = text().importFailed(file.name, `${details}${more}`);
    result.classList.add('error');
    showImportDetails(outcome.errors);
  }
  input.value = '';
}

$('import-file').addEventListener('change', (event) => importFile(event.currentTarget, 'replace'));
// The line manager's assessment (their file, e.g. made with "This person only"): added, nothing replaced.
$('merge-file').addEventListener('change', (event) => importFile(event.currentTarget, 'merge'));

$('delete-all').addEventListener('click', async () => {
  if (!window.confirm(text().confirmDelete)) return;
  provider.person = undefined;
  setQueryParam('person', undefined);
  try {
    await provider.clear();
  } catch {
    // The provider reported it (kr-error, shown in the status line).
  }
});

// ————— language —————

setupLanguage(STRINGS, () => {
  // The last message was in the other language.
  setStatus('');
  if (loaded) scheduleRefresh();
});
