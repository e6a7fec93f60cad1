import type { Role } from '../../../domain/types.js';
import type { EditSeries } from '../../../internal/events.js';
import { isGiven, resolveInput, type InputProblem } from '../../../internal/inputs.js';
import { roleOfAttribute, type SelectedPerson } from '../../../internal/selected-person.js';
import type { TableData } from './table-source.js';
import type { SeriesInput, SeriesName } from './wheel-model.js';

/** The wheel's own inputs: properties or attributes. */
export interface OwnSeries {
  target?: unknown;
  targetRole?: string | undefined;
  actual?: unknown;
  external?: unknown;
}

export interface SeriesChoice {
  inputs: Partial<Record<SeriesName, SeriesInput>>;
  /** The role whose target is shown, if any. */
  role: Role | undefined;
  /** The actual profile is the provider's (an edit is then saved by the provider). */
  actualFromProvider: boolean;
  /** The wheel's own input the filled sectors come from, which a wheel on its own changes on an edit. */
  edited: 'actual' | 'external';
  /**
   * What the line shows: the external rating, or, while the line manager edits hers from the
   * provider, the person's self-assessment (`ShownSeries.names`).
   */
  line: 'external' | 'self';
  /** What the filled sectors show: the actual profile, the external rating being edited, or the self-assessment of the provider's person while she rates herself. */
  filled: 'actual' | 'external' | 'self';
  /** Whether the actual profile stands in for a self rating the wheel does not have (`buildModel`): not while the external one is edited. */
  selfIsActual: boolean;
  problems: InputProblem[];
}

/** What a wheel keeps of its person's series between updates: `noOneToRate`, inside a provider that has loaded and selects nobody. */
export interface SeriesOrigin {
  role: Role | undefined;
  fromProvider: boolean;
  edited: SeriesChoice['edited'];
  noOneToRate: boolean;
}

export const NO_SERIES_ORIGIN: SeriesOrigin = Object.freeze({ role: undefined, fromProvider: false, edited: 'actual', noOneToRate: false });

export interface SeriesContext {
  table: TableData | undefined;
  person: SelectedPerson | undefined;
  roles: readonly Role[];
  editable: boolean;
  series: EditSeries;
  /**
   * Whether the page wrote this attribute (`target`, `target-role`, `actual`, `external`). Only an
   * attribute beside the table's column is reported: the wheel keeps its own edits in `actual`.
   */
  written?: (attribute: string) => boolean;
}

const given = (value: unknown, source: string): SeriesInput | undefined => (isGiven(value) ? { value, source } : undefined);

/** The table's column of a series that an attribute gives too: the attribute wins, and the page is told which and what to remove. */
function columnOverruled(series: 'target' | 'actual' | 'external', own: SeriesInput | undefined, { table, written }: SeriesContext): InputProblem[] {
  if (!own || !isGiven(table?.[series]) || !written?.(own.source)) return [];
  const attribute = own.source;
  const message = `table: its ${series} column is not read, the attribute ${attribute} gives the ${series} (attributes win over the table); remove the column or the attribute`;
  return [{ code: 'table-and-attribute', source: 'table', subject: attribute, params: { series, attribute }, message }];
}

/**
 * Where each series comes from, by the input rule (`resolveInput`): the wheel's own value —
 * `target`, else `target-role`, else the light-DOM table (likewise `actual` and `external`) —
 * else the provider's selected person, else nothing. While the person edits a rating, the actual
 * profile is that rating. While the external rating is edited (the own `external`, else the
 * provider's), it is filled and compared with the self-assessment (the own `actual`, else the
 * provider's), which the line then shows (`line`); a wheel on its own keeps the edit in `external`.
 * A table column that an attribute overrules is reported (`table-and-attribute`).
 */
export function chooseSeries(own: OwnSeries, context: SeriesContext): SeriesChoice {
  const { table, person, roles, editable, series } = context;
  const problems: InputProblem[] = [];
  const inputs: Partial<Record<SeriesName, SeriesInput>> = {};
  const current = person?.current;
  const editingExternal = editable && series === 'external';

  let role: Role | undefined;
  let ownTarget = given(own.target, 'target');
  if (!ownTarget && isGiven(own.targetRole)) {
    const named = roleOfAttribute(roles, own.targetRole);
    if (named.role) {
      ownTarget = { value: named.role.target, source: 'target-role' };
      role = named.role;
    } else problems.push(named.problem);
  }
  const providedTarget = person?.role ? { value: person.role.target, source: 'context' } : undefined;
  problems.push(...columnOverruled('target', ownTarget, context));
  const target = resolveInput({ source: 'target', own: ownTarget ?? given(table?.target, 'table'), provided: providedTarget, fallback: undefined });
  if (target.origin === 'provider') role = person?.role;
  else if (target.origin === 'default' && person?.roleProblem) problems.push(person.roleProblem);
  if (target.value) inputs.target = target.value;

  /** The own value (property or attribute, else the table's column), else the provider's. */
  const rated = (name: 'actual' | 'external', provided: unknown) => {
    const ownValue = given(own[name], name);
    problems.push(...columnOverruled(name, ownValue, context));
    return resolveInput({ source: name, own: ownValue ?? given(table?.[name], 'table'), provided: given(provided, 'context'), fallback: undefined });
  };
  if (editingExternal) {
    // The edited external rating is filled and is the external one of the comparison with the
    // self rating on the line (blind spots, hidden strengths): the own `external`, else the provider's.
    const edited = rated('external', current?.external);
    const self = rated('actual', current?.self);
    if (edited.value) inputs.actual = inputs.external = edited.value;
    if (self.value) inputs.self = self.value;
    return { inputs, role, actualFromProvider: edited.origin === 'provider', edited: 'external', filled: 'external', line: 'self', selfIsActual: false, problems };
  }
  const actual = rated('actual', !current ? undefined : !editable ? current.profile : current.self);
  const external = rated('external', current && Object.keys(current.external).length > 0 ? current.external : undefined);
  if (actual.value) inputs.actual = actual.value;
  if (external.value) inputs.external = external.value;
  const actualFromProvider = actual.origin === 'provider';
  if (current && actualFromProvider) inputs.self = { value: current.self, source: 'context' };
  const filled = editable && actualFromProvider ? 'self' : 'actual';
  return { inputs, role, actualFromProvider, edited: 'actual', filled, line: 'external', selfIsActual: !inputs.self, problems };
}
