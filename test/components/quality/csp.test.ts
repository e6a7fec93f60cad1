/**
 * The sources (not the bundle: distribution/bundle.test.ts covers that) under the strict CSP with
 * Trusted Types, on test/pages/quality-csp.html: a provider with the full sample portfolio and
 * every widget, and standalone elements plus a second provider with hostile text in every field.
 * No violation, nothing executed, styles applied (constructable stylesheets and custom properties
 * set from code work under `style-src 'self'`), hostile text shown as text.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

type PageWindow = Window & {
  __ready?: boolean;
  __cspViolations?: string[];
  __krPwned?: unknown;
  __quality?: { payload: string; imported: boolean; errors: string[] };
};

describe('the sources under a strict CSP, with full and hostile data (test/pages/quality-csp.html)', function () {
  this.timeout(15000);
  let frame: HTMLIFrameElement;
  let win: PageWindow;
  let doc: Document;
  const shadow = (selector: string) => doc.querySelector(selector)!.shadowRoot!;

  before(async () => {
    frame = document.createElement('iframe');
    frame.src = '/test/pages/quality-csp.html';
    frame.style.setProperty('width', '1000px');
    frame.style.setProperty('height', '800px');
    document.body.append(frame);
    await waitUntil(() => (frame.contentWindow as PageWindow | null)?.__ready === true, 'the quality CSP page did not get ready', { timeout: 12000 });
    win = frame.contentWindow as PageWindow;
    doc = frame.contentDocument!;
  });

  after(() => frame.remove());

  it('is really served under the strict policy: an inline style attribute is blocked and reported', async () => {
    const probe = doc.createElement('div');
    probe.setAttribute('style', 'color: rgb(1, 2, 3)');
    doc.body.append(probe);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(win.getComputedStyle(probe).color).to.not.equal('rgb(1, 2, 3)');
    expect(win.__cspViolations!.some((violation) => violation.startsWith('style-src'))).to.equal(true);
    win.__cspViolations!.length = 0;
    probe.remove();
  });

  it('renders every widget with the full sample portfolio and styles applied', () => {
    const full = '#full';
    expect(shadow(`${full} kompetenz-rad`).querySelectorAll('svg.wheel [part="sector"]')).to.have.length(25);
    expect(shadow(`${full} kompetenz-rad`).querySelectorAll('svg.wheel path.actual-sector').length).to.be.greaterThan(0);
    expect(shadow(`${full} gap-matrix[mode="person"]`).querySelectorAll('[role="grid"] [role="row"][data-competency]')).to.have.length(25);
    expect(shadow(`${full} gap-matrix[mode="team"]`).querySelectorAll('[role="grid"] .body [role="row"]')).to.have.length(6);
    expect(shadow(`${full} smart-goal-form`).querySelector('textarea#measure')).to.exist;
    expect(shadow(`${full} lernplan-timeline`).querySelectorAll('[part~="bar"]').length).to.be.greaterThan(0);
    // Constructable stylesheets apply: the wheel's category colour, the matrix's heat scale.
    const sector = shadow(`${full} kompetenz-rad`).querySelector('svg.wheel path.actual-sector.cat-digital, svg.wheel path.actual-sector')!;
    expect(win.getComputedStyle(sector).fill).to.match(/^rgb\(/);
    expect(win.getComputedStyle(sector).fill).to.not.equal('rgb(0, 0, 0)');
    // Custom properties set from code (style.setProperty) apply: team rows are placed one below the other.
    const rows = Array.from(shadow(`${full} gap-matrix[mode="team"]`).querySelectorAll<HTMLElement>('.body [role="row"]'));
    const tops = rows.map((row) => Math.round(row.getBoundingClientRect().top));
    expect(new Set(tops).size, 'rows at distinct heights').to.equal(rows.length);
  });

  it('shows hostile text as text in every element, imports the hostile document, and runs none of it', () => {
    const { payload, imported } = win.__quality!;
    expect(imported).to.equal(true);
    expect(win.__krPwned).to.equal(undefined);
    expect(shadow('#hostile-wheel').querySelector('[part="table"] tbody th')!.textContent).to.equal(payload);
    const names = Array.from(shadow('#hostile-team').querySelectorAll('[role="rowheader"]')).map((cell) => cell.textContent!.trim());
    expect(names).to.include(payload);
    expect(shadow('#hostile-form').querySelector<HTMLTextAreaElement>('#measure')!.value).to.equal(payload);
    expect(shadow('#hostile-timeline').querySelector('[part="summary"]')!.textContent).to.include(payload);
    expect(shadow('#hostile-provider smart-goal-form').querySelector('[part="heading"]')!.textContent).to.include(payload);
    for (const host of Array.from(doc.querySelectorAll('kompetenz-rad, gap-matrix, smart-goal-form, lernplan-timeline'))) {
      expect(host.shadowRoot!.querySelectorAll('script, img, iframe, foreignObject, object, embed').length, host.id || host.localName).to.equal(0);
    }
  });

  it('causes no CSP or Trusted Types violation, also while the widgets are used by keyboard and pointer', async () => {
    const wheel = doc.querySelector('#full kompetenz-rad')!;
    const spoke = wheel.shadowRoot!.querySelector<SVGGElement>('[part="sector"][tabindex="0"]')!;
    spoke.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: '3' });
    spoke.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    const timeline = doc.querySelector('#full lernplan-timeline')!;
    timeline.shadowRoot!.querySelector<SVGGElement>('.scroller [tabindex="0"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    const team = doc.querySelector('#full gap-matrix[mode="team"]')!;
    team.shadowRoot!.querySelector<HTMLElement>('[role="grid"] [tabindex="0"]')!.focus();
    await sendKeys({ press: 'PageDown' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(wheel.shadowRoot!.querySelector('[part="tooltip"]:not([hidden])'), 'the tooltip, placed with style.setProperty, shows').to.exist;
    expect(win.__cspViolations).to.deep.equal([]);
    expect(win.__krPwned).to.equal(undefined);
  });

  it('requests nothing but the page, its scripts and the modules of the sources', () => {
    const urls = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name));
    expect(urls.every((url) => url.origin === win.location.origin), urls.map(String).join(' ')).to.equal(true);
    const unexpected = urls.filter((url) => !/\.(js|ts|mjs)$/.test(url.pathname) && !url.pathname.startsWith('/__'));
    expect(unexpected.map(String)).to.deep.equal([]);
  });
});
