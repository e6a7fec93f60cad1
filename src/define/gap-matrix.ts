import { GapMatrix } from '../components/gap-matrix/gap-matrix.js';
import { defineElement } from '../internal/define-element.js';

export { GapMatrix };
export type { GapMatrixMode } from '../components/gap-matrix/gap-matrix.js';
export type { TeamValue } from '../components/gap-matrix/model/team.js';
export type { KrErrorDetail, KrSelectDetail, KrSelectGroup } from '../internal/events.js';

/** Registers `<gap-matrix>`: once, and with a console warning when another class already has the tag. */
defineElement('gap-matrix', GapMatrix);
