import { Directive, directive, PartType, type DirectiveResult, type PartInfo } from 'lit/directive.js';
import { edgeWidth, type DragPreview } from '../controllers/pointer-drag.js';
import type { SettingKind } from '../../../domain/types.js';
import type { Bar } from '../model/layout.js';
import { fitText } from '../model/text-fit.js';
import type { ChartView } from './chart.js';

const STATUS_GLYPH: Record<string, string> = { planned: '', running: '▶ ', done: '✓ ', dropped: '✕ ' };

/** Room for the "!" of a finding at the end of a bar. */
const BADGE_ROOM = 14;
/** Room before the label and after it. */
export const LABEL_INSET = 5;
/** The rounding of a bar's corners. */
export const BAR_RADIUS = 3;
/** How far the line through a dropped bar stays from its ends. */
export const STRIKE_INSET = 2;

/** The label of a bar: its full text (status and title) and what of it fits the bar (`''` when nothing does). */
export function barLabel(view: Pick<ChartView, 'names' | 'barText' | 'findings'>, item: Bar['item'], width: number): { full: string; shown: string } {
  const full = `${STATUS_GLYPH[item.status] ?? ''}${view.names.item(item)}`;
  const badge = view.findings.items.has(item.id);
  return { full, shown: fitText(full, width - 2 * LABEL_INSET - (badge ? BADGE_ROOM : 0), view.barText, true) };
}

/** How a bar looks, whether drawn as an entry or in the first render's picture (`barSketch`): its setting, its classes (category, kind, setting, status), whether it is hatched (off the job) and struck through (dropped), and its label. */
export function barLook(view: Pick<ChartView, 'names' | 'barText' | 'findings'>, item: Bar['item'], width: number): { setting: SettingKind; classes: string[]; hatched: boolean; struck: boolean; label: string } {
  const setting = view.names.setting(item);
  return {
    setting,
    classes: ['bar', view.names.categoryClass(item), item.kind, setting, `status-${item.status}`],
    hatched: setting === 'off-the-job' && item.kind === 'format',
    struck: item.status === 'dropped',
    label: barLabel(view, item, width).shown,
  };
}

/** The bar's geometry, moved or resized by `drag` while it is dragged. */
function preview(bar: Bar, drag: DragPreview | undefined, pxPerDay: number): { x: number; width: number } {
  if (!drag) return { x: bar.x, width: bar.width };
  const shift = drag.days * pxPerDay;
  if (drag.mode === 'move') return { x: bar.x + shift, width: bar.width };
  if (drag.mode === 'end') return { x: bar.x, width: Math.max(pxPerDay, bar.width + shift) };
  const width = Math.max(pxPerDay, bar.width - shift);
  return { x: bar.x + bar.width - width, width };
}

/** What a bar shows besides its layout. */
interface BarState {
  key: string;
  tabIndex: number;
  /** Its focus ring and, when the plan is editable, its resize handles. */
  edges: boolean;
  /** The findings that name it, once the list of findings is drawn (see `FirstScreen`). */
  findingIds: readonly string[] | undefined;
  drag: DragPreview | undefined;
}

function stateOf(view: ChartView, bar: Bar): BarState {
  const key = `item:${bar.item.id}`;
  const tabIndex = view.tabIndex(key);
  return {
    key,
    tabIndex,
    edges: tabIndex === 0 || view.hovered === key || view.drag?.key === key,
    findingIds: view.cut === Infinity ? view.findings.items.get(bar.item.id) : undefined,
    drag: view.drag?.key === key ? view.drag : undefined,
  };
}

/** What a bar's drawing depends on: it is drawn again only when one of these changed. */
const inputsOf = (view: ChartView, bar: Bar, state: BarState): readonly unknown[] => [
  bar,
  state.tabIndex,
  state.edges,
  state.findingIds?.join(' '),
  // The label leaves room for the "!" from the start, also while the findings are not drawn.
  view.findings.items.has(bar.item.id),
  state.drag,
  view.editable,
  view.names,
  view.barText,
];

const sameInputs = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((value, index) => Object.is(value, b[index]));

