import type { DefaultRoleTasks } from '../roles.js';

/** The default roles' tasks in the digital transformation, in German, in our own words after the paper's task boxes (§3.1–3.5). */
export const ROLE_TASKS_DE: DefaultRoleTasks = {
  fuehrungskraft: [
    'Richtung vorgeben: Ziele des Bereichs setzen und dem Team erklären',
    'Klar entscheiden und die Gründe offenlegen',
    'Den eigenen Bereich aufstellen und ihn mit anderen Ämtern und – je nach Zuständigkeit – mit Partnern im Landkreis vernetzen',
    'Abläufe und Arbeitsplatz so einrichten, dass die Stärken des Teams zur Geltung kommen',
    'Verlässliche Spielregeln für die Zusammenarbeit vereinbaren und im digitalen Wandel Halt geben',
    'Mit gutem Beispiel vorangehen, erreichbar bleiben und Mitarbeitende coachend motivieren',
    'Die Weiterentwicklung der Mitarbeitenden fördern und fachlich führen, ohne digitale Trends aus dem Blick zu verlieren',
  ],
  cdo: [
    'Kernthema digitale Daseinsvorsorge: Angebote für Menschen, Betriebe und Region ausbauen',
    'Die Digitalisierung verantworten und ihr Gesicht sein – im Haus wie in der Öffentlichkeit',
    'Jederzeit wissen, wo die Verwaltung bei der Digitalisierung steht',
    'Digitale Vorhaben ämterübergreifend steuern und bündeln, unabhängig von einzelnen Ressorts',
    'Fachämter, Partner von außen sowie Wirtschaft, Wissenschaft und Gesellschaft im Kreis ins Boot holen',
    'Digitalstrategie des Hauses entwickeln und fortschreiben',
    'Verständnis dafür wecken, warum sich etwas ändern muss, und den Wandel begleiten',
  ],
  cio: [
    'Die Verwaltung modernisieren: E-Government voranbringen, das OZG umsetzen',
    'Gesamtverantwortung für die IT tragen; im Haus erste Adresse für Fragen der digitalen Verwaltung',
    'Die IT des Hauses lenken und verbindliche Standards vorgeben',
    'IT-Leistungen in Auftrag geben',
    'Technik, Grundinfrastruktur und Software der Fachämter eng im Blick behalten',
    'Vor allem mit internen Stellen und den IT-Dienstleistern der Kommune zusammenarbeiten',
    'Die IT-Strategie verantworten und technische Neuerungen anstoßen',
  ],
  projektmanager: [
    'Digitalisierungsprojekte steuern und praktisch umsetzen',
    'Ausgangslage und Bedarfe erheben',
    'Umsetzungsplan erstellen: messbare Ziele, Meilensteine, Beteiligte, Ressourcen',
    'Projektstand, Budget und Risiken verfolgen; Ergebnisse festhalten und aufbereiten',
    'Interessengruppen einbinden sowie Kommunikation und Beteiligung planen und durchführen',
    'Digitale Maßnahmen konkret in die Tat umsetzen',
  ],
  digitallotse: [
    'Die Digitalstrategie in den eigenen Fachbereich hineintragen und dort verbreiten',
    'Ansprechperson für Kolleg*innen sowie für CDO und CIO sein',
    'Kolleg*innen beim Aufbau digitaler Kompetenzen helfen',
    'Offenheit für den digitalen Wandel wecken',
    'Informationen zwischen Fachbereich und Leitung in beide Richtungen weitergeben',
  ],
};

export { ROLE_SOURCE_NOTE_DE } from './role-source-note.de.js';
