import { nothing } from 'lit';
import { AsyncDirective, directive, PartType, type DirectiveResult, type ElementPart, type PartInfo } from 'lit/async-directive.js';
import { TextMetricsController, type TextMetricsHost } from '../../../internal/controllers/text-metrics.js';
import { nextTask } from '../../../internal/next-task.js';

/**
 * Labels that do not fit their cell (a long compound in a narrow column where the browser has
 * no hyphenation for the language, a role in a fixed-height team row) are cut with an ellipsis;
 * the cell is marked `data-cut` and its full text shows in the grid's tooltip (`.label-tip`, a
 * manual popover in the top layer, so no scroll region clips it) while the pointer is on the cell
 * or the tooltip, or the cell has keyboard focus; Escape hides it (WCAG 1.4.13). The cell's own
 * text is the full text, so assistive technology reads all of it and the tooltip is hidden from it.
 * Placed from code (`style.setProperty`), which a strict CSP allows.
 */

/** Gap (px) between a cell and its tooltip, and the least distance to the viewport's edges. */
const GAP = 4;
/** How long (ms) the tooltip stays after the pointer leaves, so that it can move onto the tooltip. */
const LINGER = 300;

let pending = new Set<FullTextDirective>();
/** Whether a measuring of the cells waiting is queued. */
let queued = false;
let resize: ResizeObserver | undefined;
const owners = new WeakMap<Element, FullTextDirective>();
/** The connected cells, measured again when the text's metrics change (its width changes, not the cell's box). */
const connected = new Set<FullTextDirective>();

/**
 * Measures the cells waiting whose content changed since they were last measured, or whose size
 * did, in a task of its own. After a scroll, whose update runs in the frame, that task comes after
 * the frame's layout, and the reads find it done (measured in the update's own task, they forced
 * that layout early, and their marks a second style pass, in every scroll frame of a team: a quarter
 * to a third of it). After a render in a task of its own (a click, a key) the reads lay out once, as the
 * next frame would. New and resized cells come from the resize observer, after layout. All reads
 * first, then all writes. A cell whose content is what it was (a row re-rendered by a scroll that
 * left it the same person) is not measured, so it forces no layout. A cell the pointer or focus
 * reaches before is measured then (`measureNow`).
 */
function measureAll(): void {
  queued = false;
  const batch = [...pending].filter((d) => d.changed());
  pending = new Set();
  const cut = batch.map((d) => d.isCut());
  batch.forEach((d, k) => d.mark(cut[k]));
}

function schedule(d: FullTextDirective): void {
  pending.add(d);
  if (queued) return;
  queued = true;
  nextTask(measureAll);
}

function remeasure(d: FullTextDirective): void {
  d.stale = true;
  schedule(d);
}

/** Resizes are reported after layout, so their reads force none. */
function observer(): ResizeObserver {
  resize ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      const owner = owners.get(entry.target);
      if (owner) remeasure(owner);
    }
  });
  return resize;
}

/** Elements whose cells are measured again when their text's metrics change (text spacing added, a web font arrived). */
const watchedHosts = new WeakSet<object>();

/** From the host's first render that draws a cell on: the probe's first report then comes with the cells' first. Only that host's cells are measured again. */
function watchTextMetrics(host: TextMetricsHost | undefined): void {
  if (!host || watchedHosts.has(host) || typeof host.addController !== 'function') return;
  watchedHosts.add(host);
  new TextMetricsController(host, () => connected.forEach((d) => d.host === host && remeasure(d)));
}

/** Does the text of `element` (or of a label span in it) overflow its box? */
function overflows(element: Element): boolean {
  return element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1;
}

/** The tooltip of the cell's shadow root, with its own listeners once. */
const tips = new WeakSet<HTMLElement>();
let shownBy: FullTextDirective | undefined;
let hideTimer = 0;

function tipOf(cell: HTMLElement): HTMLElement | null {
  const root = cell.getRootNode() as ParentNode;
  const tip = root.querySelector<HTMLElement>('.label-tip');
  if (tip && !tips.has(tip)) {
    tips.add(tip);
    tip.addEventListener('pointerenter', () => clearTimeout(hideTimer));
    tip.addEventListener('pointerleave', () => shownBy?.leave());
  }
  return tip;
}

function onEscape(event: KeyboardEvent): void {
  if (event.key === 'Escape' && shownBy) shownBy.dismiss();
}

