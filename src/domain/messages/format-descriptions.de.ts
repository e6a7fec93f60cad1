import type { DefaultFormatDescriptions } from '../formats.js';

/** What each default learning format is, in German. */
export const FORMAT_DESCRIPTIONS_DE: DefaultFormatDescriptions = {
  selbstlernen: 'Eigenständig lernen: Das Thema selbst wählen, es bei der Arbeit ausprobieren oder nachlesen. Setzt Motivation voraus; die Führungskraft hat die Belastung im Blick.',
  'kollegialer-austausch': 'Erfahrungen mit Kolleg*innen teilen – im eigenen Haus oder mit anderen Kommunen, zwanglos oder als moderierte Fallberatung.',
  coaching: 'Begleitete Selbstreflexion: Ein Coach – das kann auch die Führungskraft sein – stellt Fragen, statt Antworten vorzugeben, sodass die Person ihren eigenen Weg findet. Freiwillig und nur nach Absprache.',
  mentoring: 'Wer neu in einer Rolle ist, bekommt eine erfahrene Person an die Seite, die Kontakte vermittelt und zeigt, wie Abläufe und Gepflogenheiten im Haus funktionieren; ideal für Quereinsteigende.',
  'vortrag-workshop': 'Kurzer Input von Fachleuten aus dem Haus oder von außen zu aktuellen Digitalthemen und Trends; ein guter Auftakt, um Neugier zu wecken, wenn ein Wandel beginnt.',
  'seminar-schulung': 'Strukturierter Unterricht für Einstieg oder Vertiefung, mit Übungen für den Transfer in den Arbeitsalltag; Gruppen mit ähnlichem Vorwissen lernen am besten, Nischenthemen übernehmen Fachleute von außen.',
  training: 'Lernen am echten Arbeitsauftrag, wochenlang parallel zum Alltag: Aufgaben planen, erledigen und nachbesprechen, unterstützt von Trainer*innen aus dem Haus oder von außen. Der enge Praxisbezug sorgt für schnellen Transfer.',
};
