// Shared by the demo's own pages: the language switch and small DOM helpers.
// DOM methods only (no innerHTML): the pages run under a strict Content-Security-Policy.
//
// The language is kept in the address (`?lang=en`), not in storage: a reload keeps it, and
// links between the demo's own pages carry it along.

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

/** Links to the demo's own pages (marked `data-keep-lang`) carry the language along. */
function updateLinks(lang) {
  for (const link of document.querySelectorAll('a[data-keep-lang]')) {
    const url = new URL(link.getAttribute('href'), window.location.href);
    if (lang === 'en') url.searchParams.set('lang', 'en');
    else url.searchParams.delete('lang');
    const hash = url.hash;
    link.setAttribute('href', `${url.pathname.split('/').pop()}${url.search}${hash}`);
  }
}

/**
 * Puts the page texts of `strings` ({de: {...}, en: {...}}) into the elements marked
 * `data-i18n="key"` (text), `data-i18n-label="key"` (aria-label) and `data-i18n-title` (title
 * attribute); `strings[lang].title` becomes the document title.
 */
function applyStrings(strings, lang) {
  const table = strings[lang];
  for (const node of document.querySelectorAll('[data-i18n]')) {
    const text = table[node.dataset.i18n];
    if (typeof text === 'string') node.textContent = text;
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
 * Sets the language from the address, wires the switch button `#lang-switch` and applies the
 * page texts. `onChange(lang)` runs after every switch (and once at the start). The elements of
 * the library follow `<html lang>` by themselves.
 */
export function setupLanguage(strings, onChange = () => {}) {
  const button = document.getElementById('lang-switch');
  const apply = (lang) => {
    document.documentElement.lang = lang;
    applyStrings(strings, lang);
    updateLinks(lang);
    if (button) {
      // The button names the other language, in that language.
      const other = lang === 'de' ? 'en' : 'de';
      button.textContent = other === 'en' ? 'English' : 'Deutsch';
      button.setAttribute('lang', other);
      button.setAttribute('aria-label', other === 'en' ? 'Switch to English' : 'Auf Deutsch umschalten');
    }
    onChange(lang);
  };
  button?.addEventListener('click', () => {
    const next = currentLang() === 'de' ? 'en' : 'de';
    setQueryParam('lang', next === 'en' ? 'en' : undefined);
    apply(next);
  });
  apply(queryParam('lang') === 'en' ? 'en' : 'de');
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
    navSnippet: 'CMS snippet',
    navWheel: 'Competency wheel',
    navMatrix: 'Target–actual comparison',
    navGoals: 'SMART goals',
    navPlan: 'Learning plan',
  },
};
