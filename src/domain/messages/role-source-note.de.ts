/** Where the default target profiles come from (DOMAIN.md §4), in German. */
export const ROLE_SOURCE_NOTE_DE = 'Aus dem Text der Studie „Smarte.Land.Regionen“ (Prognos 2021) abgeleitet – passen Sie das Profil an Ihre Organisation an.';
