/**
 * The A4 report for the staff council and leadership (demo/bericht.html, over the build in
 * dist/): no individual data anywhere in the page, German and English through the site's language
 * switch, and one A4 page in black and white in print, without the site around it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { generatePortfolio } from '../../../src/domain/sample.js';
import { openPage, waitUpgraded, type PageWindow, type TestPage } from './pages.js';

/** The district of the report (demo/bericht.js): same seed, size and day. */
const DISTRICT = generatePortfolio({ seed: 4711, people: 2000, today: '2025-09-01' });
const MM = 96 / 25.4;
/** A4 less the report's 12 mm margins (its `@page` rule). */
const PRINTABLE = { width: (210 - 24) * MM, height: (297 - 24) * MM };

type ReportWindow = PageWindow & { __reportReady?: Promise<unknown> };
type Wheel = HTMLElement & { aggregate?: unknown; updateComplete: Promise<unknown> };

/** Every text and attribute value of `root`, its shadow roots included. */
function everything(root: Node, out: string[] = []): string[] {
  for (const node of Array.from(root.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent ?? '');
    if (node instanceof Element) {
      for (const attribute of Array.from(node.attributes)) out.push(attribute.value);
      if (node.shadowRoot) everything(node.shadowRoot, out);
      everything(node, out);
    }
  }
  return out;
}

/** Where demo/site.js keeps the chosen language. */
const LANG_KEY = 'kompetenzrad-demo-lang';

const nextFrame = (win: Window): Promise<void> => new Promise((resolve) => win.requestAnimationFrame(() => resolve()));

