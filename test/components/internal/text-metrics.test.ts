import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, nothing } from 'lit';
import { TextMetricsController, textMetricsGeneration, textStyleOf } from '../../../src/internal/controllers/text-metrics.js';
import { krElementStyles } from '../../../src/internal/base.styles.js';
import { afterLayout } from '../../helpers/mount.js';
import { makeTeam } from '../gap-matrix/fixtures.js';
import { dataRows, laidOut, mount, text as cellText } from '../gap-matrix/util.js';
import { all as wheelParts, wheelIn } from '../kompetenz-rad/util.js';
import { all, GOALS, PERSON, TODAY, timelineIn } from '../lernplan-timeline/util.js';
import { DEFAULT_ROLES } from '../../../src/domain/roles.js';
import type { Plan } from '../../../src/domain/types.js';

/**
 * WCAG 1.4.12: text spacing that a user style sheet or bookmarklet adds after the elements drew
 * reaches the text they measure themselves (wheel labels, time line labels, cut matrix cells),
 * with nobody telling them: they measure again and draw again.
 */

class MetricsProbeHost extends LitElement {
  static override styles = [krElementStyles];
  changes = 0;
  label = 'eins';
  readonly metrics = new TextMetricsController(this, () => (this.changes += 1));

  override render() {
    return html`<p>${this.label}</p>`;
  }
}
customElements.define('metrics-probe-host', MetricsProbeHost);

/** A host that measures its text while it updates, as wheel and time line do, and says with what. */
class MeasuringHost extends MetricsProbeHost {
  drewWith: string | undefined;
  readonly measuring = new TextMetricsController(this, () => (this.changes += 1), () => this.drewWith);

  protected override willUpdate(): void {
    this.drewWith = textStyleOf(getComputedStyle(this)).key;
  }
}
customElements.define('measuring-probe-host', MeasuringHost);

const settled = (el: { updateComplete: Promise<unknown> }) => afterLayout(el);

