/**
 * `kompetenzrad/domain/messages/de`: every German text of the domain and nothing of another
 * language, one table per family of codes. Issue and finding codes overlap (`unknown-competency`
 * is both), so the families stay separate tables; `formatMessage` from
 * `kompetenzrad/domain/messages` words a coded message with one of them.
 */
export * from './validation.de.js';
export * from './findings.de.js';
export * from './format-reasons.de.js';
export * from './catalogue-descriptions.de.js';
export * from './format-descriptions.de.js';
export * from './role-texts.de.js';
export * from './synergy.de.js';
export * from './review-notes.de.js';
export * from './level-descriptions.de.js';
export * from './file-labels.de.js';
