import type { DefaultCatalogueDescriptions } from '../catalogue.js';

/** What each category and competency of the default catalogue covers, in German, in our own words. */
export const CATALOGUE_DESCRIPTIONS_DE: DefaultCatalogueDescriptions = {
  categories: {
    digital: 'Was man über digitale Werkzeuge, Technik, Daten und ihren sicheren Einsatz wissen und können muss.',
    methode: 'Werkzeuge und Vorgehensweisen, mit denen Vorhaben geplant, gesteuert und gemeinsam mit anderen umgesetzt werden.',
    sozial: 'Fähigkeiten im Umgang mit anderen Menschen: verständigen, zusammenarbeiten, führen und vermitteln.',
    personal: 'Haltungen und Fähigkeiten, die eine Person selbst mitbringt, um mit Neuem und Unsicherem umzugehen.',
  },
  competencies: {
    'it-anwendung': 'Software und Fachverfahren im Arbeitsalltag sicher bedienen und neue Programme zügig erschließen.',
    'digitale-medien': 'Digitale Kanäle zum Informieren, Zusammenarbeiten und Kommunizieren passend auswählen und kritisch nutzen.',
    technik: 'Verstehen, wie Infrastruktur, Schnittstellen und Systeme zusammenspielen, und technische Risiken einordnen.',
    informationssicherheit: 'Daten und Systeme schützen und personenbezogene Daten nach geltendem Recht verarbeiten, das sich laufend ändert.',
    daten: 'Daten erheben, bewerten, auswerten und so aufbereiten, dass daraus gute Entscheidungen entstehen.',
    'digitale-loesungen': 'Erkennen, welche digitale Lösung ein konkretes Problem vor Ort löst, und daraus umsetzbare Anwendungsfälle machen.',
    prozessgestaltung: 'Abläufe vom Anfang bis zum Ende über Zuständigkeiten hinweg denken und neu ordnen.',
    projektmanagement: 'Vorhaben mit Zielen, Meilensteinen, Ressourcen und Risiken planen und verlässlich zum Abschluss bringen, klassisch wie agil.',
    analyse: 'Ausgangslage und Bedarfe strukturiert erheben und daraus belastbare Schlüsse ziehen.',
    stakeholdermanagement: 'Beteiligte und Betroffene erkennen, ihre Interessen verstehen und sie gezielt einbinden.',
    partizipation: 'Formate auswählen und durchführen, mit denen Bürger*innen und Mitarbeitende mitreden und mitgestalten können.',
    changemanagement: 'Veränderungen in der Organisation planvoll begleiten, Widerstände ernst nehmen und Menschen mitnehmen.',
    kommunikation: 'Sich klar und zielgruppengerecht ausdrücken, zuhören und auf Augenhöhe im Gespräch bleiben.',
    team: 'Mit anderen an gemeinsamen Zielen arbeiten, Wissen teilen und Verantwortung übernehmen.',
    fuehrung: 'Menschen Orientierung geben und sie gewinnen, mit Weisungsbefugnis ebenso wie ohne sie.',
    netzwerk: 'Kontakte innerhalb und außerhalb der Verwaltung aufbauen, pflegen und für gemeinsame Vorhaben nutzen.',
    konfliktloesung: 'Spannungen früh bemerken, Streit versachlichen und tragfähige Einigungen herbeiführen.',
    personalentwicklung: 'Stärken und Entwicklungsbedarf anderer erkennen und ihren Kompetenzaufbau gezielt fördern.',
    kundenorientierung: 'Leistungen aus Sicht der Nutzenden denken und so gestalten, dass sie einfach und gern genutzt werden.',
    'vernetztes-denken': 'Zusammenhänge und Wechselwirkungen über das eigene Fachgebiet hinaus erkennen und danach handeln.',
    innovation: 'Neue Ideen entwickeln, Gewohntes in Frage stellen und Neues mutig ausprobieren.',
    lernen: 'Sich neues Wissen selbstständig aneignen und aus Erfahrungen, auch aus Fehlern, dazulernen.',
    veraenderung: 'Offen auf Veränderungen zugehen, mit Unsicherheit umgehen und andere im Wandel unterstützen.',
    selbstfuehrung: 'Die eigene Arbeit selbst organisieren, Prioritäten setzen und Gestaltungsspielräume verantwortlich nutzen.',
    problemloesung: 'Unerwartete Schwierigkeiten durchdringen, Ursachen finden und praktikable Wege heraus entwickeln.',
  },
};
