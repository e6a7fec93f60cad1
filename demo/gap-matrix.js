// Page script of the gap-matrix demo: the person picker, CSV downloads and event logs.
// DOM methods only (no innerHTML), so the page also runs under a strict CSP.

function logTo(list, text) {
  const item = document.createElement('li');
  item.textContent = text;
  list.prepend(item);
  while (list.children.length > 8) list.lastElementChild.remove();
}

function download(text, name) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const provider = document.getElementById('provider');
const picker = document.getElementById('person');

/** Fills the person picker from the provider's portfolio and keeps it in step with the selection. */
function showPeople() {
  const people = provider.portfolio?.people ?? [];
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

provider.addEventListener('kr-portfolio-change', showPeople);
picker.addEventListener('change', () => {
  provider.person = picker.value;
});

const events = document.getElementById('events');
provider.addEventListener('kr-select', (event) => {
  const { personId, competencyId } = event.detail;
  logTo(events, `kr-select ${[personId, competencyId].filter(Boolean).join(' · ')}`);
  if (personId) {
    picker.value = personId;
  }
});

document.getElementById('csv-person').addEventListener('click', () => {
  download(document.getElementById('person-matrix').toCSV(), 'soll-ist-vergleich.csv');
});
document.getElementById('csv-team').addEventListener('click', () => {
  download(document.getElementById('team-matrix').toCSV(), 'team-luecken.csv');
});

const errors = document.getElementById('errors');
document.addEventListener('kr-error', (event) => {
  const { code, source, message } = event.detail;
  logTo(errors, `${code} (${source}): ${message}`);
});
