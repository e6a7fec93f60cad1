import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { Announcer } from '../../../src/internal/controllers/announcer.js';
import { krElementStyles } from '../../../src/internal/base.styles.js';
import { expectAccessible } from '../../helpers/a11y.js';

class AnnouncerHost extends LitElement {
  static override styles = [krElementStyles];
  readonly announcer = new Announcer(this);

  protected override render(): TemplateResult {
    return html`<p>Content</p>
      ${this.announcer.render()}`;
  }
}

class StatusAnnouncerHost extends AnnouncerHost {
  override readonly announcer = new Announcer(this, { part: 'status' });
}

customElements.define('test-announcer', AnnouncerHost);
customElements.define('test-announcer-status', StatusAnnouncerHost);

const politeRegion = (el: LitElement) => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
const assertiveRegion = (el: LitElement) => el.shadowRoot!.querySelector('[aria-live="assertive"]')!;

/** Every text the polite region shows, in order, as a screen reader would see the changes. */
function recordChanges(region: Element): string[] {
  const seen: string[] = [];
  new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
  return seen;
}

async function settled(el: LitElement): Promise<void> {
  for (let i = 0; i < 3; i += 1) await el.updateComplete;
}

/** Lets pending mutation observer callbacks run. */
const flush = () => new Promise((resolve) => setTimeout(resolve));

describe('Announcer', () => {
  it('renders a visually hidden polite status region and an assertive region, both empty', async () => {
    const el = await fixture<AnnouncerHost>(html`<test-announcer></test-announcer>`);
    const polite = politeRegion(el);
    expect(polite.getAttribute('aria-atomic')).to.equal('true');
    expect(polite.classList.contains('visually-hidden')).to.equal(true);
    expect(polite.hasAttribute('part')).to.equal(false);
    expect(assertiveRegion(el).classList.contains('visually-hidden')).to.equal(true);
    expect(polite.textContent!.trim()).to.equal('');
    expect(polite.getBoundingClientRect().width).to.be.at.most(1);
    await expectAccessible(el);
  });

  it('names the polite region with a part when asked (the provider’s `status`)', async () => {
    const el = await fixture<StatusAnnouncerHost>(html`<test-announcer-status></test-announcer-status>`);
    expect(el.shadowRoot!.querySelector('[part="status"]')).to.equal(politeRegion(el));
  });

  it('puts a text into the polite region', async () => {
    const el = await fixture<AnnouncerHost>(html`<test-announcer></test-announcer>`);
    el.announcer.announce('Gespeichert.');
    await settled(el);
    expect(politeRegion(el).textContent!.trim()).to.equal('Gespeichert.');
    expect(el.announcer.text).to.equal('Gespeichert.');
    expect(assertiveRegion(el).textContent!.trim()).to.equal('');
  });

  it('announces the same text again: the region is emptied and filled anew', async () => {
    const el = await fixture<AnnouncerHost>(html`<test-announcer></test-announcer>`);
    const seen = recordChanges(politeRegion(el));
    el.announcer.announce('Verschoben.');
    await settled(el);
    el.announcer.announce('Verschoben.');
    await settled(el);
    await flush();
    expect(seen.map((text) => text.trim())).to.deep.equal(['Verschoben.', '', 'Verschoben.']);
  });

  it('shows the newest text when several come before an update', async () => {
    const el = await fixture<AnnouncerHost>(html`<test-announcer></test-announcer>`);
    el.announcer.announce('Eins.');
    await settled(el);
    el.announcer.announce('Eins.');
    el.announcer.announce('Zwei.');
    await settled(el);
    expect(politeRegion(el).textContent!.trim()).to.equal('Zwei.');
    el.announcer.announce('Drei.');
    el.announcer.announce('Drei.');
    await settled(el);
    expect(politeRegion(el).textContent!.trim()).to.equal('Drei.');
  });

  it('with ifChanged, says nothing when the state has not changed', async () => {
    const el = await fixture<AnnouncerHost>(html`<test-announcer></test-announcer>`);
    el.announcer.announce('2 von 5 erfüllt.', { ifChanged: true });
    await settled(el);
    const seen = recordChanges(politeRegion(el));
    el.announcer.announce('2 von 5 erfüllt.', { ifChanged: true });
    await settled(el);
    await flush();
    expect(seen).to.deep.equal([]);
    el.announcer.announce('3 von 5 erfüllt.', { ifChanged: true });
    await settled(el);
    expect(politeRegion(el).textContent!.trim()).to.equal('3 von 5 erfüllt.');
  });

  it('puts an assertive text into the assertive region only', async () => {
    const el = await fixture<AnnouncerHost>(html`<test-announcer></test-announcer>`);
    el.announcer.announce('Speichern fehlgeschlagen.', { assertive: true });
    await settled(el);
    expect(assertiveRegion(el).textContent!.trim()).to.equal('Speichern fehlgeschlagen.');
    expect(assertiveRegion(el).hasAttribute('role'), 'no status role on the assertive region').to.equal(false);
    expect(politeRegion(el).textContent!.trim()).to.equal('');
    const seen = recordChanges(assertiveRegion(el));
    el.announcer.announce('Speichern fehlgeschlagen.', { assertive: true });
    await settled(el);
    await flush();
    expect(seen.map((text) => text.trim())).to.deep.equal(['', 'Speichern fehlgeschlagen.']);
  });

  it('announces after a quiet time; a newer request replaces a waiting one', async () => {
    const el = await fixture<AnnouncerHost>(html`<test-announcer></test-announcer>`);
    let reads = 0;
    el.announcer.announceAfter(20, () => `erste ${(reads += 1)}`);
    el.announcer.announceAfter(20, () => `zweite ${(reads += 1)}`);
    await new Promise((resolve) => setTimeout(resolve, 60));
    await settled(el);
    expect(politeRegion(el).textContent!.trim(), 'only the last one, its text read when the time is up').to.equal('zweite 1');
    el.announcer.announceAfter(20, () => 'zu spät');
    el.announcer.announce('sofort');
    await new Promise((resolve) => setTimeout(resolve, 60));
    await settled(el);
    expect(politeRegion(el).textContent!.trim(), 'announce drops the waiting one').to.equal('sofort');
  });

  it('says nothing after the host is disconnected', async () => {
    const el = await fixture<AnnouncerHost>(html`<test-announcer></test-announcer>`);
    el.announcer.announceAfter(20, () => 'nach dem Entfernen');
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(el.announcer.text).to.equal('');
  });
});
