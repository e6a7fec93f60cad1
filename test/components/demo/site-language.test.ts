/**
 * The demo pages' language switch (demo/site.js): it sets `<html lang>`, puts in the page texts,
 * and the choice holds on the next page the visitor opens.
 */
import { expect, fixture, html } from '@open-wc/testing';

type Strings = Record<'de' | 'en', Record<string, string>>;

interface SiteModule {
  setupLanguage(strings: Strings, onChange?: (lang: string) => void): void;
}

const SITE = '/demo/site.js';
const KEY = 'kompetenzrad-demo-lang';
const STRINGS: Strings = {
  de: { title: 'Seite', greeting: 'Hallo mit `code`' },
  en: { title: 'Page', greeting: 'Hello with `code`' },
};

/** A page as the demo writes it: the switch, a translated text and a part in the other language. */
function page() {
  return fixture(html`<div>
    <button type="button" id="lang-switch" class="lang-switch" lang="en">English</button>
    <p data-i18n="greeting">Hallo mit <code>code</code></p>
    <section data-other-lang lang="en"></section>
  </div>`);
}

describe('demo language switch', () => {
  let site: SiteModule;
  const saved = { lang: document.documentElement.lang, title: document.title, stored: localStorage.getItem(KEY) };

  before(async () => {
    site = (await import(SITE)) as SiteModule;
  });

  beforeEach(() => localStorage.removeItem(KEY));

  afterEach(() => {
    document.documentElement.lang = saved.lang;
    document.title = saved.title;
    if (saved.stored === null) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, saved.stored);
  });

  it('switches the page language and its texts, and keeps the choice for the next page', async () => {
    const first = await page();
    const seen: string[] = [];
    site.setupLanguage(STRINGS, (lang) => seen.push(lang));
    expect(document.documentElement.lang).to.equal('de');
    const button = first.querySelector<HTMLButtonElement>('#lang-switch')!;

    button.click();
    expect(document.documentElement.lang).to.equal('en');
    expect(document.title).to.equal('Page');
    expect(first.querySelector('p')!.textContent).to.equal('Hello with code');
    expect(first.querySelector('p code')!.textContent).to.equal('code');
    expect(first.querySelector('section')!.lang).to.equal('de');
    expect(button.textContent).to.equal('Deutsch');
    expect(button.lang).to.equal('de');
    expect(seen).to.deep.equal(['de', 'en']);
    first.remove();

    // The next page starts in the language chosen on this one.
    document.documentElement.lang = 'de';
    const next = await page();
    site.setupLanguage(STRINGS);
    expect(document.documentElement.lang).to.equal('en');
    expect(next.querySelector('p')!.textContent).to.equal('Hello with code');
    expect(next.querySelector('#lang-switch')!.textContent).to.equal('Deutsch');

    next.querySelector<HTMLButtonElement>('#lang-switch')!.click();
    expect(document.documentElement.lang).to.equal('de');
    expect(localStorage.getItem(KEY)).to.equal('de');
    expect(next.querySelector('section')!.lang).to.equal('en');
  });
});
