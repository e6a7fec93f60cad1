// Page script of the district demo: 2,000 generated people (fixed seed, so the page is the same
// on every visit) handed to a provider that keeps them in memory only.
import { generatePortfolio } from '../dist/domain/index.js';

const SEED = 4711;
const PEOPLE = 2000;
const TODAY = '2025-09-01';

const started = performance.now();
const portfolio = generatePortfolio({ seed: SEED, people: PEOPLE, today: TODAY });
const generated = performance.now();

const provider = document.getElementById('landkreis');
provider.portfolio = portfolio;

const team = document.getElementById('team');
const timing = document.getElementById('timing');
customElements.whenDefined('gap-matrix').then(async () => {
  await team.updateComplete;
  const firstScreen = performance.now();
  await team.analysisComplete;
  const done = performance.now();
  timing.textContent =
    `${PEOPLE.toLocaleString('de-DE')} Personen erzeugt in ${Math.round(generated - started)} ms; ` +
    `erste Ansicht nach ${Math.round(firstScreen - generated)} ms, alle Personen ausgewertet nach ${Math.round(done - generated)} ms.`;
});

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

document.getElementById('csv').addEventListener('click', () => download(team.toCSV(), 'landkreis-luecken.csv'));
