// Every element's `kr-error` message is an English note for developers (source or path, code and
// values), whatever the page's language; the visible notice stays in the page's language.
import { expect, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/define/kompetenz-rad.js';
import '../../../src/define/gap-matrix.js';
import '../../../src/define/smart-goal-form.js';
import '../../../src/define/lernplan-timeline.js';
import { DEFAULT_FORMATS } from '../../../src/domain/formats.js';
import type { KrErrorDetail } from '../../../src/internal/events.js';
import { GOAL, PERSON, PERSON_GOALS, PLAN, settle, TODAY } from './fixtures.js';

type Host = HTMLElement & { updateComplete: Promise<unknown> };

/** The element in `template` on a German page, with every `kr-error` it fires once its texts are loaded. */
async function onGermanPage(template: TemplateResult): Promise<{ el: Host; errors: KrErrorDetail[] }> {
  const errors: KrErrorDetail[] = [];
  const box = fixtureSync<HTMLDivElement>(html`<div lang="de" @kr-error=${(e: CustomEvent<KrErrorDetail>) => errors.push(e.detail)}>${template}</div>`);
  const el = box.firstElementChild as Host;
  for (let round = 0; round < 4; round++) {
    await el.updateComplete;
    await settle();
  }
  return { el, errors };
}

const notice = (el: Host) => Array.from(el.shadowRoot!.querySelectorAll("[part='notice'] li")).map((li) => li.textContent!.trim());

/** What the German messages of before had in them: umlauts, German quotation marks, and words of the domain's German sentences. */
const GERMAN = /[äöüÄÖÜß„“]|\b(Stufe|Erwartet|angegeben|Eintrag|Lernformat|unbekannt|Kompetenz|Ziel|Eintr[aä]ge|weitere|ungültig)\b/;

function expectEnglishNotes(errors: readonly KrErrorDetail[], codes: readonly string[]): void {
  expect(errors.map((error) => error.code)).to.include.members(codes);
  for (const { code, source, message } of errors) {
    expect(message, `${code} of ${source}`).to.match(/^[\x20-\x7e]+$/);
    expect(message, `${code} of ${source}`).to.not.match(GERMAN);
  }
}

/** The notice is German: its heading and each line of a known problem. */
function expectGermanNotice(el: Host, lines: readonly RegExp[]): void {
  expect(el.shadowRoot!.querySelector("[part='notice'] span")!.textContent).to.match(/Angaben? konnten? nicht verwendet werden/);
  const shown = notice(el);
  for (const line of lines) expect(shown.some((text) => line.test(text)), `${String(line)} in ${JSON.stringify(shown)}`).to.equal(true);
}

describe('kr-error messages are English notes for developers on a German page', () => {
  it('kompetenz-rad: a bad catalogue, profile and role', async () => {
    const { el, errors } = await onGermanPage(
      html`<kompetenz-rad catalogue='{"categories":[]}' actual='{"zauberei":2,"daten":7}' target-role="astronaut"></kompetenz-rad>`,
    );
    expectEnglishNotes(errors, ['invalid-catalogue', 'unknown-competency', 'level', 'unknown-role']);
    expectGermanNotice(el, [/^Der Katalog in „catalogue“ ist ungültig/, /^Unbekannte Kompetenz „zauberei“ in „actual“/, /^Unbekannte Rolle „astronaut“/]);
  });

  it('gap-matrix: a bad catalogue and profiles', async () => {
    const { el, errors } = await onGermanPage(html`<gap-matrix catalogue='{"categories":[]}' target='{"daten":9}' actual='{"zauberei":1}'></gap-matrix>`);
    expectEnglishNotes(errors, ['invalid-catalogue', 'level', 'unknown-competency']);
    expectGermanNotice(el, [/^Der Katalog in „catalogue“ ist ungültig/, /^Keine Stufe „daten: 9“ in „target“/]);
  });

  it('smart-goal-form: bad profiles and a goal with an unknown competency', async () => {
    const goal = { ...GOAL, competencyIds: [...GOAL.competencyIds, 'zauberei'] };
    const { el, errors } = await onGermanPage(
      html`<smart-goal-form person-id=${PERSON.id} today=${TODAY} current='{"daten":7}' target='{"zauberei":2}' .goal=${goal}></smart-goal-form>`,
    );
    expectEnglishNotes(errors, ['level', 'unknown-competency']);
    const level = errors.find((error) => error.code === 'level')!;
    expect(level.message).to.equal('current: level at current.daten (got 7)');
    const inGoal = errors.find((error) => error.source === 'goal')!;
    expect(inGoal.message).to.match(/^goal: unknown-competency at goal\.competencyIds\[\d+\] \(id "zauberei"/);
    expectGermanNotice(el, [/^Keine Stufe „daten: 7“ in „current“/, /^Unbekannte Kompetenz „zauberei“ in „target“/]);
  });

  it('lernplan-timeline: bad formats and a plan with an unknown format', async () => {
    const plan = { ...PLAN, items: PLAN.items.map((item, index) => (index === 0 ? { ...item, formatId: 'yoga' } : item)) };
    const { el, errors } = await onGermanPage(
      html`<lernplan-timeline today=${TODAY} .formats=${[{ id: 'kurs' }, { id: 'buch' }]} .plan=${plan} .goals=${PERSON_GOALS} .person=${PERSON}></lernplan-timeline>`,
    );
    expectEnglishNotes(errors, ['unknown-format']);
    const formats = errors.find((error) => error.source === 'formats')!;
    expect(formats.message, 'the first issue by its path, and how many more').to.match(/^formats: \$\[0\]\.label: type \(expected "object"\); and \d+ more$/);
    const format = errors.find((error) => error.code === 'unknown-format' && error.source === 'plan')!;
    expect(format.message).to.equal(`plan: unknown-format at $.items[0].formatId (id "yoga", known ${JSON.stringify(DEFAULT_FORMATS.map((entry) => entry.id))})`);
    expectGermanNotice(el, [/^„formats“: /, /^„plan“: Eintrag 1, Lernformat: Das Lernformat „yoga“ ist unbekannt/]);
  });
});
