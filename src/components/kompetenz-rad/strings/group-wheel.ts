import { defineStrings } from '../../../internal/localize.js';
import type { Withheld } from '../model/group-source.js';

/** What the group wheel tells of one competency (names already in the element's language). */
export interface GroupFacts {
  label: string;
  category: string;
  count: number;
  /** People at level 0..3 (index = level). */
  levels: readonly number[];
  unrated: number;
  meanTarget: number;
  shareBelowTarget: number;
  meanGap: number;
}

export interface GroupSummary {
  name: string;
  people: number;
  minGroupSize: number;
  competencies: number;
  /** Competencies where at least half of the group is below target. */
  mostlyBelow: number;
  showsTarget: boolean;
  /** The role whose target the outline is, for a group of one role. */
  role?: string;
  /** The whole organisation: assessed people the figures leave out (too few in their role to stand for). */
  notShown: number;
}

/** A group one may choose: the value of `group` that names it, and its name where that is another (the pooled departments). */
export interface GroupValue {
  value: string;
  name: string;
}

/** The texts of a wheel that shows a group; loaded only by pages that show one. */
export interface GroupStrings {
  organisation: string;
  other: string;
  noDepartment: string;
  people: (count: number) => string;
  describe: (summary: GroupSummary) => string;
  spokeName: (facts: GroupFacts) => string;
  legendShares: string;
  legendMeanTarget: string;
  legendRoleTarget: (role: string) => string;
  caption: (name: string) => string;
  columns: { people: string; unrated: string; meanTarget: string; roleTarget: string; below: string; meanGap: string };
  percent: (share: number) => string;
  decimal: (value: number) => string;
  /** Why a group shows no figures, in place of them. */
  withheld: (reason: Withheld, group: string, minGroupSize: number, choices: readonly GroupValue[]) => string;
}

export const GROUP_STRINGS = defineStrings<GroupStrings>({ de: () => import('./group-wheel.de.js'), en: () => import('./group-wheel.en.js') });
