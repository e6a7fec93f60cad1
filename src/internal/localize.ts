import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../domain/types.js';
import { DEFAULT_LANG, LANGS, toLang } from './lang.js';

export { DEFAULT_LANG, LANGS, toLang };

/** One string table per language, all of the same shape `S` (an object of strings or small functions). */
export type Dictionary<S> = Readonly<Record<Lang, S>>;

/** Loads one language's table: a module whose default export is the table (`() => import('./de.js')`), or the table itself. */
export type TextsLoader<S> = () => Promise<S | { readonly default: S }>;

/** A table per language that is loaded when an element first needs that language. */
export type LazyDictionary<S> = Readonly<Record<Lang, TextsLoader<S>>>;

export type Texts<S> = Dictionary<S> | LazyDictionary<S>;

interface LoadedTexts {
  texts: Partial<Record<Lang, unknown>>;
  loads: Partial<Record<Lang, Promise<void>>>;
}

/** Every lazy dictionary declared so far (its module was evaluated, so an element on the page uses it). */
const lazyTexts = new Map<LazyDictionary<unknown>, LoadedTexts>();

function isLazy<S>(dictionary: Texts<S>): dictionary is LazyDictionary<S> {
  return typeof dictionary[DEFAULT_LANG] === 'function';
}

/**
 * Declares a dictionary; the type parameter makes both languages follow the same shape. Either
 * the tables themselves, `{ de, en }`, or one loader per language,
 * `{ de: () => import('./de.js'), en: () => import('./en.js') }`: then a page downloads only the
 * languages its elements speak, and an element waits for its texts before it renders (see
 * `LocalizeController.textsLoading`).
 */
export function defineStrings<S>(dictionary: Texts<S>): Texts<S> {
  if (isLazy(dictionary) && !lazyTexts.has(dictionary)) lazyTexts.set(dictionary, { texts: {}, loads: {} });
  return dictionary;
}

/** Whether every lazy dictionary declared so far has its `lang` table loaded. */
function hasTexts(lang: Lang): boolean {
  for (const { texts } of lazyTexts.values()) if (!(lang in texts)) return false;
  return true;
}

/** Loads the `lang` table of every lazy dictionary declared so far (each once; a failure stays a failure). */
async function loadTexts(lang: Lang): Promise<void> {
  const loads = [...lazyTexts].map(([dictionary, entry]) =>
    (entry.loads[lang] ??= dictionary[lang]().then((module) => {
      entry.texts[lang] = typeof module === 'object' && module !== null && 'default' in module ? module.default : module;
    })),
  );
  await Promise.all(loads);
  // A table's module may declare further dictionaries.
  if (!hasTexts(lang)) await loadTexts(lang);
}

/**
 * Starts loading the texts in the page's language (`<html lang>`) of every lazy dictionary
 * declared so far: an element defined now then finds them there when it is first drawn, as with
 * the loader, which fetches them with the element's code.
 */
export function preloadPageTexts(): void {
  if (typeof document === 'undefined') return;
  const lang = resolveLang(document.documentElement);
  if (!hasTexts(lang)) void loadTexts(lang).catch(() => undefined);
}

/** The `lang` table of `dictionary` when it is there (a lazy one once loaded), else `undefined`. */
export function loadedTexts<S>(dictionary: Texts<S>, lang: Lang): S | undefined {
  if (!isLazy(dictionary)) return dictionary[lang];
  const entry = lazyTexts.get(dictionary);
  return entry && lang in entry.texts ? (entry.texts[lang] as S) : undefined;
}

/**
 * The `lang` table of `dictionary`, else the other language's while only that one is loaded (a
 * language change still loading: the element keeps to the language it shows); `undefined` before any is.
 */
export function availableTexts<S>(dictionary: Texts<S>, lang: Lang): S | undefined {
  return loadedTexts(dictionary, lang) ?? LANGS.map((other) => loadedTexts(dictionary, other)).find((texts) => texts !== undefined);
}

