import { expect, html, waitUntil } from '@open-wc/testing';
import { DEFAULT_CATALOGUE } from '../../../src/domain/catalogue.js';
import type { Assessment, Person } from '../../../src/domain/types.js';
import type { KrErrorDetail } from '../../../src/internal/events.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { makeTeam, onePerson } from './fixtures.js';
import { all, dataRows, mount, one, text, type GapMatrix } from './util.js';

describe('<gap-matrix> bad input', () => {
  it('reports JSON that is not JSON and still shows the target', async () => {
    const { el, errors } = await mount(html`<gap-matrix target-role="cdo" actual="{not json"></gap-matrix>`);
    expect(errors.map((e) => [e.code, e.source])).to.deep.equal([['invalid-json', 'actual']]);
    const notice = one(el, "[part='notice']");
    expect(notice.getAttribute('role')).to.equal('status');
    expect(text(notice)).to.contain('Kein gültiges JSON');
    expect(dataRows(el)).to.have.length(25);
    await expectAccessible(el);
  });

  it('keeps the valid levels of a profile and reports the others', async () => {
    const { el, errors } = await mount(html`<gap-matrix target-role="cio" actual='{"daten":2,"technik":7,"zauberei":1}'></gap-matrix>`);
    const codes = errors.map((e) => `${e.code}:${e.source}`).sort();
    expect(codes).to.deep.equal(['level:actual', 'unknown-competency:actual']);
    const daten = one(el, "[data-competency='daten'] [data-col='4']");
    expect(text(daten)).to.match(/^2/);
    const technik = one(el, "[data-competency='technik'] [data-col='4']");
    expect(text(technik)).to.match(/^0/);
    expect(text(one(el, "[part='notice']"))).to.contain('zauberei').and.contain('„technik: 7“', 'a bad level is named with its value, as the wheel names it');
  });

  it('reads levels written as their names, as the wheel and a CMS table do', async () => {
    const { el, errors } = await mount(html`<gap-matrix target-role="cio" actual='{"daten":"Könner","technik":"Experte","team":"sehr gut"}'></gap-matrix>`);
    expect(errors.map((e) => `${e.code}:${e.source}`)).to.deep.equal(['level:actual']);
    expect(text(one(el, "[data-competency='daten'] [data-col='4']"))).to.match(/^2/);
    expect(text(one(el, "[data-competency='technik'] [data-col='4']"))).to.match(/^3/);
    expect(text(one(el, "[part='notice']"))).to.contain('Keine Stufe „team: sehr gut“ in „actual“ (erlaubt: 0 bis 3 oder Kenner, Könner, Experte).');
  });

  it('reports an unknown role and an unknown person', async () => {
    const { el, errors } = await mount(html`<gap-matrix target-role="astronaut" actual='{"daten":2}'></gap-matrix>`);
    expect(errors.map((e) => e.code)).to.deep.equal(['unknown-role']);
    // Ratings without a target: no comparison (a target of nothing read as every target reached).
    expect(dataRows(el), 'no rows').to.have.length(0);
    expect(text(one(el, "[part='status']"))).to.equal('Kein Vergleich möglich: Es fehlt ein gültiges Soll-Profil, also eine bekannte Rolle („target-role“) oder ein Soll-Profil („target“).');
    expect(el.shadowRoot!.textContent).to.not.contain('erreicht');
    await expectAccessible(el);
    el.setAttribute('target-role', 'cdo');
    await el.updateComplete;
    expect(dataRows(el).length, 'the comparison once the role is known').to.equal(DEFAULT_CATALOGUE.competencies.length);
    // A target none of whose levels is valid is no target either.
    el.setAttribute('target', '{"zauberei":3,"daten":9}');
    await el.updateComplete;
    expect(dataRows(el), 'no rows for a target of nothing').to.have.length(0);
    expect(text(one(el, "[part='status']"))).to.match(/^Kein Vergleich möglich/);
    const { people, assessments } = onePerson();
    const second = await mount(html`<gap-matrix person-id="bernd" .people=${people} .assessments=${assessments}></gap-matrix>`);
    expect(second.errors.map((e) => e.code)).to.deep.equal(['unknown-person']);
    expect(text(one(second.el, "[part='status']"))).to.contain('Keine Person');
  });

  it('reports a target role that is no text (NaN, an object) as the wheel does, not as none given', async () => {
    for (const bad of [Number.NaN, { evil: 1 }]) {
      const { errors } = await mount(html`<gap-matrix .targetRole=${bad as never} actual='{"daten":2}'></gap-matrix>`);
      expect(errors.map((e) => `${e.code}:${e.source}`), String(bad)).to.deep.equal(['unknown-role:target-role']);
    }
  });

  it('uses the built-in catalogue when the given one is invalid', async () => {
    const { el, errors } = await mount(html`<gap-matrix target-role="cdo" catalogue='{"categories":[],"competencies":"x"}'></gap-matrix>`);
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-catalogue']);
    expect(dataRows(el)).to.have.length(25);
  });

  it('skips invalid assessments of a person and uses the valid ones', async () => {
    const { people, assessments } = onePerson();
    const broken = [...assessments, { id: 'bad', personId: 'anna', rater: 'self', date: '2024-13-45', levels: { daten: 9 } } as unknown as Assessment];
    const { el, errors } = await mount(html`<gap-matrix person-id="anna" today="2025-06-01" .people=${people} .assessments=${broken}></gap-matrix>`);
    expect(errors.length).to.be.at.least(2);
    expect(errors.every((e) => e.source === 'assessments')).to.equal(true);
    expect(text(one(el, "[data-competency='daten'] [data-col='2']"))).to.match(/^3/);
  });

  it('words the issues of people and assessments in sentences, not as data paths (their texts load when there are any)', async () => {
    const { people, assessments } = makeTeam(5);
    const badPeople = [...people, { id: 'x1', name: 'Ohne Rolle', roleId: 'astronaut' }];
    const badAssessments = [...assessments, { id: 'z1', personId: 'p1', rater: 'external', date: '2025-01-01', levels: { daten: 7 } } as unknown as Assessment];
    const { el } = await mount(html`<gap-matrix mode="team" .people=${badPeople} .assessments=${badAssessments}></gap-matrix>`);
    await el.analysisComplete;
    const notice = () => text(one(el, "[part='notice']"));
    await waitUntil(() => notice().includes('Rolle „astronaut“ ist unbekannt'), `the domain's sentence: ${notice()}`);
    expect(notice()).to.contain('„people“: Person 6, Rolle: Die Rolle „astronaut“ ist unbekannt');
    expect(notice()).to.contain('„assessments“: Einschätzung');
    expect(notice()).to.contain('angegeben ist 7');
    expect(notice(), 'no data path').not.to.contain('$.');
    await expectAccessible(el);

    const person = await mount(html`<gap-matrix lang="en" person-id="p1" today="2025-06-01" .people=${people} .assessments=${badAssessments}></gap-matrix>`);
    const personNotice = () => text(one(person.el, "[part='notice']"));
    await waitUntil(() => personNotice().includes('Expected a level 0, 1, 2 or 3, got 7'), `the domain's sentence in English: ${personNotice()}`);
    expect(personNotice()).to.contain('“assessments”: Assessment').and.not.contain('$.');
  });

  it('team mode: shows the valid people and reports the others once', async () => {
    const { people, assessments } = makeTeam(40);
    const badPeople = [
      ...people,
      { id: 'x1', name: 'Ohne Rolle', roleId: 'astronaut' },
      { id: 'p0', name: 'Doppelt', roleId: 'cdo' },
      { id: 'x3', roleId: 'cdo' } as unknown as Person,
    ];
    const badAssessments = [
      ...assessments,
      { id: 'z1', personId: 'p1', rater: 'external', date: '2025-01-01', levels: { daten: 7 } } as unknown as Assessment,
      'not an assessment' as unknown as Assessment,
    ];
    const { el, errors } = await mount(html`<gap-matrix mode="team" .people=${badPeople} .assessments=${badAssessments}></gap-matrix>`);
    await el.analysisComplete;
    await el.updateComplete;
    expect(one(el, '[role=grid]').getAttribute('aria-rowcount')).to.equal(String(40 + 2));
    const codes = errors.map((e) => e.code);
    expect(codes).to.include('unknown-role');
    expect(codes).to.include('duplicate-id');
    expect(codes).to.include('type');
    expect(new Set(errors.map((e) => e.message)).size).to.equal(errors.length);
    expect(text(one(el, "[part='notice']"))).to.contain('Angaben konnten nicht verwendet werden');
    // p1's invalid assessment is left out: their row comes from the valid ones.
    expect(dataRows(el).some((row) => row.dataset.person === 'p1')).to.equal(true);
    await expectAccessible(el);
  });

  it('team mode: sums up long lists of problems', async () => {
    const { people, assessments } = makeTeam(20);
    const badPeople = [...people, ...Array.from({ length: 12 }, (_, i) => ({ id: `bad${i}`, name: `Bad ${i}`, roleId: 'nobody' }))];
    const { el, errors } = await mount(html`<gap-matrix mode="team" .people=${badPeople} .assessments=${assessments}></gap-matrix>`);
    await el.analysisComplete;
    await el.updateComplete;
    expect(errors.filter((e) => e.code === 'unknown-role')).to.have.length(5);
    const more = errors.find((e) => e.code === 'more-issues');
    expect(more?.message).to.contain('7 more');
    expect(one(el, '[role=grid]').getAttribute('aria-rowcount')).to.equal(String(20 + 2));
  });

  it('team mode: reports data of the wrong shape and unknown sort keys', async () => {
    const { el, errors } = await mount(html`<gap-matrix mode="team" sort="zauberei" .people=${'nobody' as unknown as Person[]}></gap-matrix>`);
    await el.analysisComplete;
    await el.updateComplete;
    const codes = errors.map((e) => `${e.code}:${e.source}`);
    expect(codes).to.include('type:people');
    expect(codes).to.include('unknown-competency:sort');
    expect(one(el, '[role=grid]').getAttribute('aria-rowcount')).to.equal('2');
    await expectAccessible(el);
  });
});

