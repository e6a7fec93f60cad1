import type { DefaultCatalogueDescriptions } from '../catalogue.js';

/** What each category and competency of the default catalogue covers, in English, in our own words. */
export const CATALOGUE_DESCRIPTIONS_EN: DefaultCatalogueDescriptions = {
  categories: {
    digital: 'What one needs to know and be able to do with digital tools, technology and data, and how to use them safely.',
    methode: 'Tools and approaches for planning, steering and carrying out undertakings together with others.',
    sozial: 'Skills for dealing with other people: understanding each other, working together, leading and mediating.',
    personal: 'Attitudes and abilities a person brings along to deal with what is new and uncertain.',
  },
  competencies: {
    'it-anwendung': 'Using software and specialist applications confidently at work and getting to grips with new programs quickly.',
    'digitale-medien': 'Choosing digital channels for information, collaboration and communication well and using them critically.',
    technik: 'Understanding how infrastructure, interfaces and systems fit together and judging technical risks.',
    informationssicherheit: 'Protecting data and systems and processing personal data according to current law, which keeps changing.',
    daten: 'Collecting, assessing and analysing data and presenting it so that it leads to sound decisions.',
    'digitale-loesungen': 'Seeing which digital solution solves a concrete local problem and turning that into workable use cases.',
    prozessgestaltung: 'Thinking through and redesigning workflows from start to finish, across areas of responsibility.',
    projektmanagement: 'Planning undertakings with goals, milestones, resources and risks and seeing them through, in classic and agile ways.',
    analyse: 'Examining the starting point and the needs in a structured way and drawing reliable conclusions.',
    stakeholdermanagement: 'Identifying the people involved and affected, understanding their interests and engaging them deliberately.',
    partizipation: 'Choosing and running formats that let citizens and staff have their say and help shape things.',
    changemanagement: 'Guiding organisational change in a planned way, taking resistance seriously and bringing people along.',
    kommunikation: 'Expressing oneself clearly and for the audience, listening, and keeping conversations on an equal footing.',
    team: 'Working with others towards shared goals, sharing knowledge and taking on responsibility.',
    fuehrung: 'Giving people direction and winning them over, with formal authority as well as without it.',
    netzwerk: 'Building and keeping up contacts inside and outside the administration and drawing on them for joint work.',
    konfliktloesung: 'Noticing tension early, taking the heat out of disputes and reaching agreements that hold.',
    personalentwicklung: "Recognising other people's strengths and development needs and actively supporting their growth.",
    kundenorientierung: "Designing services from the users' point of view so that they are easy and pleasant to use.",
    'vernetztes-denken': 'Recognising connections and side effects beyond one’s own field and acting on them.',
    innovation: 'Coming up with new ideas, questioning habits and having the courage to try something new.',
    lernen: 'Acquiring new knowledge independently and learning from experience, mistakes included.',
    veraenderung: 'Meeting change with an open mind, handling uncertainty and supporting others through it.',
    selbstfuehrung: 'Organising one’s own work, setting priorities and using room for manoeuvre responsibly.',
    problemloesung: 'Getting to the bottom of unexpected difficulties, finding causes and working out practical ways forward.',
  },
};