describe('demo/bericht.html: the A4 report', () => {
  let p: TestPage;
  let wheel: Wheel;

  before(async () => {
    // The page opens in German unless a language was chosen before (demo/site.js keeps it here).
    localStorage.removeItem(LANG_KEY);
    p = await openPage('/demo/bericht.html', (win) => (win as ReportWindow).__reportReady !== undefined);
    await (p.win as ReportWindow).__reportReady;
    wheel = p.doc.getElementById('wheel') as Wheel;
    await waitUpgraded(p.win, () => wheel, 'the report’s wheel');
    await waitUntil(() => wheel.shadowRoot!.querySelector('path.level-share') !== null, 'the wheel shows no figures');
  });

  after(async () => {
    await emulateMedia({ media: 'screen' });
    p.frame.remove();
    localStorage.removeItem(LANG_KEY);
  });

  it('shows the organisation wheel, the top gaps by office and the group-format proposals', () => {
    expect(p.doc.querySelectorAll('#gaps tbody tr').length).to.be.above(2);
    expect(p.doc.querySelectorAll('#formats tbody tr').length).to.be.above(0);
    expect(wheel.shadowRoot!.querySelector('[part="group-notice"]')).to.equal(null);
  });

  it('reflows at 320 px: the page does not scroll sideways, a wide table scrolls in its own named region', async () => {
    p.frame.style.setProperty('width', '320px');
    try {
      const page = p.doc.documentElement;
      // The wheel follows the new width in a task of its own.
      await waitUntil(() => page.scrollWidth <= page.clientWidth, `the page is ${page.scrollWidth} px wide at 320 px`, { timeout: 3000 });
      const regions = ['gaps', 'formats'].map((id) => p.doc.getElementById(id)!.parentElement!);
      await waitUntil(() => regions.some((region) => region.scrollWidth > region.clientWidth), 'a table is wider than 320 px', { timeout: 3000 });
      // The page marks the regions after a resize observation.
      await waitUntil(() => regions.every((region) => region.scrollWidth <= region.clientWidth || region.hasAttribute('role')), 'scrolling regions are marked', { timeout: 3000 });
      for (const region of regions) {
        const id = region.firstElementChild!.id;
        if (region.scrollWidth <= region.clientWidth) continue;
        expect(region.getAttribute('role'), id).to.equal('region');
        expect(region.tabIndex, id).to.equal(0);
        expect(region.getAttribute('aria-labelledby'), id).to.match(/-heading$/);
      }
    } finally {
      p.frame.style.setProperty('width', '1000px');
      await nextFrame(p.win);
    }
  });

  it('a table region that does not scroll is no tab stop and no landmark of its own', async () => {
    const regions = ['gaps', 'formats'].map((id) => p.doc.getElementById(id)!.parentElement!);
    const still = regions.filter((region) => region.scrollWidth <= region.clientWidth);
    expect(still.length, 'at 1000 px the tables fit').to.be.above(0);
    await waitUntil(() => still.every((region) => !region.hasAttribute('tabindex')), 'regions that fit are unmarked', { timeout: 3000 });
    for (const region of still) {
      expect(region.hasAttribute('tabindex'), region.firstElementChild!.id).to.equal(false);
      expect(region.hasAttribute('role'), region.firstElementChild!.id).to.equal(false);
    }
  });

  it('contains no name, no id and no record of any person, and its elements have aggregates only', () => {
    const text = everything(p.doc).join('\n');
    const seen = DISTRICT.people.filter((person) => text.includes(person.name) || new RegExp(`\\b${person.id}\\b`).test(text));
    expect(seen.map((person) => person.id)).to.deep.equal([]);
    expect(p.doc.querySelector('kompetenz-provider, gap-matrix[mode="team"]')).to.equal(null);
    const given = JSON.stringify(wheel.aggregate);
    expect(given).to.not.match(/p-\d{4}/);
    expect(given).to.not.contain('"personIds"');
  });

  it('exports the wheel as SVG and PNG', async () => {
    const svg = new DOMParser().parseFromString((wheel as Wheel & { toSVG(): string }).toSVG(), 'image/svg+xml');
    expect(svg.querySelector('parsererror')).to.equal(null);
    const png = await (wheel as Wheel & { toPNG(): Promise<Blob> }).toPNG();
    expect(png.type).to.equal('image/png');
  });

  it('switches to English and back with the site’s language switch, texts, tables and wheel alike', async () => {
    const doc = p.doc;
    const button = doc.getElementById('lang-switch') as HTMLButtonElement;
    const headline = () => doc.querySelector('#report h1')!.textContent!.trim();
    const officeHeading = () => doc.querySelector('#gaps thead th')!.textContent!.trim();
    const wheelText = () => wheel.shadowRoot!.textContent ?? '';
    expect(doc.documentElement.lang).to.equal('de');
    expect(headline()).to.equal('Kompetenzen der Kreisverwaltung');
    expect(officeHeading()).to.equal('Amt');

    button.click();
    expect(doc.documentElement.lang).to.equal('en');
    expect(headline()).to.equal('Competencies of the district administration');
    expect(officeHeading()).to.equal('Office');
    expect(doc.getElementById('report-scope')!.textContent).to.match(/^As of 1 September 2025: 2,000 employees/);
    expect(button.textContent).to.equal('Deutsch');
    await waitUntil(() => wheelText().includes('Handling digital media'), 'the wheel did not follow the page into English');

    button.click();
    expect(doc.documentElement.lang).to.equal('de');
    expect(headline()).to.equal('Kompetenzen der Kreisverwaltung');
    expect(officeHeading()).to.equal('Amt');
    expect(doc.getElementById('report-scope')!.textContent).to.match(/^Stand 1\. September 2025: 2\.000 Beschäftigte/);
    await waitUntil(() => wheelText().includes('Umgang mit digitalen Medien'), 'the wheel did not follow the page back into German');
  });

  it('prints on one A4 page, in grey only, without the tools', async () => {
    const pageRule = Array.from(p.doc.styleSheets)
      .flatMap((sheet) => Array.from(sheet.cssRules))
      .find((rule): rule is CSSPageRule => rule instanceof p.win.CSSPageRule);
    expect(pageRule?.style.getPropertyValue('size').toLowerCase()).to.equal('a4');
    await emulateMedia({ media: 'print' });
    expect(p.win.matchMedia('print').matches, 'print media is emulated in the page').to.equal(true);
    p.frame.style.setProperty('width', `${Math.floor(PRINTABLE.width)}px`);
    await nextFrame(p.win);
    await wheel.updateComplete;
    await nextFrame(p.win);
    const report = p.doc.getElementById('report')!;
    expect(p.win.getComputedStyle(report).filter).to.equal('grayscale(1)');
    for (const selector of ['.site-header', '.skip-link', '.report-tools']) {
      expect(p.win.getComputedStyle(p.doc.querySelector(selector)!).display, `${selector} in print`).to.equal('none');
    }
    const height = p.doc.documentElement.scrollHeight;
    expect(height, `the report is ${Math.round(height / MM)} mm high; A4 leaves ${Math.round(PRINTABLE.height / MM)} mm`).to.be.at.most(PRINTABLE.height);
    expect(p.doc.documentElement.scrollWidth).to.be.at.most(Math.ceil(PRINTABLE.width));
  });
});
