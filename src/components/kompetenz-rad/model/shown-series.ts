import { isUnrequired, type GapEntry } from '../../../domain/gaps.js';
import type { Lang, Level } from '../../../domain/types.js';
import type { EditSeries } from '../../../internal/events.js';
import { spokenLevel } from '../../../internal/strings.js';
import type { WheelModel } from './wheel-model.js';

/** A rating the wheel names: the actual profile, the external assessment, the self-assessment. */
export type RatingName = 'actual' | 'external' | 'self';

/**
 * Which of the series, and of what is derived from them, are drawn and told. `actual` is the
 * filled sectors (the series that is edited), `external` the line with markers; `names` says
 * what they stand for.
 */
export interface ShownSeries {
  target: boolean;
  actual: boolean;
  external: boolean;
  /** target − actual: only with both. */
  gap: boolean;
  /** Blind spots and hidden strengths (self against external). */
  markers: boolean;
  /**
   * What the filled sectors and the line stand for: the actual profile and the external
   * assessment; while the external assessment is edited, it is filled, and the line is the
   * person's self-assessment where the wheel has one (`SeriesChoice.line`); while a provider's
   * person rates herself, the filled sectors are her self-assessment (`SeriesChoice.filled`).
   */
  names: { actual: RatingName; external: 'external' | 'self' };
}

export interface ShowOptions {
  editable: boolean;
  hideTarget: boolean;
  series: EditSeries;
  /** What the line shows (`SeriesChoice.line`); default the external rating. */
  line?: 'external' | 'self';
  /** What the filled sectors show (`SeriesChoice.filled`); default the external rating while it is edited, else the actual profile. */
  filled?: RatingName;
}

const rated = (profile: object | undefined): boolean => profile !== undefined && Object.keys(profile).length > 0;

/**
 * `hide-target` hides the target and the gap. While the person rates themselves with it
 * (`editable`, edits of the self rating) the assessment is blind: the external rating is hidden
 * too, and with it the markers that compare the two ratings.
 */
export function shownSeries(model: WheelModel, { editable, hideTarget, series, line = 'external', filled }: ShowOptions): ShownSeries {
  const { profiles } = model;
  const blind = hideTarget && editable && series === 'self';
  const target = profiles.target !== undefined && !hideTarget;
  const actual = profiles.actual !== undefined || editable;
  const external = line === 'self' ? rated(profiles.self) : profiles.external !== undefined && !blind;
  const names = { actual: filled ?? (editable && series === 'external' ? 'external' : 'actual'), external: line } as const;
  return { target, actual, external, gap: target && actual, markers: external, names };
}

/**
 * The level of the filled sectors, `undefined` where the edited assessment (external, or the
 * provider person's own) has none yet: like the line, which is drawn on the rated competencies
 * only, it is told as not rated, with no gap (the actual profile counts a missing level as 0).
 */
export function filledLevel(entry: GapEntry, { profiles }: WheelModel, shown: ShownSeries): Level | undefined {
  return shown.names.actual === 'actual' || profiles.actual?.[entry.competencyId] !== undefined ? entry.actual : undefined;
}

/** The level on the line (the external or the self rating), `undefined` where that rating has none. */
export function lineLevel(entry: GapEntry, shown: ShownSeries): Level | undefined {
  return entry[shown.names.external];
}

/** Whether the entry's gap is told: both series shown, and the filled one rated. */
export function gapShown(entry: GapEntry, model: WheelModel, shown: ShownSeries): boolean {
  return shown.gap && filledLevel(entry, model, shown) !== undefined;
}

/** What the wheel says about one competency (names already in the element's language). */
export interface SpokeFacts {
  label: string;
  category: string;
  /** Level names, or undefined when the series is not shown (or, but for the actual profile, not rated). */
  target?: string;
  actual?: string;
  external?: string;
  self?: string;
}

/** `withoutFilled`: leaves out the filled series (a slider tells its level as its value). */
export function spokeFacts(entry: GapEntry, model: WheelModel, shown: ShownSeries, lang: Lang, withoutFilled = false): SpokeFacts {
  const competency = model.catalogue.competencies.find((item) => item.id === entry.competencyId);
  const category = model.catalogue.categories.find((item) => item.id === entry.categoryId);
  const filled = withoutFilled ? undefined : filledLevel(entry, model, shown);
  const line = lineLevel(entry, shown);
  return {
    label: competency?.label[lang] ?? entry.competencyId,
    category: category?.label[lang] ?? entry.categoryId,
    ...(shown.target ? { target: spokenLevel(entry.target, lang) } : {}),
    ...(shown.actual && filled !== undefined ? { [shown.names.actual]: spokenLevel(filled, lang) } : {}),
    ...(shown.external && line !== undefined ? { [shown.names.external]: spokenLevel(line, lang) } : {}),
  };
}

export interface WheelSummary {
  competencies: number;
  categories: number;
  showsTarget: boolean;
  showsActual: boolean;
  showsExternal: boolean;
  /** What the filled series and the line stand for (`ShownSeries.names`). */
  names: ShownSeries['names'];
  /** Only meaningful when target and actual are shown. */
  toBuild: number;
  /** Met where the target asks for something. */
  met: number;
  above: number;
  /** Neither asked for by the target nor there (both 0). */
  unrequired: number;
  blindSpots: number;
  hiddenStrengths: number;
  /** The role whose target is shown, if any. */
  role?: string;
}

/** The figures of the wheel's description; what is not shown counts 0, and so does a gap not told (`gapShown`). */
export function wheelSummary(model: WheelModel, shown: ShownSeries, role: string | undefined): WheelSummary {
  const { summary } = model.analysis;
  const told = model.analysis.entries.filter((entry) => gapShown(entry, model, shown));
  const count = (test: (entry: GapEntry) => boolean) => told.filter(test).length;
  return {
    competencies: model.catalogue.competencies.length,
    categories: model.catalogue.categories.length,
    showsTarget: shown.target,
    showsActual: shown.actual,
    showsExternal: shown.external,
    names: shown.names,
    toBuild: count((entry) => entry.status === 'to-build'),
    met: count((entry) => entry.status === 'met' && !isUnrequired(entry)),
    above: count((entry) => entry.status === 'above'),
    unrequired: count(isUnrequired),
    blindSpots: shown.markers ? summary.blindSpots : 0,
    hiddenStrengths: shown.markers ? summary.hiddenStrengths : 0,
    ...(role === undefined ? {} : { role }),
  };
}
