import type { LevelDescriptions } from '../scale.js';

/** What each level means, in German, one sentence each. */
export const LEVEL_DESCRIPTIONS_DE: LevelDescriptions = {
  0: 'Nicht vorhanden oder für die Rolle nicht erforderlich.',
  1: 'Grundwissen, überwiegend theoretisch; lässt sich im Einzelfall praktisch anwenden.',
  2: 'Praxiserprobt: Die Erfahrung aus häufigem Einsatz reicht, um auch unbekannte Situationen zu meistern.',
  3: 'Erkennt Hürden, bevor sie entstehen, und plant sie ein; leitet neue Vorhaben eigenständig und bringt anderen das Können bei.',
};
