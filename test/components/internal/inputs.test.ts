import { consume, ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DEFAULT_CATALOGUE, DEFAULT_CATALOGUE_LEAN } from '../../../src/domain/catalogue.js';
import { emptyPortfolio } from '../../../src/domain/portfolio.js';
import { DEFAULT_ROLES, DEFAULT_ROLES_LEAN } from '../../../src/domain/roles.js';
import type { Catalogue, Role } from '../../../src/domain/types.js';
import { kompetenzContext, type KompetenzContextValue } from '../../../src/internal/context.js';
import { developerNote } from '../../../src/internal/error-reporter.js';
import type { KrErrorDetail } from '../../../src/internal/events.js';
import {
  isGiven,
  problemOfIssue,
  problemOfIssues,
  resolveCatalogue,
  resolveInput,
  resolveRoles,
  resolveToday,
  type InputProblem,
  type ResolvedInput,
} from '../../../src/internal/inputs.js';
import { jsonAttribute } from '../../../src/internal/json-attribute.js';
import { KrElement } from '../../../src/internal/kr-element.js';
import { chosenPersonId } from '../../../src/internal/selected-person.js';
import { localToday } from '../../../src/internal/today.js';
import { expectAccessible } from '../../helpers/a11y.js';

/** An element with the three recurring inputs, resolved by the one rule and reported in one scope. */
class InputsHost extends KrElement {
  @property({ converter: jsonAttribute<Catalogue>() }) catalogue?: Catalogue;
  @property() today?: string;
  @property({ attribute: false }) roles?: readonly Role[];

  @consume({ context: kompetenzContext, subscribe: true })
  @state()
  private context?: KompetenzContextValue;

  resolved!: { catalogue: ResolvedInput<Catalogue>; today: ResolvedInput<string>; roles: ResolvedInput<readonly Role[]> };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const catalogue = resolveCatalogue(this.catalogue, this.context);
    const today = resolveToday(this.today, this.context);
    const roles = resolveRoles(this.roles, this.context, catalogue.value);
    this.resolved = { catalogue, today, roles };
    this.setProblems(
      'inputs',
      [catalogue.problem, today.problem, roles.problem].filter((problem): problem is InputProblem => problem !== undefined),
    );
  }

  protected override render(): TemplateResult {
    return html`${this.renderNotice()}
      <p>${this.resolved.today.value}</p>`;
  }
}

customElements.define('test-inputs', InputsHost);

const OWN_CATALOGUE: Catalogue = {
  categories: [{ id: 'eigen', label: { de: 'Eigen', en: 'Own' } }],
  competencies: [{ id: 'lesen', category: 'eigen', label: { de: 'Lesen', en: 'Reading' } }],
};
const OWN_ROLES: Role[] = [{ id: 'leser', label: { de: 'Leser', en: 'Reader' }, target: { lesen: 2 } }];
const PROVIDED_TODAY = '2030-01-15';

function contextValue(): KompetenzContextValue {
  return { portfolio: emptyPortfolio(), catalogue: DEFAULT_CATALOGUE, roles: DEFAULT_ROLES, lang: 'de', personId: undefined, today: PROVIDED_TODAY };
}

interface Own {
  catalogue?: unknown;
  today?: unknown;
  roles?: unknown;
}

/** The host with `own` properties, inside a provider of `contextValue()` when `provided`. */
async function mountInputs(own: Own, provided: boolean): Promise<{ el: InputsHost; errors: KrErrorDetail[] }> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  if (provided) new ContextProvider(box, { context: kompetenzContext, initialValue: contextValue() });
  const errors: KrErrorDetail[] = [];
  box.addEventListener('kr-error', (event) => errors.push(event.detail));
  const el = document.createElement('test-inputs') as InputsHost;
  Object.assign(el, own);
  box.append(el);
  await el.updateComplete;
  await el.updateComplete;
  return { el, errors };
}

const notice = (el: InputsHost) => Array.from(el.shadowRoot!.querySelectorAll("[part='notice'] li")).map((li) => li.textContent!.trim());

