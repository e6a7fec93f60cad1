import { KompetenzRad } from '../components/kompetenz-rad/kompetenz-rad.js';
import { defineElement } from '../internal/define-element.js';

export { KompetenzRad };
export type { KrErrorDetail, KrLevelChangeDetail, KrSelectDetail, EditSeries } from '../internal/events.js';

/** Registers `<kompetenz-rad>`: once, and with a console warning when another class already has the tag. */
defineElement('kompetenz-rad', KompetenzRad);
