import { expect, html } from '@open-wc/testing';
import { aggregateTeam } from '../../../src/domain/aggregate.js';
import { DEFAULT_CATALOGUE } from '../../../src/domain/catalogue.js';
import { DEFAULT_ROLES } from '../../../src/domain/roles.js';
import { generatePortfolio } from '../../../src/domain/sample.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { makeTeam } from './fixtures.js';
import { all, mount, one, text, type GapMatrix } from './util.js';

const PEOPLE = 40;
const { people, assessments } = makeTeam(PEOPLE);

/** A team matrix with `attributes` written into the page, as a CMS editor writes them, analysed and drawn. */
async function team(attributes: Record<string, string>) {
  const mounted = await mount(html`<gap-matrix mode="team" .people=${people} .assessments=${assessments}></gap-matrix>`);
  for (const [name, value] of Object.entries(attributes)) mounted.el.setAttribute(name, value);
  await mounted.el.analysisComplete;
  await mounted.el.updateComplete;
  return mounted;
}

/** The names of the people shown, in order. */
const names = (el: GapMatrix) => all(el, "[role='grid'] .body [role='row']").map((row) => text(row.querySelector("[data-col='0']")));
const rowCount = (el: GapMatrix) => Number(one(el, '[role=grid]').getAttribute('aria-rowcount')) - 2;
const notice = (el: GapMatrix) => all(el, "[part='notice'] li").map(text);
/** The toolbar's select under the label `label`. */
const select = (el: GapMatrix, label: string) => all(el, "[part='toolbar'] label:has(select)").find((entry) => text(entry).startsWith(`${label} `))!.querySelector('select')!;

