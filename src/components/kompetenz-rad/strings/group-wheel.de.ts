import { formatterFor } from '../../../internal/format.js';
import { levelLabel } from '../../../internal/strings.js';
import type { GroupStrings } from './group-wheel.js';

const fmt = formatterFor('de');
const people = (count: number): string => `${fmt.number(count, 0)} ${count === 1 ? 'Person' : 'Personen'}`;
const q = (text: string): string => `„${text}“`;

const de: GroupStrings = {
  organisation: 'Gesamte Organisation',
  other: 'Weitere Abteilungen',
  noDepartment: 'Ohne Abteilung',
  people,
  describe: (s) =>
    [
      `${s.name}: ${people(s.people)}${s.notShown > 0 ? ` gezählt, ${fmt.number(s.notShown, 0)} weitere nicht gezeigt (in ihrer Rolle zu wenige)` : ''}; Zahlen nur für Gruppen ab ${s.minGroupSize} Personen, keine Einzelwerte.`,
      'Je Kompetenz stehen die Personen nach Stufe geordnet nebeneinander: die Breite zeigt den Anteil, die Höhe die Stufe (Ringe Kenner, Könner, Experte).',
      s.showsTarget ? `Die Linie zeigt ${s.role ? `das Soll-Profil ${s.role}` : 'das mittlere Soll der Gruppe'}.` : '',
      `Bei ${s.mostlyBelow} von ${s.competencies} Kompetenzen liegt mindestens die Hälfte unter dem Soll.`,
    ]
      .filter(Boolean)
      .join(' '),
  spokeName: (f) =>
    `${f.label} (${f.category}): ${people(f.count)}; ${f.levels.map((count, level) => `${levelLabel(level as 0 | 1 | 2 | 3, 'de')} (${level}): ${count}`).join(', ')}` +
    `${f.unrated ? `, nicht eingeschätzt: ${f.unrated}` : ''}; Soll im Mittel ${fmt.number(f.meanTarget)}, ${fmt.percent(f.shareBelowTarget)} unter Soll, Soll − Ist im Mittel ${fmt.number(f.meanGap)}`,
  legendShares: 'Personen je Stufe (Breite: Anteil, Höhe: Stufe)',
  legendMeanTarget: 'Soll (Mittel der Gruppe)',
  legendRoleTarget: (role) => `Soll-Profil ${role}`,
  caption: (name) => `Verteilung der Stufen: ${name}`,
  columns: { people: 'Personen', unrated: 'nicht eingeschätzt', meanTarget: 'Soll (Mittel)', roleTarget: 'Soll', below: 'unter Soll', meanGap: 'Soll − Ist (Mittel)' },
  percent: (share) => fmt.percent(share),
  decimal: (value) => fmt.number(value),
  withheld: (reason, group, min, choices) => {
    switch (reason) {
      case 'too-small':
        return `Für ${q(group)} werden keine Zahlen gezeigt: Die Gruppe hat weniger als ${min} eingeschätzte Personen, und keine Zahl soll auf die Einschätzung einer einzelnen Person schließen lassen.`;
      case 'pooled':
        return `Für ${q(group)} werden keine eigenen Zahlen gezeigt: Jede Rolle hat dort weniger als ${min} eingeschätzte Personen. Sie zählen unter „Weitere Abteilungen“ mit, wenn ihre Rolle in allen Abteilungen, in denen sie ebenfalls weniger als ${min} hat, zusammen mindestens ${min} hat, sonst nirgends. So lässt keine Zahl auf die Einschätzung einer einzelnen Person schließen.`;
      case 'unknown':
        return `Für ${q(group)} gibt es keine Zahlen: Keine Gruppe mit mindestens ${min} eingeschätzten Personen trägt diesen Namen.`;
      case 'choose':
        return `Keine Gruppe gewählt. Gruppen mit Zahlen (Werte für group): ${fmt.list(choices.map(({ value, name }) => (name === value ? q(value) : `${q(value)} (${name})`)))}.`;
      case 'no-data':
        return 'Noch keine Zahlen: Für eine Gruppe braucht das Kompetenzrad die Einschätzungen aus einem <kompetenz-provider> oder fertige Gruppenzahlen (aggregate).';
      case 'invalid':
        return 'Die Gruppenzahlen können nicht verwendet werden; es werden keine Zahlen gezeigt.';
    }
  },
};

export default de;
