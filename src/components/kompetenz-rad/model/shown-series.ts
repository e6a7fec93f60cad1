import type { GapEntry } from '../../../domain/gaps.js';
import type { Lang } from '../../../domain/types.js';
import type { EditSeries } from '../../../internal/events.js';
import { spokenLevel } from '../../../internal/strings.js';
import type { WheelModel } from './wheel-model.js';

/** Which of the series, and of what is derived from them, are drawn and told. */
export interface ShownSeries {
  target: boolean;
  actual: boolean;
  external: boolean;
  /** target − actual: only with both. */
  gap: boolean;
  /** Blind spots and hidden strengths (self against external). */
  markers: boolean;
}

export interface ShowOptions {
  editable: boolean;
  hideTarget: boolean;
  series: EditSeries;
}

/**
 * `hide-target` hides the target and the gap. While the person rates themselves with it
 * (`editable`, edits of the self rating) the assessment is blind: the external rating is hidden
 * too, and with it the markers that compare the two ratings.
 */
export function shownSeries(model: WheelModel, { editable, hideTarget, series }: ShowOptions): ShownSeries {
  const { profiles } = model;
  const blind = hideTarget && editable && series === 'self';
  const target = profiles.target !== undefined && !hideTarget;
  const actual = profiles.actual !== undefined || editable;
  const external = profiles.external !== undefined && !blind;
  return { target, actual, external, gap: target && actual, markers: external };
}

/** What the wheel says about one competency (names already in the element's language). */
export interface SpokeFacts {
  label: string;
  category: string;
  /** Level names, or undefined when the series is not shown. */
  target?: string;
  actual?: string;
  external?: string;
}

export function spokeFacts(entry: GapEntry, model: WheelModel, shown: ShownSeries, lang: Lang): SpokeFacts {
  const competency = model.catalogue.competencies.find((item) => item.id === entry.competencyId);
  const category = model.catalogue.categories.find((item) => item.id === entry.categoryId);
  return {
    label: competency?.label[lang] ?? entry.competencyId,
    category: category?.label[lang] ?? entry.categoryId,
    ...(shown.target ? { target: spokenLevel(entry.target, lang) } : {}),
    ...(shown.actual ? { actual: spokenLevel(entry.actual, lang) } : {}),
    ...(shown.external && entry.external !== undefined ? { external: spokenLevel(entry.external, lang) } : {}),
  };
}

export interface WheelSummary {
  competencies: number;
  categories: number;
  showsTarget: boolean;
  showsActual: boolean;
  showsExternal: boolean;
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

/** The figures of the wheel's description; what is not shown counts 0. */
export function wheelSummary(model: WheelModel, shown: ShownSeries, role: string | undefined): WheelSummary {
  const { summary } = model.analysis;
  return {
    competencies: model.catalogue.competencies.length,
    categories: model.catalogue.categories.length,
    showsTarget: shown.target,
    showsActual: shown.actual,
    showsExternal: shown.external,
    toBuild: shown.gap ? summary.toBuild : 0,
    met: shown.gap ? summary.met - summary.unrequired : 0,
    above: shown.gap ? summary.above : 0,
    unrequired: shown.gap ? summary.unrequired : 0,
    blindSpots: shown.markers ? summary.blindSpots : 0,
    hiddenStrengths: shown.markers ? summary.hiddenStrengths : 0,
    ...(role === undefined ? {} : { role }),
  };
}
