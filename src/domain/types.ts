/**
 * The data model of the method (see DOMAIN.md). Every type here is plain JSON-compatible data,
 * so a portfolio can be stored, sent and validated without classes.
 */

/** A language the product speaks. German is the default everywhere. */
export type Lang = 'de' | 'en';

/** A text in both languages. */
export interface LocalizedText {
  de: string;
  en: string;
}

/** A calendar date as `YYYY-MM-DD` (ISO 8601, no time, no zone). */
export type IsoDate = string;

/** 0 none / not required, 1 Kenner, 2 Könner, 3 Experte. */
export type Level = 0 | 1 | 2 | 3;

export type CategoryId = string;
export type CompetencyId = string;
export type RoleId = string;
export type FormatId = string;
export type PersonId = string;

export interface Category {
  id: CategoryId;
  label: LocalizedText;
  description?: LocalizedText;
}

export interface Competency {
  id: CompetencyId;
  category: CategoryId;
  label: LocalizedText;
  /** What the competency means; optional in custom catalogues. */
  description?: LocalizedText;
  /** Months after which an assessment of this competency is due for refreshing. */
  refreshMonths?: number;
}

/** Categories and competencies in wheel order. */
export interface Catalogue {
  id?: string;
  categories: Category[];
  competencies: Competency[];
}

/** Level per competency; a competency that is missing counts as level 0. */
export type Profile = Readonly<Record<CompetencyId, Level>>;

export interface Role {
  id: RoleId;
  label: LocalizedText;
  /** The role's tasks, in the project's own words; optional in custom roles. */
  tasks?: LocalizedText[];
  target: Profile;
  /** Where the target profile comes from, shown next to it. */
  source?: LocalizedText;
}

/** Someone who is not one of the portfolio's people, such as a line manager. */
export interface Contact {
  name: string;
  /** Makes the contact an attendee of review meetings in the calendar file. */
  email?: string;
}

export interface Person {
  id: PersonId;
  name: string;
  roleId: RoleId;
  department?: string;
  /** Makes the person an attendee of their review meetings in the calendar file. */
  email?: string;
  /** Takes part in the person's review meetings. */
  lineManager?: Contact;
  /** Hours per month that can go into learning. */
  capacityHoursPerMonth?: number;
  /** Euros for learning that one plan may cost: the budget of each plan of this person that sets none of its own. */
  budget?: number;
}

export type RaterKind = 'self' | 'external';

/** The five stock-taking questions (DOMAIN.md §5), answered in free text. */
export interface StockTaking {
  currentTasks?: string;
  builtCompetencies?: string;
  hiddenCompetencies?: string;
  competenciesToGrow?: string;
  conditions?: string;
}

export interface Assessment {
  id: string;
  personId: PersonId;
  rater: RaterKind;
  /** Who rated, for external assessments (e.g. "Vorgesetzte*r"). */
  raterRole?: string;
  date: IsoDate;
  levels: Profile;
  notes?: Readonly<Record<CompetencyId, string>>;
  stockTaking?: StockTaking;
}

export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T';

export interface GoalResources {
  /** Hours in total that go into reaching the goal. */
  hours?: number;
  /** Euros. */
  budget?: number;
  supportPerson?: string;
}

export type GoalStatus = 'open' | 'reached' | 'not-reached' | 'dropped';

export interface Goal {
  id: string;
  personId: PersonId;
  /** S: the competencies to build. */
  competencyIds: CompetencyId[];
  /** M: the level to reach on the scale. */
  targetLevel: Level;
  /** M: how progress is shown (an observable result). */
  measure: string;
  /** A: why the goal is demanding. */
  challenge: string;
  /** R: what makes it realistic. */
  resources: GoalResources;
  /** T: due date. */
  due: IsoDate;
  notes?: string;
  createdAt?: IsoDate;
  status?: GoalStatus;
}

export type ItemStatus = 'planned' | 'running' | 'done' | 'dropped';

export interface PlanItem {
  id: string;
  /** `format`: a learning format; `practice`: applying what was learned after an off-the-job format. */
  kind: 'format' | 'practice';
  formatId: FormatId;
  competencyIds: CompetencyId[];
  start: IsoDate;
  /** Inclusive. */
  end: IsoDate;
  hours: number;
  /** Euros. */
  cost: number;
  provider?: string;
  status: ItemStatus;
  goalId?: string;
  /** For practice items: the item whose practice phase this is. */
  practiceOf?: string;
  title?: string;
}

export interface Review {
  id: string;
  date: IsoDate;
  /** Local time of day `HH:MM` (24 hours, German time); without it the meeting takes the whole day in a calendar. */
  time?: string;
  participants: string[];
  final: boolean;
  notes?: string;
}

export type PlanStatus = 'draft' | 'agreed' | 'active' | 'completed' | 'cancelled';

export interface PlanStatusStep {
  status: PlanStatus;
  date: IsoDate;
}

export interface GoalOutcome {
  goalId: string;
  reached: boolean;
  /** Did the goal meet the SMART criteria in practice? */
  smartInPractice: boolean;
  notes?: string;
}

export interface FinalReviewOutcome {
  date: IsoDate;
  goals: GoalOutcome[];
  /** The date by which the next stock-taking should take place. */
  nextStockTaking: IsoDate;
}

export interface Plan {
  id: string;
  personId: PersonId;
  title?: string;
  status: PlanStatus;
  history: PlanStatusStep[];
  items: PlanItem[];
  reviews: Review[];
  /** Hours per month; falls back to the person's capacity. */
  capacityHoursPerMonth?: number;
  /** Euros; falls back to the person's budget. */
  budget?: number;
  outcome?: FinalReviewOutcome;
}

export type SettingKind = 'on-the-job' | 'off-the-job' | 'both';
export type SocialForm = 'individual' | 'group' | 'both';
/** 0 free, 1 low, 2 medium, 3 high. */
export type CostClass = 0 | 1 | 2 | 3;

export interface Format {
  id: FormatId;
  label: LocalizedText;
  description: LocalizedText;
  setting: SettingKind;
  social: SocialForm;
  suitsCategories: CategoryId[];
  suitsCompetencies: CompetencyId[];
  /** Typical length in weeks. */
  typicalWeeks: number;
  /** Typical effort in hours. */
  typicalHours: number;
  costClass: CostClass;
  /** Typical cost in euros per person. */
  typicalCost: number;
}

export const PORTFOLIO_FORMAT = 'kompetenzrad-portfolio';
export const PORTFOLIO_VERSION = 1;

/** Everything one installation knows: the document that is stored, exported and imported. */
export interface Portfolio {
  format: typeof PORTFOLIO_FORMAT;
  version: number;
  /**
   * A random id (e.g. a UUID) given once to the document by the installation that keeps it (the
   * provider, the first time a widget needs one for a calendar file, when it keeps its data
   * beyond the page) and kept on every save, merge and export:
   * it makes calendar UIDs unique across portfolios (`toICalendar`). Optional, so no migration:
   * a document without one stays valid, and its UIDs fall back to the person's id and name.
   */
  installationId?: string;
  /**
   * The ids of the people erased from this document (`removePerson`), so that merging an older
   * copy (a file, another place's data) does not bring them back. Ids only: nothing else of theirs
   * is kept. Optional; an id listed here is no person's of the document.
   */
  erasedPeople?: PersonId[];
  /** Optional: the built-in catalogue is used when absent. */
  catalogue?: Catalogue;
  /** Optional: the built-in roles are used when absent. */
  roles?: Role[];
  people: Person[];
  assessments: Assessment[];
  goals: Goal[];
  plans: Plan[];
}