describe('<gap-matrix> attributes outside their fixed values', () => {
  const noticeItems = (el: GapMatrix) => all(el, "[part='notice'] li").map(text);

  async function expectFixed(el: GapMatrix, errors: readonly KrErrorDetail[], name: string, valid: string): Promise<void> {
    el.setAttribute(name, valid);
    await el.updateComplete;
    expect(noticeItems(el)).to.deep.equal([]);
    expect(errors).to.have.length(1);
  }

  it('mode: reports a bad value once, shows person mode and clears the notice when fixed', async () => {
    const { el, errors } = await mount(html`<gap-matrix mode="matrix" target-role="cdo"></gap-matrix>`);
    expect(errors.map((e) => [e.code, e.source])).to.deep.equal([['enum', 'mode']]);
    expect(errors[0].message).to.equal('mode: expected one of person, team, organisation, got "matrix"');
    expect(noticeItems(el)).to.deep.equal(['Ungültiger Wert „matrix“ in „mode“ (möglich: person, team, organisation).']);
    expect(one(el, '[role=grid]').classList.contains('person')).to.equal(true);
    expect(dataRows(el)).to.have.length(25);
    await expectAccessible(el);
    await expectFixed(el, errors, 'mode', 'person');
  });

  it('sort (person mode): reports a bad value once, sorts by category and clears the notice when fixed', async () => {
    const { el, errors } = await mount(html`<gap-matrix sort="alphabet" target-role="cdo"></gap-matrix>`);
    expect(errors.map((e) => [e.code, e.source])).to.deep.equal([['enum', 'sort']]);
    expect(errors[0].message).to.equal('sort: expected one of category, gap, priority, got "alphabet"');
    expect(noticeItems(el)).to.have.length(1);
    expect(all(el, '.category-row').length).to.be.greaterThan(0);
    expect(one(el, "[role=columnheader][data-col='0']").getAttribute('aria-sort')).to.equal('other');
    await expectFixed(el, errors, 'sort', 'gap');
    expect(all(el, '.category-row')).to.have.length(0);
  });

  it('cells: reports a bad value once, shows gaps and clears the notice when fixed', async () => {
    const { people, assessments } = makeTeam(10);
    const { el, errors } = await mount(html`<gap-matrix mode="team" cells="heat" .people=${people} .assessments=${assessments}></gap-matrix>`);
    await el.analysisComplete;
    await el.updateComplete;
    expect(errors.map((e) => [e.code, e.source])).to.deep.equal([['enum', 'cells']]);
    expect(errors[0].message).to.equal('cells: expected one of gap, actual, got "heat"');
    expect(noticeItems(el)).to.have.length(1);
    const cell = dataRows(el)[0].querySelector("[data-col='3']")!;
    expect(cell.className).to.match(/^[ga][0-3]$/);
    expect(text(one(el, "[part='legend']"))).not.to.contain('Ist-Stufe');
    await expectFixed(el, errors, 'cells', 'actual');
    expect(text(one(el, "[part='legend']"))).to.contain('Ist-Stufe');
  });

  it('actual-rule: reports a bad value once, takes the external rating first and clears the notice when fixed', async () => {
    const { people, assessments } = onePerson();
    const { el, errors } = await mount(
      html`<gap-matrix actual-rule="newest" person-id="anna" today="2025-06-01" .people=${people} .assessments=${assessments}></gap-matrix>`,
    );
    expect(errors.map((e) => [e.code, e.source])).to.deep.equal([['enum', 'actual-rule']]);
    expect(errors[0].message).to.equal('actual-rule: expected one of external-first, self-first, latest, self-only, external-only, got "newest"');
    expect(noticeItems(el)).to.have.length(1);
    // Anna's latest ratings of daten: self 3, external 1.
    expect(text(one(el, "[data-competency='daten'] [data-col='4']"))).to.match(/^1/);
    await expectFixed(el, errors, 'actual-rule', 'self-first');
    expect(text(one(el, "[data-competency='daten'] [data-col='4']"))).to.match(/^3/);
  });

  it('a removed attribute means the default without a report', async () => {
    const { people, assessments } = makeTeam(5);
    const { el, errors } = await mount(html`<gap-matrix mode="team" cells="actual" actual-rule="self-first" sort="name" person-id=${people[0].id} .people=${people} .assessments=${assessments}></gap-matrix>`);
    await el.analysisComplete;
    for (const name of ['cells', 'actual-rule', 'sort', 'mode']) el.removeAttribute(name);
    await el.updateComplete;
    expect(errors).to.deep.equal([]);
    expect(noticeItems(el)).to.deep.equal([]);
    expect(one(el, '[role=grid]').classList.contains('person')).to.equal(true);
  });

  it('removing a bad attribute withdraws its notice', async () => {
    const { el, errors } = await mount(html`<gap-matrix mode="team" cells="heat" actual-rule="newest"></gap-matrix>`);
    expect(errors.map((e) => e.source).sort()).to.deep.equal(['actual-rule', 'cells']);
    el.removeAttribute('cells');
    await el.updateComplete;
    expect(noticeItems(el)).to.have.length(1);
    el.removeAttribute('actual-rule');
    await el.updateComplete;
    expect(noticeItems(el)).to.deep.equal([]);
    expect(errors).to.have.length(2);
  });

  it('an attribute the mode does not read is reported, and withdrawn when the mode reads it', async () => {
    const { el, errors } = await mount(html`<gap-matrix target-role="cdo" synergy min-gap="2" group-by="role"></gap-matrix>`);
    expect(errors.map((e) => [e.code, e.source]).sort()).to.deep.equal([['not-for-mode', 'group-by'], ['not-for-mode', 'min-gap'], ['not-for-mode', 'synergy']]);
    expect(noticeItems(el)).to.include('„synergy“ wirkt nur mit mode="team" und wird hier nicht verwendet.');
    el.mode = 'team';
    await el.updateComplete;
    expect(noticeItems(el).join(' ')).to.contain('„target-role“ wirkt nur mit mode="person"').and.contain('„group-by“').and.not.contain('„synergy“');
  });

  it('sort: a team sort key is reported in person mode only, a person sort key in team mode only as unknown', async () => {
    const { people, assessments } = makeTeam(5);
    const { el, errors } = await mount(html`<gap-matrix mode="team" sort="department" .people=${people} .assessments=${assessments}></gap-matrix>`);
    await el.analysisComplete;
    expect(errors).to.deep.equal([]);
    el.mode = 'person';
    await el.updateComplete;
    expect(errors.map((e) => [e.code, e.source])).to.deep.equal([['enum', 'sort']]);
    el.mode = 'team';
    await el.updateComplete;
    expect(noticeItems(el)).to.deep.equal([]);
    el.sort = 'gap';
    await el.analysisComplete;
    await el.updateComplete;
    expect(errors.map((e) => [e.code, e.source])).to.deep.equal([
      ['enum', 'sort'],
      ['unknown-competency', 'sort'],
    ]);
    expect(noticeItems(el)).to.have.length(1);
  });
});

