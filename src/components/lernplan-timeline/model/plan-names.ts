import { categoryOf, competencyById } from '../../../domain/catalogue.js';
import { formatById } from '../../../domain/formats.js';
import type { Catalogue, Format, Goal, Lang, PlanItem, SettingKind } from '../../../domain/types.js';
import { formatterFor, type Formatter, type MonthStyle } from '../../../internal/format.js';
import { categorySlot } from '../../../internal/palette.js';
import { levelLabel } from '../../../internal/strings.js';
import type { TimelineStrings } from '../strings/index.js';

/** Dates, months and numbers already written, per language and style, shared by every time line of the page: a plan's items share many. */
const written = new Map<string, Map<string, string>>();

function writtenIn(key: string): Map<string, string> {
  let texts = written.get(key);
  if (!texts || texts.size > 5000) written.set(key, (texts = new Map()));
  return texts;
}

/** Names of the things a plan refers to, and its dates and numbers, in the element's language. */
export class PlanNames {
  private readonly categoryPositions: Map<string, number>;
  private readonly fmt: Formatter;
  private readonly dates: Map<string, string>;
  private readonly numbers: Map<string, string>;
  private readonly settings = new Map<string, SettingKind>();

  constructor(
    readonly catalogue: Catalogue,
    readonly formats: readonly Format[],
    readonly lang: Lang,
    readonly s: TimelineStrings,
  ) {
    this.categoryPositions = new Map(catalogue.categories.map((category, i) => [category.id, i]));
    this.fmt = formatterFor(lang);
    this.dates = writtenIn(`${lang}|date`);
    this.numbers = writtenIn(`${lang}|number`);
  }

  format(formatId: string): string {
    return formatById(this.formats, formatId)?.label[this.lang] ?? formatId;
  }

  setting(item: PlanItem): SettingKind {
    // A practice phase is, by definition, applying at work what was learned.
    if (item.kind === 'practice') return 'on-the-job';
    let setting = this.settings.get(item.formatId);
    if (setting === undefined) {
      setting = formatById(this.formats, item.formatId)?.setting ?? 'both';
      this.settings.set(item.formatId, setting);
    }
    return setting;
  }

  /** The item's own title, else its format (a practice phase says so). */
  item(item: PlanItem): string {
    if (item.title) return item.title;
    const format = this.format(item.formatId);
    return item.kind === 'practice' ? this.s.practiceOf(format) : format;
  }

  competency(id: string): string {
    return competencyById(this.catalogue, id)?.label[this.lang] ?? id;
  }

  competencies(ids: readonly string[]): string {
    return ids.map((id) => this.competency(id)).join(', ');
  }

  /** The colour class of an item: the category of its first competency. */
  categoryClass(item: PlanItem): string {
    const first = item.competencyIds[0];
    const category = first === undefined ? undefined : categoryOf(this.catalogue, first);
    if (!category) return 'cat-none';
    return `cat-${categorySlot(category.id, this.categoryPositions.get(category.id) ?? 0)}`;
  }

  goal(goal: Goal): string {
    const what = goal.competencyIds.length > 0 ? this.competencies(goal.competencyIds) : goal.id;
    return `${what}: ${levelLabel(goal.targetLevel, this.lang)} (${this.date(goal.due)})`;
  }

  /** 01.09.2025 / 1 Sept 2025. */
  date(iso: string): string {
    let text = this.dates.get(iso);
    if (text === undefined) {
      text = this.fmt.date(iso, 'medium');
      this.dates.set(iso, text);
    }
    return text;
  }

  /** A month (`2025-09`): `long` September 2025, `medium` Sept. 2025, `short` Sept., `narrow` S. */
  month(month: string, style: MonthStyle): string {
    const months = writtenIn(`${this.lang}|${style}`);
    let text = months.get(month);
    if (text === undefined) {
      text = this.fmt.month(month, style);
      months.set(month, text);
    }
    return text;
  }

  number(value: number): string {
    const key = Object.is(value, -0) ? '-0' : String(value);
    let text = this.numbers.get(key);
    if (text === undefined) {
      text = this.fmt.number(value);
      this.numbers.set(key, text);
    }
    return text;
  }
}