describe('the input rule: own, else provider, else default', () => {
  const sources = [
    {
      name: 'catalogue',
      good: OWN_CATALOGUE,
      bad: { categories: [], competencies: [] },
      code: 'invalid-catalogue',
      own: OWN_CATALOGUE,
      provided: DEFAULT_CATALOGUE,
      fallback: DEFAULT_CATALOGUE_LEAN,
      read: (el: InputsHost) => el.resolved.catalogue,
    },
    {
      name: 'today',
      good: '2025-03-31',
      bad: '31.03.2025',
      code: 'date',
      own: '2025-03-31',
      provided: PROVIDED_TODAY,
      fallback: localToday(),
      read: (el: InputsHost) => el.resolved.today,
    },
    {
      name: 'roles',
      good: OWN_ROLES,
      bad: [{ id: 'Kein Id', label: { de: 'x', en: 'x' }, target: {} }],
      code: 'invalid-roles',
      own: OWN_ROLES,
      provided: DEFAULT_ROLES,
      fallback: DEFAULT_ROLES_LEAN,
      read: (el: InputsHost) => el.resolved.roles,
    },
  ] as const;

  for (const source of sources) {
    // The own roles name a competency of the own catalogue.
    const own = (value: unknown): Own => (source.name === 'roles' ? { roles: value, catalogue: OWN_CATALOGUE } : { [source.name]: value });

    it(`${source.name}: the default when nothing gives it`, async () => {
      const { el, errors } = await mountInputs({}, false);
      expect(source.read(el).origin).to.equal('default');
      expect(source.read(el).value).to.deep.equal(source.fallback);
      expect(errors).to.deep.equal([]);
    });

    it(`${source.name}: the provider's value beats the default`, async () => {
      const { el, errors } = await mountInputs({}, true);
      expect(source.read(el).origin).to.equal('provider');
      expect(source.read(el).value).to.equal(source.provided);
      expect(errors).to.deep.equal([]);
    });

    it(`${source.name}: the element's own value beats the provider's`, async () => {
      const { el, errors } = await mountInputs(own(source.good), true);
      expect(source.read(el).origin).to.equal('own');
      expect(source.read(el).value).to.equal(source.own);
      expect(errors).to.deep.equal([]);
      expect(notice(el)).to.deep.equal([]);
    });

    it(`${source.name}: a bad own value is reported once and the provider's value is used`, async () => {
      const { el, errors } = await mountInputs(own(source.bad), true);
      expect(source.read(el).origin).to.equal('provider');
      expect(source.read(el).value).to.equal(source.provided);
      expect(errors.map((error) => [error.code, error.source])).to.deep.equal([[source.code, source.name]]);
      expect(notice(el)).to.have.length(1);
      el.requestUpdate();
      await el.updateComplete;
      expect(errors, 'not announced again while it holds').to.have.length(1);
      await expectAccessible(el);
    });

    it(`${source.name}: a bad own value alone falls back to the default; fixing it withdraws the problem`, async () => {
      const { el, errors } = await mountInputs(own(source.bad), false);
      expect(source.read(el).origin).to.equal('default');
      expect(source.read(el).value).to.deep.equal(source.fallback);
      expect(errors).to.have.length(1);
      Object.assign(el, own(source.good));
      await el.updateComplete;
      await el.updateComplete;
      expect(source.read(el).origin).to.equal('own');
      expect(notice(el)).to.deep.equal([]);
    });
  }

  it('reports what is wrong as data: code, source, path, parameters, and a note naming the value', async () => {
    const { errors } = await mountInputs({ today: 'morgen', catalogue: { categories: [], competencies: [{}] } }, false);
    const today = errors.find((error) => error.source === 'today')!;
    expect(today).to.deep.include({ code: 'date', params: { got: 'morgen' } });
    expect(today.message).to.contain('morgen');
    const catalogue = errors.find((error) => error.source === 'catalogue')!;
    expect(catalogue.code).to.equal('invalid-catalogue');
    expect(catalogue.path).to.match(/^catalogue\./);
    expect(catalogue.params).to.have.property('more').that.is.above(0);
    expect(catalogue.message).to.contain(catalogue.path!);
  });

  it('counts undefined, null and an empty text as not given, for own and provided values alike', () => {
    expect([undefined, null, '', 0, false, 'x'].map((value) => isGiven(value))).to.deep.equal([false, false, false, true, true, true]);
    const rule = (own: string | null | undefined, provided: string | null | undefined) => resolveInput({ source: 'x', own, provided, fallback: 'default' });
    expect(rule('', 'provider')).to.deep.equal({ value: 'provider', origin: 'provider' });
    expect(rule(null, '')).to.deep.equal({ value: 'default', origin: 'default' });
    expect(rule('own', 'provider')).to.deep.equal({ value: 'own', origin: 'own' });
  });

  it('checks only the own value, and names the refused one in the result', () => {
    const problem: InputProblem = { code: 'odd', source: 'x' };
    const check = (value: number) => (value % 2 === 1 ? problem : undefined);
    expect(resolveInput({ source: 'x', own: 3, provided: 5, fallback: 0, check })).to.deep.equal({ value: 5, origin: 'provider', problem });
    expect(resolveInput({ source: 'x', own: undefined, provided: 5, fallback: 0, check }), 'a provided value is not checked').to.deep.equal({ value: 5, origin: 'provider' });
    expect(resolveInput({ source: 'x', own: 2, provided: 5, fallback: 0, check })).to.deep.equal({ value: 2, origin: 'own' });
  });

  it('takes the selected person the same way (person-id, else the provider)', () => {
    expect([chosenPersonId('anna', 'bernd'), chosenPersonId('', 'bernd'), chosenPersonId(null, 'bernd'), chosenPersonId(undefined, ''), chosenPersonId(undefined, undefined)]).to.deep.equal([
      'anna',
      'bernd',
      'bernd',
      undefined,
      undefined,
    ]);
  });

  it('resolves today from the given clock when nothing else gives it', () => {
    expect(resolveToday(undefined, undefined, new Date(2026, 2, 15, 23, 30))).to.deep.equal({ value: '2026-03-15', origin: 'default' });
  });

  it('turns validator issues into problems', () => {
    const issues = [
      { path: 'plan.items[1].formatId', code: 'unknown-format', params: { got: 'kurs' } },
      { path: 'plan.items[2].start', code: 'date', params: { got: 42 } },
    ];
    expect(problemOfIssue('plan', issues[0])).to.deep.equal({ code: 'unknown-format', source: 'plan', path: 'plan.items[1].formatId', subject: 'kurs', params: { got: 'kurs' } });
    expect(problemOfIssues('invalid-plan', 'plan', issues)).to.deep.equal({
      code: 'invalid-plan',
      source: 'plan',
      path: 'plan.items[1].formatId',
      subject: 'kurs',
      params: { issue: 'unknown-format', got: 'kurs', more: 1 },
    });
    expect(problemOfIssues('invalid-plan', 'plan', [])).to.equal(undefined);
  });

  it('writes a developer note from the data unless the problem has its own message', () => {
    expect(developerNote({ code: 'date', source: 'today', params: { got: 'morgen' } })).to.equal('today: date (got "morgen")');
    expect(developerNote({ code: 'unknown-role', source: 'target-role', subject: 'astronaut' })).to.equal('target-role: unknown-role ("astronaut")');
    expect(developerNote({ code: 'type', source: 'roles', path: 'roles[0]', params: { expected: 'object', ids: ['a', 'b'] } })).to.equal(
      'roles: type at roles[0] (expected "object", ids ["a","b"])',
    );
    expect(developerNote({ code: 'x', source: 'y', message: 'own words' })).to.equal('own words');
    // A switch only steers the notice's words: it is no noise in the note.
    expect(developerNote({ code: 'level', source: 'current', path: 'current.daten', subject: 'daten: 7', params: { got: 7, names: true } })).to.equal('current: level at current.daten (got 7)');
    expect(developerNote({ code: 'level', source: 'current', subject: 'daten: 7', params: { names: true } })).to.equal('current: level ("daten: 7")');
  });
});
