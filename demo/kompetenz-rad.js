// Page script of the wheel demo: event logs, the target toggle and the export buttons.
// DOM methods only (no innerHTML), so the page also runs under a strict CSP.

function logTo(list, text) {
  const item = document.createElement('li');
  item.textContent = text;
  list.prepend(item);
  while (list.children.length > 8) list.lastElementChild.remove();
}

const self = document.getElementById('self');
const events = document.getElementById('events');
self.addEventListener('kr-level-change', (event) => {
  const { competencyId, level, previous, series } = event.detail;
  logTo(events, `kr-level-change ${competencyId}: ${previous} → ${level} (${series})`);
});
self.addEventListener('kr-select', (event) => logTo(events, `kr-select ${event.detail.competencyId}`));
document.getElementById('show-target').addEventListener('change', (event) => {
  self.hideTarget = !event.target.checked;
});

const errors = document.getElementById('errors');
document.addEventListener('kr-error', (event) => {
  const { code, source, message } = event.detail;
  logTo(errors, `${code} (${source}): ${message}`);
});

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const compare = document.getElementById('compare');
document.getElementById('export-svg').addEventListener('click', () => {
  download(new Blob([compare.toSVG()], { type: 'image/svg+xml' }), 'kompetenzrad.svg');
});
document.getElementById('export-png').addEventListener('click', async () => {
  download(await compare.toPNG(), 'kompetenzrad.png');
});