describe('text metrics: elements notice text spacing and fonts that change after they drew', function () {
  // Each step waits for a frame, and a test page in the background gets about one a second.
  this.timeout(30000);

  it('puts a hidden probe before the rendered content, which a new template does not remove', async () => {
    const el = await fixture<MetricsProbeHost>(html`<metrics-probe-host></metrics-probe-host>`);
    const probe = el.shadowRoot!.querySelector<HTMLElement>('.text-probe')!;
    expect(probe, 'a probe').to.exist;
    expect(probe.getAttribute('aria-hidden')).to.equal('true');
    expect(getComputedStyle(probe).visibility).to.equal('hidden');
    expect(getComputedStyle(probe).position, 'out of flow: the host keeps its size').to.equal('absolute');
    expect(el.shadowRoot!.firstElementChild).to.equal(probe);
    el.label = 'zwei';
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('zwei');
    expect(probe.isConnected, 'still there after another render').to.equal(true);
    // Another template, then none, then the first again: Lit clears only what it rendered.
    el.render = () => html`<ul><li>drei</li></ul>` as never;
    el.requestUpdate();
    await el.updateComplete;
    el.render = () => nothing as never;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('ul'), 'the other template is gone').to.equal(null);
    expect(el.shadowRoot!.firstElementChild, 'the probe stays first').to.equal(probe);
  });

  it('adds no scrolling to the page from inside a scrolling panel', async () => {
    const panel = await fixture<HTMLDivElement>(html`<div style="height: 100px; overflow: auto"><div style="height: 3000px"></div><metrics-probe-host></metrics-probe-host></div>`);
    const el = panel.querySelector<MetricsProbeHost>('metrics-probe-host')!;
    await settled(el);
    expect(el.shadowRoot!.querySelector('.text-probe'), 'a probe').to.exist;
    expect(document.documentElement.scrollHeight, 'the page is not as tall as the panel’s content').to.be.below(2000);
  });

  it('compares its first report with the text metrics the host drew with: spacing set before the first layout counts', async () => {
    const still = await fixture<MeasuringHost>(html`<measuring-probe-host></measuring-probe-host>`);
    await settled(still);
    expect(still.changes, 'drawn with what it has').to.equal(0);
    const el = await fixture<MeasuringHost>(html`<measuring-probe-host></measuring-probe-host>`);
    // Drawn, not laid out yet: the probe has not reported.
    el.style.setProperty('letter-spacing', '0.2em');
    await settled(el);
    expect(el.changes).to.equal(1);
  });

  it('tells many hosts in one task, so that they update in one batch', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>${[1, 2, 3, 4, 5].map(() => html`<metrics-probe-host></metrics-probe-host>`)}</div>`);
    const hosts = [...box.querySelectorAll<MetricsProbeHost>('metrics-probe-host')];
    await settled(hosts[0]);
    let told = 0;
    let toldByFirstMicrotask: number | undefined;
    for (const host of hosts) {
      (host as unknown as { metrics: { changed(): void } }).metrics.changed = () => {
        told += 1;
        if (told === 1) queueMicrotask(() => (toldByFirstMicrotask = told));
      };
    }
    box.style.setProperty('word-spacing', '1em');
    await settled(hosts[0]);
    expect(told).to.equal(5);
    expect(toldByFirstMicrotask, 'all five before the first microtask: one task').to.equal(5);
  });

  it('reports letter spacing, word spacing, line height and font size set on the host, and nothing else', async () => {
    const el = await fixture<MetricsProbeHost>(html`<metrics-probe-host></metrics-probe-host>`);
    await settled(el);
    expect(el.changes, 'not on the first report').to.equal(0);
    el.style.setProperty('background', 'yellow');
    await settled(el);
    expect(el.changes, 'a colour changes no text metrics').to.equal(0);
    for (const [property, value] of [
      ['letter-spacing', '0.12em'],
      ['word-spacing', '0.16em'],
      ['line-height', '1.5'],
      ['font-size', '24px'],
    ]) {
      const before = el.changes;
      el.style.setProperty(property, value);
      await settled(el);
      expect(el.changes, property).to.equal(before + 1);
    }
  });

  it('counts a change made while the host was out of the page once it is back', async () => {
    const el = await fixture<MetricsProbeHost>(html`<metrics-probe-host></metrics-probe-host>`);
    await settled(el);
    const parent = el.parentElement!;
    el.remove();
    el.style.setProperty('letter-spacing', '0.3em');
    parent.append(el);
    await settled(el);
    expect(el.changes).to.equal(1);
  });

  it('takes a host hidden and shown again for no change, and spacing set while hidden for one', async () => {
    const el = await fixture<MetricsProbeHost>(html`<metrics-probe-host></metrics-probe-host>`);
    await settled(el);
    el.hidden = true;
    await settled(el);
    el.hidden = false;
    await settled(el);
    expect(el.changes, 'hidden and shown').to.equal(0);
    el.hidden = true;
    await settled(el);
    el.style.setProperty('word-spacing', '1em');
    el.hidden = false;
    await settled(el);
    expect(el.changes, 'spaced while hidden').to.equal(1);
  });

  it('starts a new generation of text widths and tells every host when web fonts arrive', async () => {
    const a = await fixture<MetricsProbeHost>(html`<metrics-probe-host></metrics-probe-host>`);
    const b = await fixture<MetricsProbeHost>(html`<metrics-probe-host></metrics-probe-host>`);
    const generation = textMetricsGeneration();
    document.fonts.dispatchEvent(new Event('loadingdone'));
    expect(textMetricsGeneration()).to.equal(generation + 1);
    expect([a.changes, b.changes]).to.deep.equal([1, 1]);
    b.remove();
    document.fonts.dispatchEvent(new Event('loadingdone'));
    expect([a.changes, b.changes], 'not a host out of the page').to.deep.equal([2, 1]);
    // Faces of a family the elements do not draw in (the page's icons) change nothing; one they name does.
    document.fonts.dispatchEvent(new FontFaceSetLoadEvent('loadingdone', { fontfaces: [new FontFace('Page Icons', 'local(Arial)')] }));
    expect(textMetricsGeneration(), 'another family').to.equal(generation + 2);
    expect(a.changes).to.equal(2);
    a.style.setProperty('font-family', '"Hausschrift", sans-serif');
    document.fonts.dispatchEvent(new FontFaceSetLoadEvent('loadingdone', { fontfaces: [new FontFace('Hausschrift', 'local(Arial)')] }));
    expect(textMetricsGeneration(), 'the host’s family').to.equal(generation + 3);
    expect(a.changes).to.equal(3);
  });

  it('the wheel lays its labels out again with the spacing', async () => {
    const wheel = await wheelIn(html`<kompetenz-rad .target=${DEFAULT_ROLES[1].target}></kompetenz-rad>`, 420);
    // Each label's lines and where they stand.
    const lines = () => wheelParts(wheel, 'text[part="label"]').map((label) => Array.from(label.querySelectorAll('tspan')).map((tspan) => `${tspan.textContent}@${tspan.getAttribute('x')},${tspan.getAttribute('y')},${tspan.getAttribute('dy')}`).join('|') + `@${label.getAttribute('transform') ?? ''}${label.getAttribute('x') ?? ''},${label.getAttribute('y') ?? ''},${label.getAttribute('font-size') ?? ''}`);
    const before = lines();
    wheel.style.setProperty('letter-spacing', '0.3em');
    await settled(wheel);
    expect(lines(), 'wider text is laid out anew').to.not.deep.equal(before);
  });

  it('the time line fits its labels again with the spacing', async () => {
    const plan: Plan = {
      id: 'plan-spacing',
      personId: PERSON.id,
      status: 'active',
      history: [{ status: 'active', date: '2025-08-01' }],
      items: [{ id: 'a1', kind: 'format', formatId: 'coaching', competencyIds: ['projektmanagement'], start: '2025-09-01', end: '2025-11-14', hours: 10, cost: 0, status: 'planned', goalId: GOALS[0].id, title: 'Coaching PM' }],
      // A review months later: the bar is a short part of the chart.
      reviews: [{ id: 'r1', date: '2026-09-01', participants: ['Alex Beispiel'], final: true }],
      capacityHoursPerMonth: 8,
    };
    const { el } = await timelineIn(html`<lernplan-timeline today=${TODAY} .plan=${plan} .goals=${GOALS} .person=${PERSON}></lernplan-timeline>`, 700);
    const shown = () => all(el, '.scroller [data-key="item:a1"] text').map((label) => label.textContent).join('|');
    const before = shown();
    expect(before).to.include('Coaching PM');
    el.style.setProperty('letter-spacing', '1em');
    await settled(el);
    expect(shown(), 'the title no longer fits whole').to.not.equal(before);
  });

  it('the matrix marks the cells whose text the spacing cuts', async () => {
    const team = makeTeam(6);
    const people = team.people.map((person, p) => ({ ...person, name: `Ada Lovelace-Byron ${p}` }));
    const { el } = await mount(html`<gap-matrix mode="team" .people=${people} .assessments=${team.assessments}></gap-matrix>`);
    await el.analysisComplete;
    await laidOut();
    const names = () => dataRows(el).map((row) => row.querySelector<HTMLElement>("[role='rowheader']")!);
    expect(names().filter((cell) => cell.hasAttribute('data-cut')).map(cellText), 'every name fits').to.deep.equal([]);
    el.style.setProperty('letter-spacing', '1em');
    await settled(el);
    await laidOut();
    expect(names().filter((cell) => !cell.hasAttribute('data-cut')).map(cellText), 'every name is cut and marked').to.deep.equal([]);
  });
});
