/**
 * `kompetenzrad/domain`: the method as pure TypeScript. No DOM, no storage, no rendering;
 * runs in Node and in the browser alike. Issues and findings come as data (code, path,
 * parameters); `kompetenzrad/domain/messages` words them in German or English.
 */
export * from './types.js';
export * from './errors.js';
export * from './dates.js';
export * from './validate.js';
export * from './scale.js';
export * from './catalogue.js';
export * from './catalogue-sentences.js';
export * from './profile.js';
export * from './roles.js';
export * from './assessments.js';
export * from './gaps.js';
export * from './person-gaps.js';
export * from './team.js';
export * from './aggregate.js';
export * from './formats.js';
export * from './synergy.js';
export * from './goals.js';
export * from './goal-coverage.js';
export * from './plans.js';
export * from './plan-checks.js';
export * from './plan-status.js';
export * from './plan-edits.js';
export * from './portfolio.js';
export * from './portfolio-edits.js';
export * from './merge.js';
export * from './portfolio-of-people.js';
export * from './migrations.js';
export * from './icalendar.js';
export * from './csv.js';
export * from './sample.js';