function textsOf<S>(dictionary: Texts<S>, lang: Lang): S {
  const texts = loadedTexts(dictionary, lang);
  if (texts === undefined) throw new Error(`texts in "${lang}" are used before they were loaded (declare them with defineStrings)`);
  return texts;
}

/**
 * The language for `element`: its own `lang` attribute when it names a language we speak, else
 * the closest ancestor with a `lang` attribute (walking out of shadow roots to their hosts, up
 * to the document element), else `fallback` (e.g. a provider's language), else German. An own
 * `lang` we do not speak (`xx`) counts as not given (the element reports it, see `langProblem`);
 * an ancestor's decides even then (a French page gets German, not its grandparent's English).
 */
export function resolveLang(element: Element, fallback?: Lang): Lang {
  // The element's own `lang` property first: a Lit element may not have reflected it yet.
  const own = toLang(element instanceof HTMLElement ? element.lang : element.getAttribute('lang'));
  if (own !== undefined) return own;
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
 *
 * With lazy dictionaries (see `defineStrings`) the host awaits `textsLoading()` before each
 * update (`KrElement` does), so it renders only in a language whose texts are all there.
 */
export class LocalizeController<S> implements ReactiveController {
  private current: Lang = DEFAULT_LANG;
  /** An update has set `current` to a language whose texts are there. */
  private settled = false;
  private fallbackLang: Lang | undefined;
  /** Languages whose texts could not be loaded: the host stays in the language it has. */
  private readonly unavailable = new Set<Lang>();
  private readonly onChange = (): void => {
    if (resolveLang(this.host, this.fallbackLang) !== this.current) this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly dictionary: Texts<S>,
  ) {
    host.addController(this);
  }

  /**
   * `undefined` when the texts of the host's language are there (or could not be loaded);
   * otherwise their loading, which rejects once if they cannot be loaded.
   */
  textsLoading(): Promise<void> | undefined {
    const lang = resolveLang(this.host, this.fallbackLang);
    if (hasTexts(lang) || this.unavailable.has(lang)) return undefined;
    return loadTexts(lang).catch((error: unknown) => {
      this.unavailable.add(lang);
      throw error;
    });
  }

  /** Runs `use` now when the texts of the host's language are there, else once they are (something that happens before the first update, e.g. data that arrive first). */
  whenTexts(use: () => void): void {
    const loading = this.textsLoading();
    if (loading) void loading.then(use, () => undefined);
    else use();
  }

  /** The resolved language (valid from the first update on). */
  get lang(): Lang {
    return this.textLang();
  }

  /**
   * The language as it resolves now. `lang` follows a change at the start of the next update,
   * after `willUpdate`; texts made in `willUpdate` (the messages of input problems) use this one.
   */
  get resolvedLang(): Lang {
    return resolveLang(this.host, this.fallbackLang);
  }

  /** The strings in the resolved language. */
  get strings(): S {
    return textsOf(this.dictionary, this.textLang());
  }

  /** The strings of another dictionary (e.g. the element's own) in the resolved language. */
  of<T>(dictionary: Texts<T>): T {
    return textsOf(dictionary, this.textLang());
  }

  /**
   * Before the first update has settled the language, texts asked for in `willUpdate` come in the
   * language as it resolves now (the update waited for its texts), not in the default language,
   * which a page in another language never loads.
   */
  private textLang(): Lang {
    if (this.settled) return this.current;
    const lang = this.resolvedLang;
    return hasTexts(lang) ? lang : this.current;
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
    const lang = resolveLang(this.host, this.fallbackLang);
    if (hasTexts(lang)) {
      this.current = lang;
      this.settled = true;
    }
    // The language changed during this update (a new fallback): render once more when its texts are there.
    else if (!this.unavailable.has(lang)) {
      const again = (): void => this.host.requestUpdate();
      void loadTexts(lang).then(again, again);
    }
  }
}
