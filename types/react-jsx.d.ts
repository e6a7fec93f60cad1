// Generated from custom-elements.json by scripts/react-jsx-types.mjs (npm run analyze): do not edit.
// JSX types for React 19. Load them once in your project: import type {} from 'kompetenzrad/react-jsx';
//
// What React 19 does with a prop on a custom element, and how it is typed here:
// - a name the element has as a property (`actual`, `editable`) is set as that property: typed
//   like the property;
// - any other name (`target-role`) becomes an attribute: typed like the property behind it, with
//   text for JSON attributes; `true` writes an empty attribute, `false` removes it;
// - `on` + the exact event name (`onkr-level-change`) adds a listener for that event, `…Capture`
//   for the capture phase: typed with the event from GlobalEventHandlersEventMap.
// TypeScript does not check JSX names with a dash that no type declares (`data-*`, misspelt ones).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { GapMatrix } from 'kompetenzrad/components/gap-matrix/gap-matrix.js';
import type { KompetenzProvider } from 'kompetenzrad/components/kompetenz-provider/kompetenz-provider.js';
import type { KompetenzRad } from 'kompetenzrad/components/kompetenz-rad/kompetenz-rad.js';
import type { LernplanTimeline } from 'kompetenzrad/components/lernplan-timeline/lernplan-timeline.js';
import type { SmartGoalForm } from 'kompetenzrad/components/smart-goal-form/smart-goal-form.js';

/** The value of an attribute: the property's type, or text where the property holds an object (JSON). */
type AttributeValue<T> = T extends string | number | boolean | null | undefined ? T : string;

/** `on<event>` and `on<event>Capture` listeners with the event's own type. */
type EventListeners<Name extends string> = {
  [Key in Name as `on${Key}` | `on${Key}Capture`]?: (
    event: Key extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[Key] : Event,
  ) => void;
};

/** React's props of an HTML element, the element's own properties, attributes and events. */
type ElementProps<Element extends HTMLElement, Property extends keyof Element, Attributes, EventName extends string> = Omit<
  DetailedHTMLProps<HTMLAttributes<Element>, Element>,
  Property | keyof Attributes
> &
  Partial<Pick<Element, Property>> &
  Attributes &
  EventListeners<EventName>;

/** `<gap-matrix>`: The target–actual comparison as a table (Soll-Ist-Vergleich), for one person or for a whole organisation. */
export type GapMatrixProps = ElementProps<
  GapMatrix,
  'actual' | 'actualRule' | 'aggregate' | 'allowDrillDown' | 'assessments' | 'catalogue' | 'cells' | 'external' | 'filterCompetency' | 'filterDepartment' | 'filterRole' | 'groupBy' | 'groupOnly' | 'lang' | 'minGap' | 'minGroupSize' | 'mode' | 'people' | 'personId' | 'roles' | 'selectedGroup' | 'showHistory' | 'sort' | 'sortDescending' | 'synergy' | 'synergyOptions' | 'target' | 'targetRole' | 'toBuildOnly' | 'today',
  {
    /** How the actual level is taken from the ratings (see `currentProfile`): `external-first` (default), `self-first`, `latest`, `self-only` or `external-only`. Any other value is reported (`enum`) and counts as `external-first`. */
    'actual-rule'?: AttributeValue<GapMatrix['actualRule']>;
    /** Organisation mode: a cell opens the names and ratings of the people behind it. Off by default: without it none is drawn. */
    'allow-drill-down'?: AttributeValue<GapMatrix['allowDrillDown']>;
    /** Team mode: the competency `min-gap` applies to (empty: every one), by id or German or English name (case and blanks ignored). Naming none, it is reported (`unknown-competency`) and not used. */
    'filter-competency'?: AttributeValue<GapMatrix['filterCompetency']>;
    /** Team mode: only people whose department contains this text. Organisation mode: only the people of the department of this exact name (in whole blocks, as every filter there). Given by the page and matching nobody, it is reported (`unknown-department`). */
    'filter-department'?: AttributeValue<GapMatrix['filterDepartment']>;
    /** Team and organisation mode: only people of this role, by id or German or English name (case and blanks ignored). Naming no role, it is reported (`unknown-role`) and not used. */
    'filter-role'?: AttributeValue<GapMatrix['filterRole']>;
    /** Organisation mode: one row per `department` (default), `role` or `category`. Any other value is reported (`enum`) and counts as `department`. */
    'group-by'?: AttributeValue<GapMatrix['groupBy']>;
    /** Team mode: shows only the members of the selected synergy group. */
    'group-only'?: AttributeValue<GapMatrix['groupOnly']>;
    /** Team mode: only people with a gap of at least this (in `filter-competency`, or in any): a whole number from 1 to 3; default: no filter. Any other value is reported (`range`) and filters nothing. */
    'min-gap'?: AttributeValue<GapMatrix['minGap']>;
    /** Organisation mode: the fewest people any figure may stand for, a whole number of at least 3 (default 5); anything else is reported (`range`) and 5 applies. */
    'min-group-size'?: AttributeValue<GapMatrix['minGroupSize']>;
    /** Person mode: whose comparison to show; default: the provider's selected person. Team mode: the chosen person, whose row is selected (set when a row is chosen, unless a provider holds the selection). */
    'person-id'?: AttributeValue<GapMatrix['personId']>;
    /** Team mode: the id of the highlighted synergy group. An id that is none of the groups is reported (`unknown-group`) once they are known. */
    'selected-group'?: AttributeValue<GapMatrix['selectedGroup']>;
    /** Person mode: the earlier assessments as extra columns. */
    'show-history'?: AttributeValue<GapMatrix['showHistory']>;
    /** Reverses the order of `sort`. */
    'sort-descending'?: AttributeValue<GapMatrix['sortDescending']>;
    /** Person mode: the target profile of this role (its id, or its German or English name). */
    'target-role'?: AttributeValue<GapMatrix['targetRole']>;
    /** Person mode: only the competencies still to build. */
    'to-build-only'?: AttributeValue<GapMatrix['toBuildOnly']>;
  },
  'kr-error' | 'kr-select'