describe('<gap-matrix> filter-role and filter-competency by name', () => {
  it('filter-role takes a German label and filters as its id does; the toolbar shows that role', async () => {
    const { el, errors } = await team({ 'filter-role': 'Führungskraft' });
    expect(errors).to.deep.equal([]);
    expect(rowCount(el)).to.equal(people.filter((person) => person.roleId === 'fuehrungskraft').length);
    expect(all(el, "[role='grid'] .body [data-col='1']").every((cell) => text(cell) === 'Führungskraft')).to.equal(true);
    expect(select(el, 'Rolle').value).to.equal('fuehrungskraft');
    const byName = names(el);
    el.filterRole = 'fuehrungskraft';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(byName);
    await expectAccessible(el);
  });

  it('filter-role takes an English label, and ignores case and blanks', async () => {
    const { el, errors } = await team({ 'filter-role': 'Project manager' });
    const managers = people.filter((person) => person.roleId === 'projektmanager').length;
    expect(rowCount(el)).to.equal(managers);
    el.setAttribute('filter-role', '  cio /   LEITUNG it ');
    await el.updateComplete;
    expect(rowCount(el)).to.equal(people.filter((person) => person.roleId === 'cio').length);
    expect(select(el, 'Rolle').value).to.equal('cio');
    el.setAttribute('filter-role', 'CDO');
    await el.updateComplete;
    expect(select(el, 'Rolle').value).to.equal('cdo');
    expect(errors).to.deep.equal([]);
  });

  it('filter-competency takes a German or English label, in any case, and min-gap applies to that competency; the toolbar shows it', async () => {
    const byId = await team({ 'filter-competency': 'daten', 'min-gap': '2' });
    expect(byId.errors).to.deep.equal([]);
    const expected = names(byId.el);
    expect(expected.length).to.be.above(0).and.below(PEOPLE);
    const daten = DEFAULT_CATALOGUE.competencies.find((competency) => competency.id === 'daten')!;
    for (const given of [daten.label.de, daten.label.en, `  ${daten.label.de.toUpperCase()} `]) {
      const { el, errors } = await team({ 'filter-competency': given, 'min-gap': '2' });
      expect(errors, given).to.deep.equal([]);
      expect(names(el), given).to.deep.equal(expected);
      expect(select(el, 'Kompetenz').value, given).to.equal('daten');
    }
  });

  it('an id still works, and a name chosen in the toolbar afterwards replaces it', async () => {
    const { el, errors } = await team({ 'filter-role': 'cdo', 'filter-competency': 'fuehrung' });
    expect(errors).to.deep.equal([]);
    expect(select(el, 'Rolle').value).to.equal('cdo');
    expect(select(el, 'Kompetenz').value).to.equal('fuehrung');
    const role = select(el, 'Rolle');
    role.value = 'cio';
    role.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.filterRole).to.equal('cio');
    expect(rowCount(el)).to.equal(people.filter((person) => person.roleId === 'cio').length);
  });

  it('a role that no name matches is reported as before, and the notice names the roles in the element\'s language', async () => {
    const { el, errors } = await team({ 'filter-role': 'Koch' });
    expect(errors.map((error) => [error.code, error.source])).to.deep.equal([['unknown-role', 'filter-role']]);
    expect(errors[0].message).to.equal(`filter-role: "Koch" is no role's id or name (ids: ${DEFAULT_ROLES.map((role) => role.id).join(', ')}); every role is shown`);
    expect(rowCount(el), 'every role is shown').to.equal(PEOPLE);
    expect(select(el, 'Rolle').value).to.equal('');
    expect(notice(el)).to.deep.equal([
      'Unbekannte Rolle „Koch“ in „filter-role“ (möglich: „Führungskraft“, „CDO / Digitalisierungsbeauftragte*r“, „CIO / Leitung IT“, „Projektmanager*in“, „Digitalisierungslots*in“).',
    ]);
    el.lang = 'en';
    await el.updateComplete;
    await el.updateComplete;
    expect(notice(el)).to.deep.equal([`Unknown role “Koch” in “filter-role” (possible: ${DEFAULT_ROLES.map((role) => `“${role.label.en}”`).join(', ')}).`]);
    expect(errors, 'the same problem is not announced again').to.have.length(1);
    await expectAccessible(el);
  });

  it('a competency that no name matches is reported as before, not used, and the notice names the competencies', async () => {
    const { el, errors } = await team({ 'filter-competency': 'Datenkompetenzz', 'min-gap': '3' });
    expect(errors.map((error) => [error.code, error.source])).to.deep.equal([['unknown-competency', 'filter-competency']]);
    expect(errors[0].message).to.contain('"Datenkompetenzz"');
    const [line] = notice(el);
    expect(line).to.match(/^Unbekannte Kompetenz „Datenkompetenzz“ in „filter-competency“ \(möglich: „IT-Anwendungskompetenz“, /);
    for (const competency of DEFAULT_CATALOGUE.competencies) expect(line).to.contain(`„${competency.label.de}“`);
    expect(select(el, 'Kompetenz').value).to.equal('');
    const shown = names(el);
    el.removeAttribute('filter-competency');
    await el.updateComplete;
    expect(names(el), 'min-gap applies to every competency, as without the filter').to.deep.equal(shown);
    expect(notice(el)).to.deep.equal([]);
  });
});

describe('<gap-matrix mode="organisation"> filter-role by name', () => {
  it('filters by the role a German label names, as by its id, and the toolbar shows that role', async () => {
    const district = generatePortfolio({ seed: 42, people: 300, today: '2025-09-01' });
    const { el, errors } = await mount(html`<gap-matrix mode="organisation" filter-role=" digitalisierungslots*in " .people=${district.people} .assessments=${district.assessments}></gap-matrix>`);
    expect(errors).to.deep.equal([]);
    const lotsen = aggregateTeam(district, { groupBy: 'department', filter: { roleId: 'digitallotse' } });
    const counts = () => all(el, "[role='grid'] .body > [role='row']").map((row) => text(row.querySelector("[data-col='1']")));
    expect(counts()).to.deep.equal(lotsen.groups.map((group) => String(group.people)));
    expect(select(el, 'Rolle').value).to.equal('digitallotse');
  });
});