/** Sets an attribute that changed (a mutation for each would count as a change of every bar), removes one that is `undefined`. */
function setAttribute(node: Element, name: string, value: string | undefined): void {
  if (value === undefined) node.removeAttribute(name);
  else if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

/** The same on a group drawn for the first time. */
function setNew(node: Element, name: string, value: string | undefined): void {
  if (value !== undefined) node.setAttribute(name, value);
}

/** Draws a bar into its group (`g[part=bar]`): the group's attributes set, its pieces built anew. */
function drawBar(node: SVGGElement, view: ChartView, bar: Bar, { tabIndex, edges, findingIds, drag }: BarState): void {
  const { item } = bar;
  const { names, s, layout } = view;
  const { x, width } = preview(bar, drag, layout.pxPerDay);
  const { y, height } = bar;
  const badge = findingIds !== undefined;
  const look = barLook(view, item, width);
  const classes = ['entry', ...look.classes];
  if (badge) classes.push('has-finding');
  if (drag) classes.push('dragging');
  const fresh = node.firstChild === null;
  const set = fresh ? setNew : setAttribute;
  set(node, 'class', classes.join(' '));
  set(node, 'tabindex', String(tabIndex));
  set(
    node,
    'aria-label',
    s.itemLabel({
      what: names.item(item),
      competencies: names.competencies(item.competencyIds),
      start: names.date(item.start),
      end: names.date(item.end),
      hours: names.number(item.hours),
      setting: s.settings[look.setting],
      status: s.itemStatuses[item.status],
    }),
  );
  set(node, 'aria-describedby', findingIds && findingIds.length > 0 ? findingIds.join(' ') : undefined);

  const middle = y + height / 2;
  if (!fresh) node.textContent = '';
  svgElement('rect', { class: 'bar-fill', x, y, width, height, rx: BAR_RADIUS }, node);
  if (look.hatched) svgElement('rect', { class: 'bar-hatch', x, y, width, height, rx: BAR_RADIUS, fill: 'url(#kr-hatch)' }, node);
  if (look.struck) svgElement('line', { class: 'strike', x1: x + STRIKE_INSET, x2: x + width - STRIKE_INSET, y1: middle, y2: middle }, node);
  if (look.label) svgElement('text', { class: 'bar-label', x: x + LABEL_INSET, y: middle }, node).textContent = look.label;
  if (badge) {
    const mark = svgElement('g', { class: 'badge' }, node);
    svgElement('circle', { cx: x + width - 8, cy: middle, r: 6 }, mark);
    svgElement('text', { x: x + width - 8, y: middle }, mark).textContent = '!';
  }
  if (edges) {
    svgElement('rect', { class: 'focus-ring', x: x - 3, y: y - 3, width: width + 6, height: height + 6, rx: 5 }, node);
    if (view.editable) {
      const handle = edgeWidth(width);
      svgElement('rect', { class: 'handle', 'data-edge': 'start', x: x - 2, y, width: handle, height }, node);
      svgElement('rect', { class: 'handle', 'data-edge': 'end', x: x + width - handle + 2, y, width: handle, height }, node);
    }
  }
}

/**
 * An SVG element with `attributes`, appended to `parent`. The bars' own, not the wheel's `svgNode`:
 * a module the two shared would be one more file for a page of either.
 */
export function svgElement(tag: string, attributes: Record<string, string | number>, parent?: Element): SVGElement {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag) as SVGElement;
  for (const name in attributes) node.setAttribute(name, String(attributes[name]));
  parent?.append(node);
  return node;
}

/** Whether the focus is on `node` or in it (by its root's active element: `:focus-within` may not match while the window is in the background). */
function holdsFocus(node: Element): boolean {
  const root = node.getRootNode();
  const active = root instanceof ShadowRoot || root instanceof Document ? root.activeElement : null;
  return active !== null && node.contains(active);
}

interface DrawnBar {
  node: SVGGElement;
  inputs: readonly unknown[];
}

/**
 * The chart's bars (`<g class="bars">`, a `g[part=bar]` per bar in the order of the layout), kept
 * as DOM by the bars' keys: a render draws again only the bars whose inputs changed (moving one of
 * 200 items redraws one bar) and never moves the bar that has focus. Built without templates: two
 * template instances and their markers per bar cost ~3 ms of a cold first render of 200 bars.
 */
class BarLayer extends Directive {
  private readonly group = svgElement('g', { class: 'bars' }) as SVGGElement;
  private readonly drawn = new Map<string, DrawnBar>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('barLayer() must stand where an svg template takes content, not in an attribute');
  }

  render(view: ChartView, bars: readonly Bar[]): SVGGElement {
    const { group } = this;
    const stale = new Set(this.drawn.keys());
    const placed = new Set<string>();
    let next = group.firstChild;
    for (const bar of bars) {
      const state = stateOf(view, bar);
      // A key twice would draw one node in two places (the plan's validation drops such items).
      if (placed.has(state.key)) continue;
      placed.add(state.key);
      stale.delete(state.key);
      const inputs = inputsOf(view, bar, state);
      let drawn = this.drawn.get(state.key);
      if (!drawn) {
        drawn = { node: svgElement('g', { part: 'bar', 'data-key': state.key, role: 'button' }) as SVGGElement, inputs: [] };
        this.drawn.set(state.key, drawn);
      }
      if (!sameInputs(drawn.inputs, inputs)) {
        drawBar(drawn.node, view, bar, state);
        drawn.inputs = inputs;
      }
      next = this.place(drawn.node, next);
    }
    for (const key of stale) {
      this.drawn.get(key)?.node.remove();
      this.drawn.delete(key);
    }
    return group;
  }

  /**
   * Puts `node` where `next` is and returns what follows it. The bars before `next` are in place;
   * the ones from `next` on come later in the order or are gone. A focused bar is not moved (moving
   * it would take its focus away): the bars before it go to the end, to be placed when their turn comes.
   */
  private place(node: SVGGElement, next: ChildNode | null): ChildNode | null {
    if (node === next) return next.nextSibling;
    if (node.parentNode === this.group && holdsFocus(node)) {
      for (let other = next; other && other !== node; other = next) {
        next = other.nextSibling;
        this.group.append(other);
      }
      return node.nextSibling;
    }
    this.group.insertBefore(node, next);
    return next;
  }
}

/** The bars of the chart (see `BarLayer`). */
export const barLayer: (view: ChartView, bars: readonly Bar[]) => DirectiveResult<typeof BarLayer> = directive(BarLayer);
