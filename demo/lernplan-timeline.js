// Page script of the learning-plan demo: the person picker, the reset button and event logs.
// DOM methods only (no innerHTML), so the page also runs under a strict CSP.

function logTo(list, text) {
  const item = document.createElement('li');
  item.textContent = text;
  list.prepend(item);
  while (list.children.length > 8) list.lastElementChild.remove();
}

const provider = document.getElementById('provider');
const picker = document.getElementById('person');
const events = document.getElementById('events');
const errors = document.getElementById('errors');

function describeChange(change) {
  switch (change.type) {
    case 'move-item':
    case 'resize-item':
      return `${change.type} ${change.itemId}: ${change.days > 0 ? '+' : ''}${change.days} Tage${change.edge ? ` (${change.edge})` : ''}`;
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