class FullTextDirective extends AsyncDirective {
  /** The element whose render drew the cell. */
  host: unknown;
  private cell?: HTMLElement;
  private text = '';
  private cut = false;
  private hovered = false;
  /** Escape hid the tooltip: a later measurement does not bring it back until the pointer or focus comes anew. */
  private dismissed = false;
  /** The cell's text content when it was last measured (`undefined`: never). */
  private measured: string | undefined;
  /** Its size, or the fonts, changed since: measure even if the content did not. */
  stale = true;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('fullText() belongs in an element position: <div ${fullText(text)}>');
  }

  render(_text: string): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [text]: [string]): typeof nothing {
    if (!this.cell) {
      const cell = (this.cell = part.element as HTMLElement);
      owners.set(cell, this);
      observer().observe(cell);
      connected.add(this);
      this.host = part.options?.host;
      watchTextMetrics(this.host as TextMetricsHost | undefined);
      cell.addEventListener('pointerenter', () => {
        this.hovered = true;
        this.dismissed = false;
        this.show();
      });
      cell.addEventListener('pointerleave', () => {
        this.hovered = false;
        this.leave();
      });
      cell.addEventListener('focus', () => {
        this.dismissed = false;
        this.show();
      });
      cell.addEventListener('blur', () => {
        if (!this.hovered) this.hide();
      });
    }
    if (text !== this.text) {
      this.text = text;
      if (shownBy === this) this.hide();
    }
    // A cell not measured yet is measured when the resize observer first reports it, after the
    // browser has laid it out anyway: measuring it here would force that layout into the task
    // that rendered it (the first render of a whole grid).
    if (this.measured !== undefined) schedule(this);
    return nothing;
  }

  /**
   * Whether the cell needs measuring: its size or the fonts changed, or its content (the label, a
   * member mark, a sort mark), which the render just committed. Reads no layout.
   */
  changed(): boolean {
    const cell = this.cell;
    if (!cell?.isConnected) return false;
    const content = cell.textContent ?? '';
    if (!this.stale && content === this.measured) return false;
    this.stale = false;
    this.measured = content;
    return true;
  }

  /** Whether the cell or one of its label spans (not the visually hidden ones) overflows. */
  isCut(): boolean {
    const cell = this.cell;
    if (!cell?.isConnected) return false;
    if (overflows(cell)) return true;
    for (const span of cell.querySelectorAll(':scope > span:not(.visually-hidden), :scope > span > span:not(.visually-hidden)')) if (overflows(span)) return true;
    return false;
  }

  /** Measures the cell now if it is waiting (the pointer or focus reached it before its turn). */
  private measureNow(): void {
    if (pending.delete(this) && this.changed()) this.setCut(this.isCut());
  }

  mark(cut: boolean): void {
    this.setCut(cut);
    if (!cut && shownBy === this) this.hide();
    else if (cut && !this.dismissed && (this.hovered || this.cell?.matches(':focus'))) this.show();
  }

  private setCut(cut: boolean): void {
    const cell = this.cell;
    if (!cell) return;
    this.cut = cut;
    cell.toggleAttribute('data-cut', cut);
    // Without popovers (older browsers) the browser's own tooltip at least shows the full text on hover.
    const popovers = typeof HTMLElement.prototype.showPopover === 'function';
    if (!popovers) {
      if (cut) cell.title = this.text;
      else cell.removeAttribute('title');
    }
  }

  show(): void {
    this.measureNow();
    const cell = this.cell;
    if (!cell || !this.cut || !this.isConnected) {
      // Measured now and found whole: a tooltip it still shows goes.
      if (shownBy === this) this.hide();
      return;
    }
    const tip = tipOf(cell);
    if (!tip || typeof tip.showPopover !== 'function') return;
    clearTimeout(hideTimer);
    if (shownBy && shownBy !== this) shownBy.hide();
    shownBy = this;
    tip.textContent = this.text;
    tip.dataset.for = cell.dataset.col ?? '';
    if (!tip.matches(':popover-open')) tip.showPopover();
    const box = cell.getBoundingClientRect();
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    const x = Math.max(GAP, Math.min(box.left, innerWidth - width - GAP));
    const below = box.bottom + GAP + height <= innerHeight || box.top - GAP - height < 0;
    const y = below ? box.bottom + GAP : box.top - GAP - height;
    tip.style.setProperty('--_tip-x', `${Math.round(x)}px`);
    tip.style.setProperty('--_tip-y', `${Math.round(y)}px`);
    addEventListener('keydown', onEscape);
    // Scrolling moves the cell away from the tooltip (see `onScroll`).
    this.scroller = cell.closest<HTMLElement>("[part='scroller']") ?? undefined;
    this.scroller?.addEventListener('scroll', this.onScroll, { passive: true });
    addEventListener('scroll', this.onScroll, { passive: true });
  }

  private scroller?: HTMLElement;
  /** A focused cell keeps its tooltip and takes it along (keyboard moves scroll the grid); otherwise scrolling hides it. */
  private readonly onScroll = (): void => (this.cell?.matches(':focus') ? this.show() : this.hide());

  /** The pointer left the cell or the tooltip: hide soon, unless it moves onto the other or the cell keeps focus. */
  leave(): void {
    clearTimeout(hideTimer);
    hideTimer = window.setTimeout(() => {
      if (shownBy === this && !this.cell?.matches(':focus')) this.hide();
    }, LINGER);
  }

  dismiss(): void {
    this.dismissed = true;
    this.hide();
  }

  hide(): void {
    if (shownBy !== this) return;
    shownBy = undefined;
    clearTimeout(hideTimer);
    removeEventListener('keydown', onEscape);
    removeEventListener('scroll', this.onScroll);
    this.scroller?.removeEventListener('scroll', this.onScroll);
    const tip = this.cell && tipOf(this.cell);
    if (tip?.matches(':popover-open')) tip.hidePopover();
  }

  protected override disconnected(): void {
    if (this.cell) resize?.unobserve(this.cell);
    this.hide();
    pending.delete(this);
    connected.delete(this);
  }

  protected override reconnected(): void {
    if (!this.cell) return;
    observer().observe(this.cell);
    connected.add(this);
    remeasure(this);
  }
}

/**
 * `<div role="columnheader" ${fullText(label)}>`: marks the cell `data-cut` when its label does not
 * fit, and then shows `text` (the full label) in the grid's `.label-tip` on hover and focus.
 */
export const fullText: (text: string) => DirectiveResult<typeof FullTextDirective> = directive(FullTextDirective);
