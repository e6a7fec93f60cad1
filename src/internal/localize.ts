import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../domain/types.js';

/** The languages the elements speak; German is the default. */
export const LANGS: readonly Lang[] = Object.freeze(['de', 'en']);
export const DEFAULT_LANG: Lang = 'de';

/** One string table per language, all of the same shape `S` (strings or small functions). */
export type Dictionary<S> = Readonly<Record<Lang, S>>;

/** Declares a dictionary; the type parameter makes both languages follow the same shape. */
export function defineStrings<S>(dictionary: Dictionary<S>): Dictionary<S> {
  return dictionary;
}

/** `de`, `de-DE`, `DE-at` → `de`; `en-GB` → `en`; anything else → `undefined`. */
export function toLang(value: string | null | undefined): Lang | undefined {
  if (typeof value !== 'string') return undefined;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : undefined;
}

/**
 * The language for `element`: its own `lang` attribute, else the closest ancestor with a
 * `lang` attribute (walking out of shadow roots to their hosts, up to the document element),
 * else `fallback` (e.g. a provider's language), else German. The nearest `lang` decides even
 * when it names a language we do not speak (then German).
 */
export function resolveLang(element: Element, fallback?: Lang): Lang {
  // The element's own `lang` property first: a Lit element may not have reflected it yet.
  const own = element instanceof HTMLElement ? element.lang : element.getAttribute('lang');
  if (typeof own === 'string' && own !== '') return toLang(own) ?? DEFAULT_LANG;
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const value = node.getAttribute('lang');
      if (value !== '') return toLang(value) ?? DEFAULT_LANG;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return fallback ?? DEFAULT_LANG;
}

type LangListener = () => void;
const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;

/** One observer for the whole page; every `lang` change in the document re-resolves every element. */
function listen(listener: LangListener): void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unlisten(listener: LangListener): void {
  listeners.delete(listener);
  if (listeners.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}

/**
 * Follows the language of its host (see `resolveLang`) and hands out the host's strings in it.
 * The host re-renders when its own or an ancestor's `lang` attribute changes anywhere in the
 * document (one shared MutationObserver), and when `fallback` changes.
 *
 *     private readonly localize = new LocalizeController(this, WHEEL_STRINGS);
 *     render() { const s = this.localize.strings; return html`<p lang=${this.localize.lang}>${s.title}</p>`; }
 */
export class LocalizeController<S> implements ReactiveController {
  private current: Lang = DEFAULT_LANG;
  private fallbackLang: Lang | undefined;
  private readonly onChange = (): void => {
    if (resolveLang(this.host, this.fallbackLang) !== this.current) this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly dictionary: Dictionary<S>,
  ) {
    host.addController(this);
  }

  /** The resolved language (valid from the first update on). */
  get lang(): Lang {
    return this.current;
  }

  /** The strings in the resolved language. */
  get strings(): S {
    return this.dictionary[this.current];
  }

  /** The strings of another dictionary (e.g. the shared one) in the resolved language. */
  of<T>(dictionary: Dictionary<T>): T {
    return dictionary[this.current];
  }

  /** A language to use when neither the element nor an ancestor has `lang` (e.g. from a provider). */
  set fallback(lang: Lang | undefined) {
    if (lang === this.fallbackLang) return;
    this.fallbackLang = lang;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    listen(this.onChange);
  }

  hostDisconnected(): void {
    unlisten(this.onChange);
  }

  hostUpdate(): void {
    this.current = resolveLang(this.host, this.fallbackLang);
  }
}
