import { LernplanTimeline } from '../components/lernplan-timeline/lernplan-timeline.js';

export * from '../components/lernplan-timeline/lernplan-timeline.js';
export type { LaneMode, Zoom } from '../components/lernplan-timeline/layout.js';

/** Registers `<lernplan-timeline>` (once, even when the library is loaded twice). */
const tag = 'lernplan-timeline';
if (!customElements.get(tag)) customElements.define(tag, LernplanTimeline);
