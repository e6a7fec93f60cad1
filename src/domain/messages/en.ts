/**
 * `kompetenzrad/domain/messages/en`: every English text of the domain and nothing of another
 * language, one table per family of codes. Issue and finding codes overlap (`unknown-competency`
 * is both), so the families stay separate tables; `formatMessage` from
 * `kompetenzrad/domain/messages` words a coded message with one of them.
 */
export * from './validation.en.js';
export * from './findings.en.js';
export * from './format-reasons.en.js';
export * from './catalogue-descriptions.en.js';
export * from './format-descriptions.en.js';
export * from './role-texts.en.js';
export * from './synergy.en.js';
export * from './review-notes.en.js';
export * from './level-descriptions.en.js';
export * from './file-labels.en.js';
