/** Where the default target profiles come from (DOMAIN.md §4), in English. */
export const ROLE_SOURCE_NOTE_EN = "Derived from the paper's text (Smarte.Land.Regionen study, Prognos 2021) – adjust it to your organisation.";