describe('<gap-matrix> min-gap', () => {
  const noticeItems = (el: GapMatrix) => all(el, "[part='notice'] li").map(text);
  const rowCount = (el: GapMatrix) => Number(one(el, '[role=grid]').getAttribute('aria-rowcount')) - 2;
  const datenColumn = 3 + DEFAULT_CATALOGUE.competencies.findIndex((c) => c.id === 'daten');
  const gapValue = (cell: Element | null) => (text(cell) === '✓' ? 0 : Number(text(cell).replace('−', '-')));

  async function teamWith(minGap: string | null) {
    const { people, assessments } = makeTeam(20);
    const mounted = await mount(html`<gap-matrix mode="team" filter-competency="daten" .people=${people} .assessments=${assessments}></gap-matrix>`);
    if (minGap !== null) mounted.el.setAttribute('min-gap', minGap);
    await mounted.el.analysisComplete;
    await mounted.el.updateComplete;
    return mounted;
  }

  it('a whole number from 1 to 3 filters without a report', async () => {
    const { el, errors } = await teamWith('2');
    expect(errors).to.deep.equal([]);
    expect(rowCount(el)).to.be.above(0).and.below(20);
    for (const row of dataRows(el)) expect(gapValue(row.querySelector(`[data-col='${datenColumn}']`))).to.be.at.least(2);
  });

  it('an empty min-gap counts as not given (the input rule): no report, no filter', async () => {
    const { el, errors } = await teamWith('');
    expect(errors).to.deep.equal([]);
    expect(rowCount(el)).to.equal(20);
  });

  for (const bad of ['abc', '0', '-1', '4', '1.5', 'NaN', 'Infinity']) {
    it(`"${bad}" is reported (range, source min-gap) and filters nothing`, async () => {
      const { el, errors } = await teamWith(bad);
      expect(errors.map((e) => [e.code, e.source])).to.deep.equal([['range', 'min-gap']]);
      expect(errors[0].message).to.equal(`min-gap: expected a whole number from 1 to 3, got "${bad}"`);
      expect(noticeItems(el)).to.deep.equal([`Ungültiger Wert „${bad}“ in „min-gap“ (erlaubt: 1 bis 3).`]);
      expect(rowCount(el)).to.equal(20);
    });
  }

  it('a bad property value is reported too, with the number it got', async () => {
    const { el, errors } = await teamWith(null);
    el.minGap = Number.NaN;
    await el.updateComplete;
    el.minGap = 2.5;
    await el.updateComplete;
    expect(errors.map((e) => e.message)).to.deep.equal(['min-gap: expected a whole number from 1 to 3, got "NaN"', 'min-gap: expected a whole number from 1 to 3, got "2.5"']);
    expect(noticeItems(el)).to.have.length(1);
    expect(rowCount(el)).to.equal(20);
  });

  it('fixing or removing the attribute withdraws the notice; removed means no filter', async () => {
    const { el, errors } = await teamWith('viel');
    el.setAttribute('min-gap', '2');
    await el.updateComplete;
    expect(noticeItems(el)).to.deep.equal([]);
    expect(rowCount(el)).to.be.below(20);
    el.setAttribute('min-gap', '9');
    await el.updateComplete;
    expect(noticeItems(el)).to.have.length(1);
    el.removeAttribute('min-gap');
    await el.updateComplete;
    expect(noticeItems(el)).to.deep.equal([]);
    expect(rowCount(el)).to.equal(20);
    expect(errors.map((e) => e.message)).to.deep.equal(['min-gap: expected a whole number from 1 to 3, got "viel"', 'min-gap: expected a whole number from 1 to 3, got "9"']);
  });
});
