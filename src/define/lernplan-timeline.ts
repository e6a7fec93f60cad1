import { LernplanTimeline } from '../components/lernplan-timeline/lernplan-timeline.js';
import { defineElement } from '../internal/define-element.js';

export * from '../components/lernplan-timeline/lernplan-timeline.js';

/** Registers `<lernplan-timeline>`: once, and with a console warning when another class already has the tag. */
defineElement('lernplan-timeline', LernplanTimeline);
