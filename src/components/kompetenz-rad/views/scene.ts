import { isUnrequired, type GapEntry } from '../../../domain/gaps.js';
import type { Catalogue, Lang, Level } from '../../../domain/types.js';
import type { CatalogueDescriptions } from '../../../internal/descriptions.js';
import { categorySlot } from '../../../internal/palette.js';
import type { StaticCopies } from '../../../internal/static-copies.js';
import { levelLabel } from '../../../internal/strings.js';
import type { WheelLayout } from '../model/geometry.js';
import { filledLevel, gapShown, lineLevel, type RatingName, type ShownSeries } from '../model/shown-series.js';
import type { WheelModel } from '../model/wheel-model.js';
import type { WheelStrings } from '../strings/index.js';

/** What the wheel's frame (spokes, rings, category bands, labels, legend) is drawn from, for a person and for a group. */
export interface WheelFrame {
  catalogue: Catalogue;
  layout: WheelLayout;
  lang: Lang;
  strings: WheelStrings;
  /** The built-in catalogue's descriptions a provider hands over (`competencyDescription`). */
  descriptions?: CatalogueDescriptions;
  /** The element's copies of static parts (the names behind numbered spokes). */
  copies: StaticCopies;
}

/** What every view of a person's wheel draws from. */
export interface WheelScene extends WheelFrame {
  model: WheelModel;
  shown: ShownSeries;
  /** The id of the gap's hatch pattern (unique per element). */
  hatchId: string;
}

/** The class that colours a category (`cat-digital` …). */
export function categoryClass(catalogue: Catalogue, categoryId: string): string {
  const position = catalogue.categories.findIndex((category) => category.id === categoryId);
  return `cat-${categorySlot(categoryId, Math.max(0, position))}`;
}

/** A level as the table and the detail box write it: "Könner (2)", "— (0)", or "not rated". */
export function levelText({ strings: s, lang }: WheelFrame, level: Level | undefined): string {
  return level === undefined ? s.notRated : s.levelWithNumber(levelLabel(level, lang), level);
}

/** A rating the scene shows: its name and, per competency, its level (`undefined`: not rated). */
export interface ShownRating {
  name: RatingName;
  level(entry: GapEntry): Level | undefined;
}

/** The ratings shown, as the table and the detail box list them: the filled series, then the line. */
export function shownRatings({ model, shown }: WheelScene): ShownRating[] {
  const ratings: ShownRating[] = [];
  if (shown.actual) ratings.push({ name: shown.names.actual, level: (entry) => filledLevel(entry, model, shown) });
  if (shown.external) ratings.push({ name: shown.names.external, level: (entry) => lineLevel(entry, shown) });
  return ratings;
}

/** The names of the gap (legend, table column) and of `unrequired`: against the actual profile, or against the assessment being edited (external, or the person's own). */
export function gapNames({ strings: s, shown }: WheelScene): { gap: string; gapColumn: string; unrequired: string } {
  const filled = shown.names.actual;
  return filled === 'actual' ? { gap: s.series.gap, gapColumn: s.columns.gap, unrequired: s.unrequired } : s.edited[filled];
}

/** A gap as the table and the detail box write it: "2 Stufen zu entwickeln", like the description "ohne Soll und Ist", or "nicht eingeschätzt" (`gapShown`). */
export function gapText(scene: WheelScene, entry: GapEntry): string {
  if (!gapShown(entry, scene.model, scene.shown)) return scene.strings.notRated;
  return isUnrequired(entry) ? gapNames(scene).unrequired : scene.strings.gapText(entry.gap);
}

/** True when the shown series have a blind spot or hidden strength to tell. */
export function hasMarkers({ model, shown }: WheelScene): boolean {
  return shown.markers && model.analysis.summary.blindSpots + model.analysis.summary.hiddenStrengths > 0;
}
