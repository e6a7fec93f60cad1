import { KompetenzRad } from '../components/kompetenz-rad/kompetenz-rad.js';

export { KompetenzRad };
export type { KrErrorDetail, KrLevelChangeDetail, KrSelectDetail, EditSeries } from '../internal/events.js';

// Guarded: a CMS page may load the library twice.
if (!customElements.get('kompetenz-rad')) customElements.define('kompetenz-rad', KompetenzRad);
