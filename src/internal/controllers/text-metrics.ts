import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextTask } from '../next-task.js';

/**
 * Elements that measure their own text (canvas widths of labels, cut cells) measure it again when
 * the text's metrics change after they drew it: a user style sheet or bookmarklet that adds text
 * spacing (WCAG 1.4.12), a larger font, a web font that arrives. A hidden probe of text at the
 * start of the shadow root inherits what the labels inherit and changes size with it; a resize
 * observer reports that after layout. Arriving web fonts of a family the elements draw in also
 * start a new `textMetricsGeneration()`, so that widths cached per font name are measured anew.
 */

/** Text with ascenders, descenders, wide letters and a space: letter, word and line spacing all change its size. */
const PROBE_TEXT = 'Mg Wy';

/** Sizes closer than this (px) are the same text metrics, laid out with other rounding. */
const SAME_SIZE_PX = 0.5;

let generation = 0;
const watchers = new Set<TextMetricsController>();
/** Controllers whose probe changed, told together in one task (a page of many elements then updates them in one batch). */
const changedWatchers = new Set<TextMetricsController>();
const owners = new WeakMap<Element, TextMetricsController>();
let observer: ResizeObserver | undefined;
let fontsWatched = false;

/** Counts the arrivals of web fonts that the watched elements draw in: part of the key of every cache of text widths. */
export function textMetricsGeneration(): number {
  return generation;
}

/** What of an element's computed style sets the width of its text, letter and word spacing in em (so they scale with each label's size). */
export interface TextStyle {
  family: string;
  letterEm: number;
  wordEm: number;
  /** Family, spacing and the generation of web fonts: text measured under another key is measured anew. */
  key: string;
}

function emOf(length: string, fontSize: string): number {
  const px = Number.parseFloat(length);
  const size = Number.parseFloat(fontSize);
  return Number.isFinite(px) && size > 0 ? px / size : 0;
}

export function textStyleOf(computed: CSSStyleDeclaration): TextStyle {
  const family = computed.fontFamily || 'sans-serif';
  const letterEm = emOf(computed.letterSpacing, computed.fontSize);
  const wordEm = emOf(computed.wordSpacing, computed.fontSize);
  return { family, letterEm, wordEm, key: `${family}|${letterEm.toFixed(3)}|${wordEm.toFixed(3)}|${generation}` };
}

function tellChanged(watcher: TextMetricsController): void {
  if (changedWatchers.size === 0) {
    // In a task of its own: drawing again inside the observer's report would resize what other observers watch in the same report.
    nextTask(() => {
      const told = [...changedWatchers];
      changedWatchers.clear();
      for (const each of told) each.changed();
    });
  }
  changedWatchers.add(watcher);
}

/**
 * Text widths cached per font: the cache a module keeps, emptied when web fonts arrive (a new
 * `textMetricsGeneration()`), so that the widths of fonts measured before are not kept for nothing.
 */
export function widthCache<V>(): () => Map<string, V> {
  const cache = new Map<string, V>();
  let filledIn = generation;
  return () => {
    if (filledIn !== generation) {
      cache.clear();
      filledIn = generation;
    }
    return cache;
  };
}

/** The families of the faces a `loadingdone` reports, in lower case (none when it names no faces). */
function loadedFamilies(event: Event): string[] {
  const faces = (event as Partial<FontFaceSetLoadEvent>).fontfaces ?? [];
  return faces.map((face) => face.family.replace(/^["']|["']$/g, '').toLowerCase());
}

/** Whether a face of `families` may be one the watched elements draw text in (their computed `font-family` names it). */
function usedByWatchers(families: readonly string[]): boolean {
  if (families.length === 0) return true;
  for (const watcher of watchers) {
    const family = watcher.fontFamily().toLowerCase();
    if (families.some((loaded) => family.includes(loaded))) return true;
  }
  return false;
}

function watchFonts(): void {
  if (fontsWatched || typeof document === 'undefined' || !document.fonts) return;
  fontsWatched = true;
  // A page loads fonts of its own (icons, headings): only those the elements draw in change their text.
  document.fonts.addEventListener('loadingdone', (event) => {
    if (!usedByWatchers(loadedFamilies(event))) return;
    generation += 1;
    for (const watcher of watchers) watcher.changed();
  });
}

function probeObserver(): ResizeObserver {
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      const box = entry.borderBoxSize?.[0];
      const [inline, block] = box ? [box.inlineSize, box.blockSize] : [entry.contentRect.width, entry.contentRect.height];
      // A host not shown (display: none, a closed panel) has no text metrics to compare.
      if (inline > 0 || block > 0) owners.get(entry.target)?.measured(inline, block);
    }
  });
  return observer;
}

export type TextMetricsHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; readonly hasUpdated?: boolean };

/**
 * Calls `onChange` (by default the host's `requestUpdate`) when the metrics of the host's text
 * change after its first update (or after the controller was added, to a host that had drawn).
 * `drawnWith` gives the `textStyleOf(…).key` the host last measured with, when it reads one: the
 * probe's first report, after the first layout, is compared with it, for spacing set between the
 * update and that layout. The probe is `aria-hidden`, hidden and out of flow (class `text-probe`
 * of the shared element styles), placed before the content Lit renders.
 */
export class TextMetricsController implements ReactiveController {
  private probe?: HTMLElement;
  /** The probe's size (px) when it was last reported (kept while disconnected: a change meanwhile still counts). */
  private size?: readonly [number, number];

  constructor(
    private readonly host: TextMetricsHost,
    private readonly onChange: () => void = () => host.requestUpdate(),
    private readonly drawnWith?: () => string | undefined,
  ) {
    host.addController(this);
    // Added to a host that has drawn already: watch from now.
    if (host.hasUpdated) this.hostUpdated();
  }

  hostConnected(): void {
    watchers.add(this);
    watchFonts();
    if (this.probe) probeObserver().observe(this.probe);
  }

  hostDisconnected(): void {
    watchers.delete(this);
    if (this.probe) probeObserver().unobserve(this.probe);
  }

  hostUpdated(): void {
    if (this.probe || typeof ResizeObserver === 'undefined') return;
    // The text sits in a box of no size that clips it: out of flow, it adds no scrolling to any ancestor.
    const box = document.createElement('span');
    box.className = 'text-probe';
    box.setAttribute('aria-hidden', 'true');
    const probe = (this.probe = box.appendChild(document.createElement('span')));
    probe.textContent = PROBE_TEXT;
    this.host.renderRoot.prepend(box);
    owners.set(probe, this);
    if (this.host.isConnected) probeObserver().observe(probe);
  }

  /** The probe's size as the observer reports it: its first report is the size the host drew with. */
  measured(inline: number, block: number): void {
    const before = this.size;
    this.size = [inline, block];
    const drawn = before === undefined ? this.drawnWith?.() : undefined;
    const changed =
      before === undefined
        ? drawn !== undefined && drawn !== textStyleOf(getComputedStyle(this.host)).key
        : Math.abs(before[0] - inline) > SAME_SIZE_PX || Math.abs(before[1] - block) > SAME_SIZE_PX;
    if (changed) tellChanged(this);
  }

  changed(): void {
    this.onChange();
  }

  fontFamily(): string {
    return getComputedStyle(this.host).fontFamily;
  }
}
