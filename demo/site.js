// Shared by the demo's own pages: the navigation texts, the language switch and small DOM helpers.
// DOM methods only (no innerHTML): the pages run under a strict Content-Security-Policy.
//
// The chosen language is kept in this browser (localStorage, only in the demo: the library keeps
// nothing), so every page opens in it; `?lang=en` or `?lang=de` in the address picks one as well.

/** The current page language: `de` or `en`. */
export function currentLang() {
  return document.documentElement.lang === 'en' ? 'en' : 'de';
}

/** `tag` with text and attributes. */
export function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? '' : String(value));
  }
  return node;
}

/** Replaces `key=value` in the address without a new history entry (`undefined` removes it). */
export function setQueryParam(key, value) {
  const url = new URL(window.location.href);
  if (value === undefined || value === null || value === '') url.searchParams.delete(key);
  else url.searchParams.set(key, value);
  window.history.replaceState(null, '', url);
}

export function queryParam(key) {
  return new URL(window.location.href).searchParams.get(key) ?? undefined;
}

const LANG_KEY = 'kompetenzrad-demo-lang';

function storedLang() {
  try {
    return window.localStorage.getItem(LANG_KEY) ?? undefined;
  } catch {
    // Storage switched off: the page starts in German.
    return undefined;
  }
}

function storeLang(lang) {
  try {
    window.localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Storage switched off: the choice holds for this page only.
  }
}

/** Puts `text` into `node`; parts in backticks become `<code>`. */
function setText(node, text) {
  node.replaceChildren(...text.split('`').map((part, index) => (index % 2 === 1 ? element('code', part) : part)));
}

/**
 * Puts the page texts of `strings` ({de: {...}, en: {...}}) into the elements marked
 * `data-i18n="key"` (text; `code` in backticks), `data-i18n-label="key"` (aria-label) and
 * `data-i18n-title` (title attribute); `strings[lang].title` becomes the document title.
 */
function applyStrings(strings, lang) {
  const table = strings[lang];
  for (const node of document.querySelectorAll('[data-i18n]')) {
    const text = table[node.dataset.i18n];
    if (typeof text === 'string') setText(node, text);
  }
  for (const node of document.querySelectorAll('[data-i18n-label]')) {
    const text = table[node.dataset.i18nLabel];
    if (typeof text === 'string') node.setAttribute('aria-label', text);
  }
  for (const node of document.querySelectorAll('[data-i18n-title]')) {
    const text = table[node.dataset.i18nTitle];
    if (typeof text === 'string') node.setAttribute('title', text);
  }
  if (typeof table.title === 'string') document.title = table.title;
}

/**
 * Sets the language (from the address, else the one chosen before, else German), wires the switch
 * button `#lang-switch` and applies the page texts. `onChange(lang)` runs after every switch (and
 * once at the start). The elements of the library follow `<html lang>` by themselves; parts marked
 * `data-other-lang` show the other language.
 */
export function setupLanguage(strings, onChange = () => {}) {
  const button = document.getElementById('lang-switch');
  const apply = (lang) => {
    const other = lang === 'de' ? 'en' : 'de';
    document.documentElement.lang = lang;
    for (const node of document.querySelectorAll('[data-other-lang]')) node.lang = other;
    applyStrings(strings, lang);
    if (button) {
      // The button names the other language, in that language.
      button.textContent = other === 'en' ? 'English' : 'Deutsch';
      button.setAttribute('lang', other);
      button.setAttribute('aria-label', other === 'en' ? 'Switch to English' : 'Auf Deutsch umschalten');
    }
    onChange(lang);
  };
  button?.addEventListener('click', () => {
    const next = currentLang() === 'de' ? 'en' : 'de';
    storeLang(next);
    if (queryParam('lang')) setQueryParam('lang', next);
    apply(next);
  });
  const asked = queryParam('lang');
  if (asked === 'de' || asked === 'en') storeLang(asked);
  apply((asked ?? storedLang()) === 'en' ? 'en' : 'de');
}

/** Puts `text` first in the event log `list`, which keeps the last eight. */
export function logTo(list, text) {
  logItem(list, element('li', text));
}

function logItem(list, item) {
  list.prepend(item);
  while (list.children.length > 8) list.lastElementChild.remove();
}

/**
 * Logs a `kr-error` as `code (source): message`. The message is a sentence for developers in
 * English, so the line is marked `lang="en"` (WCAG 3.1.2) and a German screen reader does not read
 * it with German rules. Data refused by a provider is the exception: after its path (`path: …`)
 * the message describes the problem in the element's language, which that part keeps.
 */
export function logError(list, event) {
  const { code, source, message, path } = event.detail;
  const item = element('li', undefined, { lang: 'en' });
  const lead = `${code} (${source}): `;
  const cut = path ? message.indexOf(`${path}: `) : -1;
  if (cut < 0) {
    item.textContent = `${lead}${message}`;
  } else {
    const end = cut + path.length + 2;
    const from = event.target instanceof Element ? event.target : document.documentElement;
    const lang = from.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
    item.append(`${lead}${message.slice(0, end)}`, element('span', message.slice(end), { lang }));
  }
  logItem(list, item);
}

/** Saves `blob` as a file called `name` (a temporary link with `download`). */
export function downloadBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = element('a', undefined, { href: url, download: name });
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Formats an ISO date (`YYYY-MM-DD`) for people, in the page language. */
export function formatDate(iso, lang = currentLang(), style = 'long') {
  if (!iso) return '';
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'de-DE', { dateStyle: style, timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** The navigation texts every demo page shares. */
export const NAV_STRINGS = {
  de: {
    skip: 'Zum Inhalt springen',
    navPages: 'Demo-Seiten',
    navWorkflow: 'Ablauf',
    navCatalogue: 'Katalog und Rollen',
    navDistrict: 'Landkreis',
    navReport: 'Bericht',
    navSnippet: 'CMS-Snippet',
    navWheel: 'Kompetenzrad',
    navMatrix: 'Soll-Ist-Vergleich',
    navGoals: 'SMART-Ziele',
    navPlan: 'Lernplan',
  },
  en: {
    skip: 'Skip to content',
    navPages: 'Demo pages',
    navWorkflow: 'Workflow',
    navCatalogue: 'Catalogue and roles',
    navDistrict: 'District',
    navReport: 'Report',
    navSnippet: 'CMS snippet',
    navWheel: 'Competency wheel',
    navMatrix: 'Target–actual comparison',
    navGoals: 'SMART goals',
    navPlan: 'Learning plan',
  },
};
