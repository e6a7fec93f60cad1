import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Catalogue } from '../../../domain/types.js';
import type { WheelFrame } from '../views/scene.js';
import { ownLegend, type LegendMode, type LegendShare, type SharedLegendOptions } from './shared-legend.js';

// Loaded by `SharedLegendController` the first time a wheel has `legend="shared"`.

/** The connected wheels with `legend="shared"`, per catalogue, language and meaning of their series. */
const groups = new Map<string, LegendSharing[]>();

/** A catalogue's identity for sharing: the same categories and competencies with the same names in `lang`. */
const signatures = new WeakMap<Catalogue, Map<string, string>>();
function catalogueKey(catalogue: Catalogue, lang: string): string {
  let byLang = signatures.get(catalogue);
  if (!byLang) signatures.set(catalogue, (byLang = new Map()));
  let key = byLang.get(lang);
  if (key === undefined) {
    const categories = catalogue.categories.map((category) => `${category.id}=${category.label[lang as 'de'] ?? ''}`).join('\u0001');
    const competencies = catalogue.competencies.map((item) => `${item.id}:${item.category}=${item.label[lang as 'de'] ?? ''}`).join('\u0001');
    key = `${lang}\u0002${categories}\u0002${competencies}`;
    byLang.set(lang, key);
  }
  return key;
}

/** Text that stands for a template (its static parts and values): equal entries of two wheels are drawn once. */
function templateSignature(template: unknown): string {
  if (template === null || typeof template !== 'object' || !('strings' in template) || !('values' in template)) return String(template);
  const { strings, values } = template as TemplateResult;
  return `${strings.join('\u0001')}\u0002${(values as unknown[]).map(templateSignature).join('\u0001')}`;
}

/** `node`, then the hosts of the shadow roots it is in, innermost first. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) chain.push(root.host);
  return chain;
}

/**
 * Page order of two wheels, also when they sit in the shadow roots of other elements: the order
 * of their first ancestors (or hosts) that share a tree.
 */
function documentOrder(a: LegendSharing, b: LegendSharing): number {
  const theirs = hostChain(b.host);
  for (const mine of hostChain(a.host)) {
    const other = theirs.find((node) => node.getRootNode() === mine.getRootNode());
    if (!other) continue;
    if (other === mine) return 0;
    const position = mine.compareDocumentPosition(other);
    return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : position & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
  }
  return 0;
}

/** The entries without the ones drawn already (the same series of two wheels of a shared legend). */
function withoutRepeats(entries: readonly TemplateResult[]): TemplateResult[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = templateSignature(entry);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Lets several wheels on a page share one legend (`legend="shared"`): of the connected wheels
 * with the same catalogue in the same language whose series mean the same (`meaning`: a line
 * manager's wheel, where the filled sectors are her rating, draws a legend of its own), the first in document order draws the legend,
 * with the series of all of them and the names behind the numbers when any of them numbers its
 * spokes; the others draw a hint that names it. A change of membership, of a wheel's numbering
 * or series, or of the first wheel's name updates the others.
 */
export class LegendSharing implements ReactiveController {
  private key: string | undefined;
  private numbered = false;
  private series: readonly TemplateResult[] = [];
  private seriesKey = '';
  private name: string | undefined;
  /** Whether the wheel left a shared legend when it was taken out of the page. */
  private rejoin = false;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: SharedLegendOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A wheel put back into the page joins again when it draws: ask for that.
    if (this.rejoin) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.rejoin = this.key !== undefined;
    this.leave();
  }

  hostUpdated(): void {
    if (this.key === undefined) return;
    const name = this.options.name();
    if (name !== this.name) {
      this.name = name;
      if (this.leader() === this) this.notifyAll(this.key);
    }
  }

  /** How this wheel draws its legend in `mode`; joins or leaves the shared legend of its catalogue and language. */
  share(frame: WheelFrame, mode: LegendMode): LegendShare {
    const ownNumbers = frame.layout.labels.numbered;
    if (mode !== 'shared') {
      this.leave();
      return ownLegend(mode, frame);
    }
    const key = `${catalogueKey(frame.catalogue, frame.lang)}\u0004${this.options.meaning()}`;
    const changed = key !== this.key || ownNumbers !== this.numbered;
    this.numbered = ownNumbers;
    if (key !== this.key) {
      this.leave();
      this.join(key);
    } else if (changed) {
      this.notifyLeader();
    }
    const members = groups.get(key) ?? [this];
    const leader = this.leader() ?? this;
    if (leader !== this) {
      return { draw: 'elsewhere', numbered: ownNumbers, series: (own) => own, drawnBy: leader.name, publish: this.publish };
    }
    return {
      draw: 'own',
      numbered: members.some((member) => member.numbered),
      series: (own) => withoutRepeats([...own, ...members.filter((member) => member !== this).flatMap((member) => member.series)]),
      drawnBy: undefined,
      publish: this.publish,
    };
  }

  private readonly publish = (series: readonly TemplateResult[]): void => {
    const seriesKey = series.map(templateSignature).join('\u0003');
    this.series = series;
    if (seriesKey === this.seriesKey) return;
    this.seriesKey = seriesKey;
    this.notifyLeader();
  };

  /** The wheel that draws this wheel's shared legend. */
  private leader(): LegendSharing | undefined {
    return this.key === undefined ? undefined : groups.get(this.key)?.[0];
  }

  private join(key: string): void {
    if (!this.host.isConnected) return;
    this.key = key;
    const before = groups.get(key) ?? [];
    const members = [...before.filter((member) => member !== this), this].sort(documentOrder);
    groups.set(key, members);
    // A new first wheel changes every hint; else only the first wheel adds this one's series and numbers.
    if (members[0] !== before[0]) this.notifyAll(key);
    else this.notifyLeader();
  }

  private leave(): void {
    const key = this.key;
    if (key === undefined) return;
    this.key = undefined;
    this.seriesKey = '';
    const before = groups.get(key) ?? [];
    const members = before.filter((member) => member !== this);
    if (members.length === 0) groups.delete(key);
    else groups.set(key, members);
    // The first wheel leaving passes the legend on (every hint changes); another one only leaves the first wheel's legend.
    if (before[0] === this) for (const member of members) member.host.requestUpdate();
    else members[0]?.host.requestUpdate();
  }

  /** Asks the other wheels of the group to draw again. */
  private notifyAll(key: string): void {
    for (const member of groups.get(key) ?? []) if (member !== this) member.host.requestUpdate();
  }

  /** Asks the wheel that draws the legend to draw again (when this one's series or numbers change). */
  private notifyLeader(): void {
    const leader = this.leader();
    if (leader !== undefined && leader !== this) leader.host.requestUpdate();
  }
}