>;

/** `<kompetenz-provider>`: Shares one portfolio with every kompetenzrad widget inside it, applies their edits and keeps the data. */
export type KompetenzProviderProps = ElementProps<
  KompetenzProvider,
  'lang' | 'person' | 'portfolio' | 'src' | 'storage' | 'storageAdapter' | 'storageTimeout' | 'storeName' | 'today',
  {
    /** IndexedDB database for `storage="local"`, shared by providers with the same name; default: one per `src` document, else `kompetenzrad`. With `storage="http"` changes wait for the server in `<store-name>-unsaved` (default `kompetenzrad-unsaved`). 1 to 200 characters, not only spaces; another value is reported (`invalid-store-name`) and the default holds. */
    'store-name'?: AttributeValue<KompetenzProvider['storeName']>;
  },
  'kr-conflict' | 'kr-error' | 'kr-portfolio-change'
>;

/** `<kompetenz-rad>`: The competency wheel (Kompetenzrad): one sector per competency, grouped and coloured by category, three rings for Kenner, Könner and Experte. It draws a target profile (outline), an actual profile (filled, the gap to the target hatched) and an external assessment (dashed, with markers), marks blind spots and hidden strengths, and can be edited by pointer and keyboard. Data come from properties, JSON attributes, a plain `<table>` inside the element, or a surrounding `<kompetenz-provider>`. */
export type KompetenzRadProps = ElementProps<
  KompetenzRad,
  'actual' | 'aggregate' | 'catalogue' | 'editSeries' | 'editable' | 'external' | 'group' | 'groupBy' | 'hideTarget' | 'lang' | 'legend' | 'minGroupSize' | 'target' | 'targetRole',
  {
    /** Which rating an edit belongs to, reported in `kr-level-change` (`self` or `external`; another value is reported as `kr-error` code `enum` and means `self`). */
    'edit-series'?: AttributeValue<KompetenzRad['editSeries']>;
    /** Shows a group of the provider's people instead of a person: grouped by `department`, `role` or `category` (all categories together: the whole organisation). Another value is reported (`enum`) and means `department`. */
    'group-by'?: AttributeValue<KompetenzRad['groupBy']>;
    /** Hides the target outline (and gap) while someone rates themselves; with `editable` and `edit-series="self"` the external assessment is hidden too, with the blind spots and hidden strengths that compare it (markers, legend, tooltip, table, description), so neither biases the answer. */
    'hide-target'?: AttributeValue<KompetenzRad['hideTarget']>;
    /** The fewest people a group's figures may stand for: a whole number of at least 3 (else reported, code `range`), default 5; never below the aggregate's own. A smaller group shows a notice instead. */
    'min-group-size'?: AttributeValue<KompetenzRad['minGroupSize']>;
    /** Shows the target profile of this role: its id (`fuehrungskraft`, `cdo`, `cio`, `projektmanager`, `digitallotse`, or a provider role's) or its German or English name. */
    'target-role'?: AttributeValue<KompetenzRad['targetRole']>;
  },
  'kr-error' | 'kr-level-change' | 'kr-select'
>;

/** `<lernplan-timeline>`: A learning plan as an editable time line, with capacity load, findings, list view and calendar export. */
export type LernplanTimelineProps = ElementProps<
  LernplanTimeline,
  'capacity' | 'catalogue' | 'editable' | 'end' | 'formats' | 'gaps' | 'goals' | 'lanes' | 'lang' | 'person' | 'plan' | 'start' | 'today' | 'view' | 'zoom',
  {},
  'kr-error' | 'kr-plan-change'
>;

/** `<smart-goal-form>`: A form for one SMART learning goal, for a person and their line manager writing it together. The domain's `checkSmartGoal` judges the goal as it is written: a checklist shows which of S, M, A, R, T hold, and each message appears next to the field it is about. */
export type SmartGoalFormProps = ElementProps<
  SmartGoalForm,
  'capacity' | 'catalogue' | 'current' | 'disabled' | 'goal' | 'goalId' | 'lang' | 'name' | 'personId' | 'target' | 'targetRole' | 'today',
  {
    /** Inside a provider: the id of a stored goal to edit. */
    'goal-id'?: AttributeValue<SmartGoalForm['goalId']>;
    /** The person the goal is for; inside a provider defaults to the selected person. */
    'person-id'?: AttributeValue<SmartGoalForm['personId']>;
    /** The role (id, or German or English name) whose target profile is shown next to each competency and drives the suggestions. */
    'target-role'?: AttributeValue<SmartGoalForm['targetRole']>;
  },
  'change' | 'input' | 'kr-error' | 'kr-goal-invalid' | 'kr-goal-submit'
>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'gap-matrix': GapMatrixProps;
      'kompetenz-provider': KompetenzProviderProps;
      'kompetenz-rad': KompetenzRadProps;
      'lernplan-timeline': LernplanTimelineProps;
      'smart-goal-form': SmartGoalFormProps;
    }
  }
}
