import { expect, html } from '@open-wc/testing';
import type { Portfolio, Role } from '../../../src/domain/types.js';
import '../../../src/define/kompetenz-provider.js';
import { makeTeam, onePerson } from './fixtures.js';
import { all, dataRows, mount, text, type GapMatrix } from './util.js';

function portfolio(): Portfolio {
  const { people, assessments } = onePerson();
  return { format: 'kompetenzrad-portfolio', version: 1, people, assessments, goals: [], plans: [] };
}

/** The refresh column of every competency ("fällig seit …" or "aktuell"). */
const dueColumn = (el: GapMatrix) => all(el, "[data-competency] [data-col='7']").map(text);
const noticeItems = (el: GapMatrix) => all(el, "[part='notice'] li").map(text);

async function inProvider(today: string) {
  const mounted = await mount(
    html`<kompetenz-provider storage="none" person="anna" today="2025-06-01" .portfolio=${portfolio()}><gap-matrix today=${today}></gap-matrix></kompetenz-provider>`,
  );
  await mounted.el.updateComplete;
  return mounted;
}

describe('<gap-matrix> today (the input rule)', () => {
  it('an own today that is no date is reported as the other elements do, and the local date is used', async () => {
    const { people, assessments } = onePerson();
    const bad = await mount(html`<gap-matrix person-id="anna" today="morgen" .people=${people} .assessments=${assessments}></gap-matrix>`);
    const none = await mount(html`<gap-matrix person-id="anna" .people=${people} .assessments=${assessments}></gap-matrix>`);
    expect(bad.errors.map((e) => [e.code, e.source])).to.deep.equal([['date', 'today']]);
    expect(bad.errors[0].params).to.deep.equal({ got: 'morgen' });
    expect(noticeItems(bad.el)).to.deep.equal(['Ungültiges Datum „morgen“ in „today“ (erwartet: JJJJ-MM-TT, z. B. 2025-03-01).']);
    expect(dueColumn(bad.el)).to.have.length(25);
    expect(dueColumn(bad.el)).to.deep.equal(dueColumn(none.el));

    bad.el.today = '2025-06-01';
    await bad.el.updateComplete;
    expect(noticeItems(bad.el)).to.deep.equal([]);
    expect(bad.errors).to.have.length(1);
  });

  it('inside a provider: an own valid today wins, an invalid one is reported and the provider’s is used', async () => {
    const byProvider = await inProvider('');
    const own = await inProvider('2022-06-01');
    const invalid = await inProvider('2025-02-30');
    expect(byProvider.errors).to.deep.equal([]);
    expect(own.errors).to.deep.equal([]);
    expect(dueColumn(own.el)).not.to.deep.equal(dueColumn(byProvider.el));
    expect(invalid.errors.map((e) => [e.code, e.source])).to.deep.equal([['date', 'today']]);
    expect(dueColumn(invalid.el)).to.deep.equal(dueColumn(byProvider.el));
  });
});

describe('<gap-matrix> people, assessments and roles (the input rule)', () => {
  it('inside a provider, people and assessments of its own win over the provider’s', async () => {
    const { people, assessments } = makeTeam(3);
    const { el } = await mount(
      html`<kompetenz-provider storage="none" .portfolio=${portfolio()}><gap-matrix mode="team" .people=${people} .assessments=${assessments}></gap-matrix></kompetenz-provider>`,
    );
    await el.analysisComplete;
    await el.updateComplete;
    expect(dataRows(el).map((row) => row.dataset.person)).to.deep.equal(['p0', 'p1', 'p2']);
    el.people = undefined;
    el.assessments = undefined;
    await el.analysisComplete;
    await el.updateComplete;
    expect(dataRows(el).map((row) => row.dataset.person)).to.deep.equal(['anna']);
  });

  it('roles of its own that are not valid are reported once and the built-in ones used', async () => {
    const { people, assessments } = makeTeam(5);
    const roles = [{ id: 'cdo', label: { de: 'CDO', en: 'CDO' }, target: { daten: 9 } }] as unknown as Role[];
    const { el, errors } = await mount(html`<gap-matrix mode="team" .roles=${roles} .people=${people} .assessments=${assessments}></gap-matrix>`);
    await el.analysisComplete;
    await el.updateComplete;
    expect(errors.map((e) => [e.code, e.source])).to.deep.equal([['invalid-roles', 'roles']]);
    expect(dataRows(el)).to.have.length(5);
  });
});
