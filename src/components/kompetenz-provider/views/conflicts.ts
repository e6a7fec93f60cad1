import { html, nothing, type TemplateResult } from 'lit';
import { shortValue } from '../../../domain/errors.js';
import { sameJson } from '../../../domain/merge-records.js';
import { leanCatalogueOf } from '../../../domain/portfolio.js';
import { isLevel } from '../../../domain/scale.js';
import type { Lang, Portfolio } from '../../../domain/types.js';
import { formatterFor } from '../../../internal/format.js';
import { spokenLevel } from '../../../internal/strings.js';
import type { ConflictChoice, ProviderConflict } from '../model/conflict.js';
import { valueAt } from '../model/conflict-place.js';
import type { ConflictStrings } from '../strings/index.js';

const CHOICES: readonly ConflictChoice[] = ['mine', 'theirs'];

/** A value of a conflict as a short text: a level by its name, else quoted, cut, or "removed". */
function shown(conflict: ProviderConflict, value: unknown, words: ConflictStrings, lang: Lang): string {
  if (value === undefined) return words.absent;
  if (conflict.field === 'levels' && isLevel(value)) return `${spokenLevel(value, lang)} (${value})`;
  const short = shortValue(value);
  return typeof short === 'string' ? words.quote(short) : String(short);
}

/** What a conflict is about, in words: the record (and whose it is), then the field. */
function placeOf(conflict: ProviderConflict, portfolio: Portfolio, words: ConflictStrings, lang: Lang): string {
  // The record as the portfolio holds it, else (a record in conflict as a whole) as either side had it.
  const whole = conflict.entity === 'document' ? undefined : valueAt(portfolio, { ...conflict, field: undefined, key: undefined });
  const record = (whole ?? (conflict.field === undefined ? (conflict.mine ?? conflict.theirs) : undefined)) as Record<string, unknown> | undefined;
  const personId = conflict.entity === 'person' ? conflict.id : record?.personId;
  const name = portfolio.people.find((person) => person.id === personId)?.name ?? String(personId ?? conflict.id);
  let place: string;
  if (conflict.entity === 'document') place = conflict.field === 'roles' ? words.roles : words.catalogue;
  else if (conflict.entity === 'person') place = words.person(name);
  else if (conflict.entity === 'assessment') place = words.assessment(name, formatterFor(lang).date(String(record?.date ?? '')), record?.rater === 'external');
  else place = conflict.entity === 'goal' ? words.goal(name) : words.plan(name);
  if (conflict.entity === 'document' || conflict.field === undefined) return place;
  if (conflict.field === 'levels' && conflict.key !== undefined) {
    const competency = leanCatalogueOf(portfolio).competencies.find((one) => one.id === conflict.key);
    return `${place}, ${words.level(competency?.label[lang] ?? conflict.key)}`;
  }
  return `${place}, ${words.field(conflict.field, conflict.key)}`;
}

/**
 * The open conflicts, each with a button per side that names its value; the one the portfolio
 * holds now is marked. `choose(index, choice)` is called on a click.
 */
export function conflictsView(
  conflicts: readonly ProviderConflict[],
  portfolio: Portfolio,
  words: ConflictStrings,
  lang: Lang,
  choose: (index: number, choice: ConflictChoice) => void,
): TemplateResult | typeof nothing {
  if (conflicts.length === 0) return nothing;
  const sources = [...new Set(conflicts.map((conflict) => conflict.source))];
  return html`<section part="conflicts" aria-label=${words.label}>
    ${sources.map((source) => html`<p>${words.intro[source]}</p>`)}
    <ul>
      ${conflicts.map((conflict, index) => {
        const place = placeOf(conflict, portfolio, words, lang);
        const now = valueAt(portfolio, conflict);
        return html`<li>
          <p id=${`kr-conflict-${index}`}>${place}</p>
          <div role="group" aria-labelledby=${`kr-conflict-${index}`}>
            ${CHOICES.map(
              (choice) =>
                html`<button type="button" part="conflict-choice" data-choice=${choice} @click=${() => choose(index, choice)}>
                  ${words.choice(words.side[conflict.source][choice], shown(conflict, conflict[choice], words, lang), sameJson(now, conflict[choice]))}
                </button>`,
            )}
          </div>
        </li>`;
      })}
    </ul>
  </section>`;
}

/** The id of the note that takes focus when the last conflict in the list is settled. */
export const SETTLED_ID = 'kr-conflicts-settled';

/**
 * Where the list was, once its last conflict is settled there: a note that says so. It takes focus
 * (`tabindex="-1"`), so that focus is not lost with the last button; `leave` is called when focus
 * moves on, and the note goes away.
 */
export function conflictsSettledView(words: ConflictStrings, leave: () => void): TemplateResult {
  return html`<p part="conflicts-settled" id=${SETTLED_ID} tabindex="-1" @focusout=${leave}>${words.allResolved}</p>`;
}
