import type { ReactiveControllerHost } from 'lit';
import { FirstScreen } from '../../../internal/controllers/first-screen.js';
import { customLength } from '../../../internal/css-length.js';

/** The stylesheet's defaults in `var()` (gap-matrix.styles.ts) for a page that sets neither property. */
const ROW_HEIGHT_DEFAULT = '2rem';
const REGION_HEIGHT_DEFAULT = '32rem';

/**
 * How many rows of person mode a render draws: the first render those its scroll region can show
 * at the least row height (and down to the active cell's), every later render all of them.
 */
export class PersonFirstRows {
  private readonly firstScreen: FirstScreen;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly activeRow: () => number,
  ) {
    this.firstScreen = new FirstScreen(host);
  }

  shown(count: number): number {
    if (!this.firstScreen.pending) return count;
    const row = customLength(this.host, '--kr-gap-matrix-row-height', ROW_HEIGHT_DEFAULT);
    if (row === undefined || !(row > 0)) return count;
    const region = customLength(this.host, '--kr-gap-matrix-height', REGION_HEIGHT_DEFAULT);
    const cut = this.firstScreen.cutFor(count * row, region !== undefined && region > 0 ? region : Infinity);
    return cut === Infinity ? count : Math.max(Math.ceil(cut / row), this.activeRow());
  }
}
