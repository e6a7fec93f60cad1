import { GapMatrix } from '../components/gap-matrix/gap-matrix.js';

export { GapMatrix };
export type { GapMatrixMode } from '../components/gap-matrix/gap-matrix.js';
export type { KrErrorDetail, KrSelectDetail } from '../internal/events.js';

// Guarded: a CMS page may load the library twice.
if (!customElements.get('gap-matrix')) customElements.define('gap-matrix', GapMatrix);
