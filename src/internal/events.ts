import type { MessageParams } from '../domain/errors.js';
import type { CompetencyId, Level, PersonId } from '../domain/types.js';

/**
 * The events of the kompetenzrad elements. Every event is a bubbling, composed `CustomEvent`
 * whose name starts with `kr-` and whose `detail` type is listed in `KrEventDetailMap`.
 *
 * An element that adds events declares them by augmenting the map from its own module, e.g.
 *
 *     declare module '../../internal/events.js' {
 *       interface KrEventDetailMap { 'kr-goal-submit': { goal: Goal } }
 *     }
 *     declare global {
 *       interface GlobalEventHandlersEventMap { 'kr-goal-submit': KrEvent<'kr-goal-submit'> }
 *     }
 *
 * so that `emit('kr-goal-submit', …)` (see `KrElement`) is type-checked.
 */

/** A problem with the input of an element (fired once per distinct problem while it holds). */
export interface KrErrorDetail {
  /** Stable machine-readable code, e.g. `invalid-json`, `unknown-competency`, `level`, `unknown-role`. */
  code: string;
  /** A sentence for developers: what was found where, and what was expected. */
  message: string;
  /** Where it came from: an attribute or property name (`actual`, `target-role`), `table`, `context` or `render`. */
  source: string;
  /**
   * Where the offending value is, when known: a path that starts with the input's name for a value
   * the element reads itself (`actual.daten`, `catalogue.competencies[2].id`), or the domain
   * validator's JSON path from `$`, the root of what `source` holds (`$.personId` of `plan`,
   * `$[0].id` of `goals`, `$.people[3].roleId` of `people`, `portfolio` or `src`).
   */
  path?: string;
  /** The values involved (the domain issue's parameters, e.g. `{got: "x"}`), when known. */
  params?: MessageParams;
}

/** Which rating an edit of the wheel belongs to. */
export const EDIT_SERIES = ['self', 'external'] as const;
export type EditSeries = (typeof EDIT_SERIES)[number];

/** `<kompetenz-rad editable>`: the user set a level. */
export interface KrLevelChangeDetail {
  competencyId: CompetencyId;
  level: Level;
  previous: Level;
  series: EditSeries;
}

/** The user selected a competency or a person (Enter/Space or a click). */
export interface KrSelectDetail {
  competencyId?: CompetencyId;
  personId?: PersonId;
  /** A group of an organisation view (`aggregateTeam`): how it is grouped, the group's kind and key (null for `other`, or people without a department). */
  group?: KrSelectGroup;
}

export interface KrSelectGroup {
  by: 'department' | 'role' | 'category';
  kind: 'department' | 'role' | 'category' | 'other';
  key: string | null;
}

/** Event name → `detail` type. Augment it for new events (see above). */
export interface KrEventDetailMap {
  'kr-error': KrErrorDetail;
  'kr-level-change': KrLevelChangeDetail;
  'kr-select': KrSelectDetail;
}

export type KrEventName = keyof KrEventDetailMap;

/** The event object of a `kr-*` event. */
export type KrEvent<K extends KrEventName> = CustomEvent<KrEventDetailMap[K]>;

/** Creates a bubbling, composed `CustomEvent` with a typed detail (not yet dispatched). */
export function createKrEvent<K extends KrEventName>(name: K, detail: KrEventDetailMap[K], init: { cancelable?: boolean } = {}): KrEvent<K> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: init.cancelable ?? false });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kr-error': KrEvent<'kr-error'>;
    'kr-level-change': KrEvent<'kr-level-change'>;
    'kr-select': KrEvent<'kr-select'>;
  }
}
