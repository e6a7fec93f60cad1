// Page script of the wheel demo: event logs, the target toggle, the export buttons and the page texts.
// DOM methods only (no innerHTML), so the page also runs under a strict CSP.
import { DEFAULT_ROLES } from '../dist/domain/index.js';
import { NAV_STRINGS, downloadBlob, logError, logTo, setupLanguage } from './site.js';

const STRINGS = {
  de: {
    ...NAV_STRINGS.de,
    title: 'kompetenzrad – Kompetenzrad',
    h1: 'Das Kompetenzrad',
    intro:
      'Ein Rad mit 25 Kompetenzen in vier Kategorien und drei Ringen für Kenner, Könner und Experte. Es zeigt ein Soll-Profil (Umriss), ein Ist-Profil (gefüllt, die Lücke schraffiert) und eine Fremdeinschätzung (gestrichelt, mit Punkten). Bedienung mit Maus, Touch und Tastatur; die Werte stehen auch in einer Tabelle.',
    rolesHeading: 'Die Soll-Profile der fünf Rollen',
    rolesIntro:
      'Jeweils nur mit dem Attribut `target-role` eingebunden, z. B. `<kompetenz-rad target-role="cdo">`. Mit `legend="shared"` teilen sich die fünf Räder eine Legende: Das erste zeigt sie, die anderen verweisen darauf.',
    compareHeading: 'Soll, Ist und Fremdeinschätzung',
    compareIntro:
      'Ist-Profil und Fremdeinschätzung als JSON-Attribute. Wo Selbst- und Fremdeinschätzung zwei Stufen oder mehr auseinanderliegen, markiert das Rad einen blinden Fleck (▲) oder eine verborgene Stärke (▽).',
    saveSvg: 'Als SVG speichern',
    savePng: 'Als PNG speichern',
    selfHeading: 'Selbsteinschätzung',
    selfIntro:
      'Mit `editable` lässt sich das Ist-Profil setzen: Klick oder Tippen auf einen Ring, oder mit der Tastatur (Pfeile links/rechts wählen, hoch/runter oder 0–3 setzen). Ein Klick auf den innersten Ring einer Kompetenz, die schon auf 1 steht, setzt sie auf 0. `hide-target` blendet das Soll-Profil aus, damit es die eigene Einschätzung nicht beeinflusst.',
    showTarget: 'Soll-Profil zeigen',
    events: 'Ereignisse:',
    cmsHeading: 'Aus einer Tabelle im CMS',
    cmsIntro:
      'Die Daten stehen in einer gewöhnlichen Tabelle im Element. Ohne JavaScript bleibt die Tabelle sichtbar; mit JavaScript zeichnet das Element das Rad daraus. Zellen enthalten 0–3 oder die Stufennamen.',
    // The section in the other language: English while the page is German.
    otherHeading: 'In English',
    otherIntro: 'The wheel follows the nearest `lang` attribute of the page.',
    errorsHeading: 'Fehlerhafte Eingaben',
    errorsIntro:
      'Ungültiges JSON, unbekannte Kompetenzen, Stufen außerhalb von 0–3 und unbekannte Rollen: Das Rad zeigt, was gültig ist, nennt die Probleme in einem Hinweis und meldet jedes einmal als `kr-error`.',
    errorsReported: 'Gemeldete Fehler:',
  },
  en: {
    ...NAV_STRINGS.en,
    title: 'kompetenzrad – competency wheel',
    h1: 'The competency wheel',
    intro:
      'A wheel of 25 competencies in four categories with three rings for the levels Knowledgeable, Practitioner and Expert. It shows a target profile (outline), a current profile (filled, the gap hatched) and an external rating (dashed, with dots). It works with mouse, touch and keyboard; the values are also in a table.',
    rolesHeading: 'The target profiles of the five roles',
    rolesIntro:
      'Each one only with the attribute `target-role`, e.g. `<kompetenz-rad target-role="cdo">`. With `legend="shared"` the five wheels share one legend: the first shows it, the others point to it.',
    compareHeading: 'Target, current profile and external rating',
    compareIntro:
      'Current profile and external rating as JSON attributes. Where self-assessment and external rating are two levels or more apart, the wheel marks a blind spot (▲) or a hidden strength (▽).',
    saveSvg: 'Save as SVG',
    savePng: 'Save as PNG',
    selfHeading: 'Self-assessment',
    selfIntro:
      'With `editable` the current profile can be set: click or tap a ring, or use the keyboard (left/right arrows choose, up/down or 0–3 set). A click on the innermost ring of a competency that is already at 1 sets it to 0. `hide-target` hides the target profile so that it does not sway the self-assessment.',
    showTarget: 'Show the target profile',
    events: 'Events:',
    cmsHeading: 'From a table in a CMS',
    cmsIntro:
      'The data is an ordinary table inside the element. Without JavaScript the table stays visible; with JavaScript the element draws the wheel from it. Cells hold 0–3 or the level names.',
    otherHeading: 'Auf Deutsch',
    otherIntro: 'Das Rad folgt dem nächstgelegenen `lang`-Attribut der Seite.',
    errorsHeading: 'Faulty input',
    errorsIntro:
      'Invalid JSON, unknown competencies, levels outside 0–3 and unknown roles: the wheel shows what is valid, names the problems in a notice and reports each one once as `kr-error`.',
    errorsReported: 'Reported errors:',
  },
};

setupLanguage(STRINGS, (lang) => {
  for (const caption of document.querySelectorAll('figcaption[data-role]')) {
    const role = DEFAULT_ROLES.find((candidate) => candidate.id === caption.dataset.role);
    if (role) caption.textContent = role.label[lang];
  }
});

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
document.addEventListener('kr-error', (event) => logError(errors, event));

const compare = document.getElementById('compare');
document.getElementById('export-svg').addEventListener('click', () => {
  downloadBlob(new Blob([compare.toSVG()], { type: 'image/svg+xml' }), 'kompetenzrad.svg');
});
document.getElementById('export-png').addEventListener('click', async () => {
  downloadBlob(await compare.toPNG(), 'kompetenzrad.png');
});
