import type { DefaultCategoryId, DefaultCompetencyId } from './catalogue.js';
import { text } from './localized.js';
import type { LocalizedText } from './types.js';

// The descriptions of the default catalogue live apart from its names and ids so that views
// which only draw names (the wheel) do not load these texts.

/** What each default category covers, in our own words. */
export const CATEGORY_DESCRIPTIONS: Readonly<Record<DefaultCategoryId, LocalizedText>> = {
  digital: text(
    'Was man über digitale Werkzeuge, Technik, Daten und ihren sicheren Einsatz wissen und können muss.',
    'What one needs to know and be able to do with digital tools, technology and data, and how to use them safely.',
  ),
  methode: text(
    'Werkzeuge und Vorgehensweisen, mit denen Vorhaben geplant, gesteuert und gemeinsam mit anderen umgesetzt werden.',
    'Tools and approaches for planning, steering and carrying out undertakings together with others.',
  ),
  sozial: text(
    'Fähigkeiten im Umgang mit anderen Menschen: verständigen, zusammenarbeiten, führen und vermitteln.',
    'Skills for dealing with other people: understanding each other, working together, leading and mediating.',
  ),
  personal: text(
    'Haltungen und Fähigkeiten, die eine Person selbst mitbringt, um mit Neuem und Unsicherem umzugehen.',
    'Attitudes and abilities a person brings along to deal with what is new and uncertain.',
  ),
};

/** What each default competency means, in our own words (shown next to its name). */
export const COMPETENCY_DESCRIPTIONS: Readonly<Record<DefaultCompetencyId, LocalizedText>> = {
  'it-anwendung': text(
    'Software und Fachverfahren im Arbeitsalltag sicher bedienen und neue Programme zügig erschließen.',
    'Using software and specialist applications confidently at work and getting to grips with new programs quickly.',
  ),
  'digitale-medien': text(
    'Digitale Kanäle zum Informieren, Zusammenarbeiten und Kommunizieren passend auswählen und kritisch nutzen.',
    'Choosing digital channels for information, collaboration and communication well and using them critically.',
  ),
  technik: text(
    'Verstehen, wie Infrastruktur, Schnittstellen und Systeme zusammenspielen, und technische Risiken einordnen.',
    'Understanding how infrastructure, interfaces and systems fit together and judging technical risks.',
  ),
  informationssicherheit: text(
    'Daten und Systeme schützen und personenbezogene Daten nach geltendem Recht verarbeiten, das sich laufend ändert.',
    'Protecting data and systems and processing personal data according to current law, which keeps changing.',
  ),
  daten: text(
    'Daten erheben, bewerten, auswerten und so aufbereiten, dass daraus gute Entscheidungen entstehen.',
    'Collecting, assessing and analysing data and presenting it so that it leads to sound decisions.',
  ),
  'digitale-loesungen': text(
    'Erkennen, welche digitale Lösung ein konkretes Problem vor Ort löst, und daraus umsetzbare Anwendungsfälle machen.',
    'Seeing which digital solution solves a concrete local problem and turning that into workable use cases.',
  ),
  prozessgestaltung: text(
    'Abläufe vom Anfang bis zum Ende über Zuständigkeiten hinweg denken und neu ordnen.',
    'Thinking through and redesigning workflows from start to finish, across areas of responsibility.',
  ),
  projektmanagement: text(
    'Vorhaben mit Zielen, Meilensteinen, Ressourcen und Risiken planen und verlässlich zum Abschluss bringen, klassisch wie agil.',
    'Planning undertakings with goals, milestones, resources and risks and seeing them through, in classic and agile ways.',
  ),
  analyse: text(
    'Ausgangslage und Bedarfe strukturiert erheben und daraus belastbare Schlüsse ziehen.',
    'Examining the starting point and the needs in a structured way and drawing reliable conclusions.',
  ),
  stakeholdermanagement: text(
    'Beteiligte und Betroffene erkennen, ihre Interessen verstehen und sie gezielt einbinden.',
    'Identifying the people involved and affected, understanding their interests and engaging them deliberately.',
  ),
  partizipation: text(
    'Formate auswählen und durchführen, mit denen Bürger*innen und Mitarbeitende mitreden und mitgestalten können.',
    'Choosing and running formats that let citizens and staff have their say and help shape things.',
  ),
  changemanagement: text(
    'Veränderungen in der Organisation planvoll begleiten, Widerstände ernst nehmen und Menschen mitnehmen.',
    'Guiding organisational change in a planned way, taking resistance seriously and bringing people along.',
  ),
  kommunikation: text(
    'Sich klar und zielgruppengerecht ausdrücken, zuhören und auf Augenhöhe im Gespräch bleiben.',
    'Expressing oneself clearly and for the audience, listening, and keeping conversations on an equal footing.',
  ),
  team: text(
    'Mit anderen an gemeinsamen Zielen arbeiten, Wissen teilen und Verantwortung übernehmen.',
    'Working with others towards shared goals, sharing knowledge and taking on responsibility.',
  ),
  fuehrung: text(
    'Menschen Orientierung geben und sie gewinnen, mit Weisungsbefugnis ebenso wie ohne sie.',
    'Giving people direction and winning them over, with formal authority as well as without it.',
  ),
  netzwerk: text(
    'Kontakte innerhalb und außerhalb der Verwaltung aufbauen, pflegen und für gemeinsame Vorhaben nutzen.',
    'Building and keeping up contacts inside and outside the administration and drawing on them for joint work.',
  ),
  konfliktloesung: text(
    'Spannungen früh bemerken, Streit versachlichen und tragfähige Einigungen herbeiführen.',
    'Noticing tension early, taking the heat out of disputes and reaching agreements that hold.',
  ),
  personalentwicklung: text(
    'Stärken und Entwicklungsbedarf anderer erkennen und ihren Kompetenzaufbau gezielt fördern.',
        "Recognising other people's strengths and development needs and actively supporting their growth.",
  ),
  kundenorientierung: text(
    'Leistungen aus Sicht der Nutzenden denken und so gestalten, dass sie einfach und gern genutzt werden.',
        "Designing services from the users' point of view so that they are easy and pleasant to use.",
  ),
  'vernetztes-denken': text(
    'Zusammenhänge und Wechselwirkungen über das eigene Fachgebiet hinaus erkennen und danach handeln.',
    'Recognising connections and side effects beyond one’s own field and acting on them.',
  ),
  innovation: text(
    'Neue Ideen entwickeln, Gewohntes in Frage stellen und Neues mutig ausprobieren.',
    'Coming up with new ideas, questioning habits and having the courage to try something new.',
  ),
  lernen: text(
    'Sich neues Wissen selbstständig aneignen und aus Erfahrungen, auch aus Fehlern, dazulernen.',
    'Acquiring new knowledge independently and learning from experience, mistakes included.',
  ),
  veraenderung: text(
    'Offen auf Veränderungen zugehen, mit Unsicherheit umgehen und andere im Wandel unterstützen.',
    'Meeting change with an open mind, handling uncertainty and supporting others through it.',
  ),
  selbstfuehrung: text(
    'Die eigene Arbeit selbst organisieren, Prioritäten setzen und Gestaltungsspielräume verantwortlich nutzen.',
    'Organising one’s own work, setting priorities and using room for manoeuvre responsibly.',
  ),
  problemloesung: text(
    'Unerwartete Schwierigkeiten durchdringen, Ursachen finden und praktikable Wege heraus entwickeln.',
    'Getting to the bottom of unexpected difficulties, finding causes and working out practical ways forward.',
  ),
};
