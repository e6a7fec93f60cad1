/**
 * The convenience entry: registers every element and re-exports their classes and types.
 * Import `kompetenzrad/domain` for the pure logic, or `kompetenzrad/define/<tag>.js` for one element.
 */
export * from './define/kompetenz-provider.js';
export * from './define/kompetenz-rad.js';
export * from './define/gap-matrix.js';
export * from './define/smart-goal-form.js';
export * from './define/lernplan-timeline.js';
export type { KompetenzContextValue } from './internal/context.js';
export type { KrEvent, KrEventDetailMap, KrEventName } from './internal/events.js';
export type { Problem } from './internal/error-reporter.js';
export { kompetenzContext } from './internal/context.js';
