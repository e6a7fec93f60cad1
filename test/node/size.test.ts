import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue.ts';
import { ROLE_SOURCE_NOTE_DE } from '../../src/domain/messages/role-source-note.de.ts';
import { ROLE_SOURCE_NOTE_EN } from '../../src/domain/messages/role-source-note.en.ts';
import { DEFAULT_ROLES } from '../../src/domain/roles.ts';
// @ts-expect-error: a plain script of the build, without type declarations
import { listFiles } from '../../scripts/list-files.mjs';
// @ts-expect-error: a plain script of the build, without type declarations
import { ALL_IN_ONE, CDN, LOADER, measureSizes, pageFiles, readManifest } from '../../scripts/size.mjs';

// `npm test` builds dist/ first. The figures are printed by `npm run size` as well.

interface Size {
  id: string;
  label: string;
  budgetKb: number;
  gzipKb: number;
  missing?: boolean;
}

interface Manifest {
  folder: string;
  tags: Record<string, { chunks: string[]; de: string[]; en: string[] }>;
}

const sizes: Size[] = measureSizes();
const manifest: Manifest = readManifest();
const read = (files: string[]): string => files.map((file) => readFileSync(file, 'utf8')).join('\n');
const wheelPage = read(pageFiles(['kompetenz-rad'], 'de'));

/**
 * The budgets of issue 15. Those not met yet run as `todo` (reported on every run with the figure
 * measured now, not counted as failures; they pass on their own once a page fits), with where the
 * rest has to come from.
 */
const NOT_MET_YET: Record<string, string> = {
  'wheel-page':
    'a wheel-only bundle is ~35.4 KB + 1.1 texts + 1.0 loader; chunking adds ~2.8 KB (code of shared modules other elements call: internal/define-element, roving focus, validate, role checks, dates) and the rest has to come from the wheel code itself',
  'all-page':
    'the per-file gzip of ~32 files (~7 KB against one file); the rest is the code of the five elements',
  'all-in-one': 'every element and both languages in one file',
};

for (const size of sizes) {
  const todo = NOT_MET_YET[size.id] && `measured ${size.gzipKb.toFixed(1)} KB: ${NOT_MET_YET[size.id]}`;
  test(`${size.label} is at most ${size.budgetKb} KB gzip`, todo ? { todo } : {}, () => {
    assert.ok(!size.missing, `${size.label}: not built`);
    assert.ok(size.gzipKb <= size.budgetKb, `${size.gzipKb.toFixed(2)} KB gzip, budget ${size.budgetKb} KB`);
  });
}

/**
 * What the pages weigh now, plus a little room: a change that adds more has to say why. Raised
 * by ~3 KB (wheel) and ~5 KB (all) for the shared legend, the tooltip placed beside its spoke,
 * the matrix's label tooltips (issue 16, items 8 and 9) and the attribute converters that report
 * every bad value (issue 17, item 13), and the time line's fixed bar templates (issue 18, item 4).
 * The one-file build raised by 1 KB: the team analysis on matrices (a4e17ca, +0.8) and the shared
 * legend's code loaded on first use (+0.3 there, −0.6 on a wheel page). The wheel page lowered by
 * 1 KB: the checks of people and assessments, the refresh dates and the label phrases in modules
 * of their own, and a second terser pass (−0.7). All five and the one-file build raised by 0.5 KB:
 * the default roles' source note as a text module per language (+0.35 on the all-five page), the
 * matrix's ratings read in slices through `ratingsReader` and its distribution row on typed rows.
 * All five lowered by 2 KB: the validation texts, synergy reasons and file labels in the page's
 * language only (issue 15, item 2). The one-file build raised by 0.5 KB: numbers and shares
 * written without Intl (`plainNumber`, +0.35), whose first use in a new page costs 35–70 ms, and
 * the matrix's note while the provider loads. All five lowered by 5 KB and the one-file build by
 * 3 KB: the elements and the provider use the built-in data without descriptions, tasks and source
 * note (`DEFAULT_CATALOGUE_LEAN`, `DEFAULT_ROLES_LEAN`, `DEFAULT_FORMATS_LEAN`), and a provider page
 * loads the catalogue's descriptions in its language only (issue 15, item 2). All five and the
 * one-file build raised by 0.2 KB (issue 18, item 2): a large `src` read by its worker as bytes,
 * started when the response announces a large document, and the matrix building a large team
 * in a task of its own and measuring its cells after layout. Then all five by 0.2 KB and the
 * one-file build by 2 KB: a large `src` read on the page in slices where it has at most two
 * cores or may start no worker (`read-in-slices.ts`: a chunk of its own that a page loads only
 * then, but inside the one file). Then both by 0.4 KB: an assessment's fields as one table of
 * rules that a valid record passes in one pass (`RecordRules`, the matrix's analysis 20 % faster).
 * Then both by 0.1 KB: the matrix keeps the levels it reads while checking an assessment and
 * analyses from them (`assessmentFits`, `RatingsReader.readKept`), reading each levels object once.
 * Then all five by 0.6 KB and the one-file build by 0.7 KB: the people of a large `src` offered
 * while the rest is read (`ArrivingPeople`, the context's `arriving`), the team matrix drawing them
 * pending, and the provider starting its load at insertion. Then the one-file build by 0.1 KB: a
 * person picked among those early people is selected once the document is read. Then all five by
 * 0.25 KB and the one-file build by 0.35 KB: `src` read while the storage is asked (`EarlySource`),
 * a small one only once used, and every reading ended when its document is no longer wanted.
 * Then each by 0.25 KB: the names behind a narrow wheel's numbered spokes and the spokes' labels
 * are built as DOM once per catalogue and language (per layout) and copied into each wheel
 * (`numberedNames`, `spokeLabels`, `StaticCopies`), not drawn as 25 template instances each per
 * wheel (750 → 518 nodes per wheel at 400 px, the data table not counted); then each by 0.15 KB:
 * a copy takes a new original's attributes and texts where their elements are the same (a resize
 * moves the labels instead of drawing new ones); then each by 0.05 KB: the rings and bands and the
 * list of categories are copied too (492 nodes per wheel at 400 px). Then the page of all five by
 * 0.15 KB and the one-file build by 0.2 KB: dates, months and lists are written without Intl
 * (`plainDate`), whose first use in a new page costs 45–55 ms (the time line and a person's
 * matrix wrote dates in their first render). Then both by 0.15 KB: a person's matrix writes its cells
 * out in its row templates (a template per row instead of one per cell and figure: 2,006 nodes
 * instead of 2,742), and its first render in a fresh page went from ~58 to ~46 ms. Then the page of
 * all five by 0.45 KB and the one-file build by 0.3 KB: a person's matrix draws first the rows its
 * scroll region can show (reading the region's and the rows' heights the page may set), with the
 * time line's `FirstScreen`, which now both share in a chunk of its own (1,176 nodes in the first
 * render instead of 2,006). Then the page of all five by 0.25 KB and the one-file build by 0.2 KB: the time line looks character
 * widths up by code in a typed array per font (the measuring's own time 1.67 → 0.59 ms, profiled).
 * Then the page of all five by 0.4 KB and the one-file build by 0.4 KB: the time line builds its
 * bars as DOM kept by key (`barLayer`) instead of two template instances per bar (its cold first
 * render ~2–3 ms faster, paired A/B), and both by 0.1 KB more for the review's fixes
 * (a label's room for the "!" as an input, a key drawn once, focus by the root's active element).
 * Then the page of all five by 0.2 KB and the one-file build by 0.3 KB: the matrix's synergy cards
 * (their tab stop and marking) moved out of the element class into a controller of their own.
 * Then the page of all five by 0.25 KB and the one-file build by 0.15 KB: the plan checks find
 * overlapping items by a sweep and spread an item's hours by counting days (`monthSpans`), not by
 * comparing every pair and a `Date` per month (a check of 200 items 2.7 → 1.1 ms). Then both by
 * 0.05 KB: the time line's first screen counts from the element's own top, so an element lower on
 * the page draws less at first (below the fold ~10 ms faster cold, paired A/B). Then the page of
 * all five by 0.9 KB and the one-file build by 0.8 KB, from a new user's trial: the provider
 * shows what it could not use (`src`, `storage`, `today`, `person`, a refused portfolio) in a
 * notice in both languages and lists it in `problems`; it takes over a time limit set before it
 * was defined, and its first update (the first load) no longer waits for its texts (a page's
 * `storage="none"` set before definition used to be ignored by the first load); an organisation
 * matrix withholds the small groups of an aggregate made elsewhere (`withholdSmallGroups`); then
 * 0.1 KB more: counting the issues a cut list left out in notices, and a provider that keeps the
 * portfolio shown when the page moves it to another place (`storage="local"` after consent).
 * Then every page by 0.35 KB: the notice says what a date, a choice or a number must be (format,
 * allowed values, bounds) in both languages, not only that the value was invalid. Then the page
 * of all five and the one-file build by 0.15 KB: a withheld role named by its label, an
 * organisation matrix without data saying what it needs, a time line saying a plan it cannot use
 * cannot be shown, and analyzePersonGaps checking its input in one go; and the one-file build by
 * 0.1 KB for the provider's storage choice, early values and notice in modules of their own (its
 * class had grown past 400 lines). Then every page by 0.05–0.1 KB: the wheel's description counts
 * what no target asks for and nobody has apart, in both languages (it said "23 erreicht" for a
 * two-row table). Then the page of all five and the one-file build by 0.45 KB, from a second
 * new users' trial: an erased person stays erased in merges (`erasedPeople`), a merged file or a
 * moved portfolio merges one day's assessment level by level and names levels in its conflicts,
 * and the provider says when a moved portfolio met data at its new place, in both languages.
 * Then both by 0.25 KB: aggregateTeam's person index as a table of its own (a Map of 10,000 ids
 * took longer to fill than all its lookups) and its levels read all at once (30–35 % faster).
 * Then every page by 0.05–0.1 KB: the wheel says level 0 in words to screen readers, and the
 * organisation matrix takes filter-department. Then the wheel page by 0.1 KB: its label planning
 * precomputed per piece (about 3 ms less for the first wheel on a page). Then the page of all
 * five and the one-file build by 0.7 KB: the provider shows storage failures in its notice with
 * words of their own (blocked, full, server and local copy failed), and mergePortfolios merges
 * one day's assessment level by level itself. Then every page by 0.45–1.3 KB: each colour's light
 * and dark value held once and chosen with light-dark(), so that `color-scheme: light` on an
 * element keeps it light in a dark OS (older browsers follow prefers-color-scheme as before).
 * Then the one-file build by 0.01 KB: storage settings that cannot work are not retried by themselves.
 * Then the page of all five and the one-file build by 0.3 KB: the matrix's cells have spoken names
 * (each value in words, in both languages), and the summary of everyone is made in a task of its own.
 * Then both by 0.2 KB: the provider's notice shows a merge that failed, in words of its own after a move.
 * Then the wheel page by 0.1 KB: the sector tint follows the element's colour scheme (light-dark()
 * of two colour mixes, since an opacity cannot be picked by it).
 * Then the wheel page by 0.35 KB and the others by 0.5–0.7 KB: what users of a first trial found
 * (a CMS table read by its header words, a row twice and an unreadable heading reported in words;
 * widgets that forget a provider they were taken out of; the matrix checks a given aggregate as
 * the wheel does; a bad minimum group size or storage value fails closed).
 * Then every page by 0.4–0.5 KB: inputs as frameworks set them (an object written as an attribute,
 * an attribute of a property-only input, a switch property set to a text) reported in words.
 * Then the page of all five and the one-file build by 0.4–0.6 KB: a `src` that cannot be loaded
 * says why in words (no such address, no permission, a server error, no connection), and a web
 * page sent instead of a portfolio is named as such. The loader lost 0.03 KB: it adds each tag's
 * own chunk and texts itself. Then every page by 0.1–0.2 KB: an unknown role names the roles there
 * are, JSON written with the wrong quotes says which quotes it needs, and a refused portfolio
 * replaces the refusal of the one set before. Then every page by 0.2–0.4 KB: the review of that
 * work (table headings by place when they name nothing, categories left out, the given
 * aggregate's summaries checked, switch checks for subclasses, one rule for a minimum group size).
 * Then the page of all five and the one-file build by 0.1 KB: a team without anyone says where people
 * come from, and the time line's summary counts practice phases apart. Then every page by 0.1 KB:
 * an attribute the matrix's mode does not read is reported (its words are shared by all elements).
 * Then the page of all five and the one-file build by 0.2 KB: recommendFormats checks its options,
 * setAssessmentLevel names unknown fields.
 * Then every page by 1.0–1.3 KB: a `role` attribute where `target-role` was meant is reported
 * (the list of ARIA roles it is checked against, ~0.45 KB, and its words), the wheel reports an
 * attribute that overrules a column of its table and names a competency without target and
 * level as the description does, and calendar files are private unless asked otherwise.
 * Then the page of all five and the one-file build by 0.4 KB: aggregates withhold the change
 * figures of a group where too few people of a block moved (the group code of the wheel and matrix).
 * Then the wheel page by 0.5 KB and the others by 1.4–1.8 KB: what a line manager and an HR
 * officer found (the wheel names the external rating she edits and the self-assessment beside
 * it; the time line asks before a new draft replaces or hides a plan; import and export refuse
 * unknown options; a mover rule per competency).
 * Then the page of all five and the one-file build by 0.6–0.8 KB, the wheel page by 0.05 KB
 * (shared chunks): two plan checks (a goal given fewer hours than it asks for, a final review
 * before a goal is due), goals named in calendar files, the withheld row of the organisation
 * CSV, focus after undo and the download's status.
 * Then the page of all five and the one-file build by 0.6–0.7 KB: the goal form says which
 * competencies it does not suggest because an open goal covers them (three texts in each
 * language), and a draft gives a goal its hours and holds the final review once it is due.
 * Then the wheel page by 0.3 KB and the others by 2.1–2.3 KB: what an accessibility audit found
 * (the wheel's details stay while the pointer moves to them and its sectors keep their edges in
 * forced colours; the time line applies a plan status by a button and asks before cancelling,
 * and keeps focus after removing, undoing and on its undo button; the team matrix announces its
 * filtered count and marks and announces the chosen row; the goal form and the provider keep
 * focus when their buttons go).
 * Then the wheel page by 0.6 KB and the others by 0.2–0.4 KB: wheel, time line and matrix notice
 * text spacing and web fonts that change after they drew (WCAG 1.4.12) and measure their labels
 * again (a probe and resize observer shared by the three, a chunk of its own in the wheel page).
 * Then the page of all five and the one-file build by 0.2 KB: the time line asks before completing
 * a plan as it does before cancelling (the question's texts in both languages).
 * Then every page by 0.1 KB: the text-metrics probe is clipped (no page scrolling from it), its
 * hosts are told in one task, and width caches empty when web fonts arrive.
 * Then every page by 0.1 KB: only web fonts of a family the elements draw in make them measure again.
 * Then every page by 0.1 KB: the wheel's details stay for a focused spoke that its own redraw
 * replaces (a change of `editable`), without the two extra updates its focusout and focusin asked for.
 * Then the page of all five and the one-file build by 0.4 KB: the team matrix writes its competency
 * cells without a template per cell (a module of its own; a cold first screen ~6 ms faster).
 * Then both by 0.1 KB: the time line keeps each finding that an edit leaves as it
 * was (the same object), so that only new findings are worded again (a keyboard move ~0.4 ms faster).
 * Then both by 0.9 KB: a large plan's first render draws its bars, plain reviews and goals as a
 * picture, their entries follow after the first paint, and a press on the picture is taken for
 * the entry under it (three modules of their own; a cold first render of 200 items ~10 ms faster).
 * Then the page of all five by 0.05 KB: the team matrix counts its summary of everyone as the rows
 * are analysed (`TeamTally`), so no pass over 10,000 rows comes at the end (3–44 ms on a fresh page).
 * Then every page by 0.1–0.2 KB: a wheel on its own with `edit-series="external"` edits its
 * `external` rating (it changed `actual`), and the goal form is invalid without a person, with a
 * message that says so.
 * Then every page by 0.1 KB: a notice shows an element's own sentence for a problem where it words
 * one (the time line's plan issues), the status field forgets a status not confirmed, and the
 * goal form's error summary counts its problems.
 * Then the wheel page by 0.15 KB and the others by 0.2–0.3: an editable wheel in a provider that
 * selects nobody says so and takes no rating, and names a provider person's own rating her
 * self-assessment (its texts in both languages).
 * Then the wheel page by 0.5 KB and the others by 0.5: CMS table cells are read as editors
 * write them ("Koenner", "1 (Kenner)"), a cell that is no level and a row that repeats a
 * competency are reported as written with row numbers (shared notice texts), and shared legends
 * join only wheels whose series mean the same.
 * Then the page of all five by 0.3 KB and the one-file build by 0.4: the goal form starts a new goal
 * once the provider holds the one submitted and keeps each person's unsent goal, the time line
 * offers no edit of a completed or cancelled plan (and the domain refuses one, `plan-closed`, worded
 * in both languages), the organisation drill-down follows every filter and the synergy cards wait
 * for the analysis.
 * Then every page by 0.1–0.2 KB: the drill-down hands focus on after its last "more", the time
 * line's tooltip lingers for the pointer, the wheel's sliders take PageUp/PageDown (hint texts).
 * Then the one-file build by 0.2 KB: the group wheel says why a department has no figures of its
 * own, and conflicts name whose rating it is (texts in both languages).
 * Then the page of all five by 2.35 KB and the one-file build by 2.2: the time line records the
 * final review that completes a plan (its form, the domain's `recordFinalReviewIn` with its checks,
 * texts in both languages, the goals it marks going to the provider with the plan); the time line
 * chunk alone grew by 1.6 KB. The review notes now come with the time line's texts, one language per page.
 * Then the wheel page by 0.2 KB, the page of all five by 0.2 and the one-file build by 0.15: notices
 * word issues of validated data with the domain's sentences (`issue-words.ts`, in the shared element
 * chunk; the texts themselves load only when an element has such an issue), and small chunks join
 * others up to 800 bytes (was 500), which keeps the loader's chunk map under 1 KB.
 * Then the page of all five and the one-file build by 0.15 KB: the final review's details list
 * what it recorded (each goal reached or not, the next stock-taking). Then the page of all five by
 * 0.3 KB and the one-file build by 0.4 (both languages): from a review of the final review, a goal the
 * plan serves that the time line lacks is named (in both languages) and a held review's date and notes are kept; undo
 * gives back statuses only; a bad target level is named in short. The loader, at the edge of 1 KB
 * again when the chunk folder's name changed, lost 12 bytes: each tag's chunks are listed in one
 * (sorted) order, so the runs they share compress better.
 * Then the wheel page by 0.25 KB, the page of all five by 0.7 and the one-file build by 0.9, from
 * a walkthrough as a new user (all five and one file: 0.75 and 1.0 KB with the review below): profiles in JSON attributes take levels by their names (the reading
 * of level text moved from the wheel's table into the shared element chunk, `level-input.ts`, with
 * `readProfileInput`), a typo of a built-in role in `role` is answered with the role it misspells
 * (which brings the built-in role ids into that chunk), the time line's final review marks a refused
 * field and labels its diamond with the result, the matrix says when it has no target to compare
 * with, the group wheel says how many people the organisation's figures leave out; from a review of
 * that, the goal form reads its profiles the same way (`readProfileInput`) and the status of a plan
 * on record takes focus. Then every page by about 0.15 KB, from a vendor's check of the property
 * API: an input's long list of problems is cut after ten with the count of the others (the notice
 * words it), and NaN or Infinity in a problem is given as written. Then the page of all five and
 * the one-file build by 0.2 KB: the goal form reports a person id that is no id, the time line
 * `gaps` that are no gaps when they are set (`hasGapsShape`, the domain's rule).
 * Then the page of all five by 0.95 KB and the one-file build by 0.9: the provider checks
 * `storageTimeout`, `storageAdapter` and `store-name` and words each refusal in its notice in both
 * languages (0.8 of it), and the matrix checks its `personId` as the goal form does (`ownPersonId`).
 * Then the page of all five by 2.0 KB and the one-file build by 2.3: drafts of new goals kept where
 * the provider keeps its data (1.2: the provider's `GoalDrafts`, the form's draft and its restored
 * status, and from a review of them their erasure with the data they belong to), the time line's summary describing the plan and what `start`/`end` leave out (0.3), and
 * from a new user's review: an unknown `person` selects nobody, a goal's budget is checked, a
 * disabled goal form links to no field and one in a provider without a person says so up front,
 * the group wheel names the pooled departments (0.4).
 * Then the wheel page by 0.13 KB, the page of all five by 0.85 and the one-file build by 0.85: the
 * matrix's `filter-role` and `filter-competency` (and every `target-role`) take names, the notices list names
 * (`findRole` sits with the roles every page loads), the catalogue's name table is built at the
 * first lookup by name, the time line's later styles are a sheet of their own (adopted with the
 * rest of the drawing), and the overlap check looks for pairs only in months where two items can
 * exceed the capacity.
 */
const CEILINGS_KB: Record<string, number> = {
  loader: 1,
  'wheel-page': 48.85,
  'all-page': 194.7,
  'all-in-one': 202,
};

test('nothing grows past its current ceiling', () => {
  for (const size of sizes) {
    assert.ok(!size.missing, `${size.label}: not built`);
    const ceiling = CEILINGS_KB[size.id];
    assert.ok(ceiling !== undefined, `no ceiling for ${size.id}`);
    assert.ok(size.gzipKb <= ceiling, `${size.label}: ${size.gzipKb.toFixed(2)} KB gzip, ceiling ${ceiling} KB`);
  }
});

test('both loaders point at the chunk folder, and every chunk the map names is in it', () => {
  assert.match(manifest.folder, /^chunks-[0-9a-f]{8}$/);
  assert.ok(readFileSync(LOADER, 'utf8').includes(`"./${manifest.folder}/"`), LOADER);
  assert.ok(readFileSync('dist/kompetenzrad.min.js', 'utf8').includes(`"./cdn/${manifest.folder}/"`), 'dist/kompetenzrad.min.js');
  for (const [tag, need] of Object.entries(manifest.tags)) {
    for (const file of [...need.chunks, ...need.de, ...need.en]) assert.ok(existsSync(`${CDN}/${manifest.folder}/${file}`), `<${tag}>: ${file}`);
  }
});

test('the loader loads from its own folder only, without eval or markup', () => {
  for (const file of [LOADER, 'dist/kompetenzrad.min.js']) {
    const loader = readFileSync(file, 'utf8');
    assert.doesNotMatch(loader, /\/\/[\w.-]+\.\w+|https?:/, `${file} names another origin`);
    assert.doesNotMatch(loader, /\beval\b|\bFunction\(|innerHTML|insertAdjacentHTML|document\.write/, file);
  }
});

test('text chunks come in pairs: each German one has an English one of the same name', () => {
  for (const [tag, need] of Object.entries(manifest.tags)) {
    assert.ok(need.de.every((file) => file.startsWith('de/')) && need.en.every((file) => file.startsWith('en/')), `<${tag}>`);
    assert.deepEqual(need.en.map((file) => file.replace(/^en\//, 'de/')).sort(), [...need.de].sort(), `<${tag}>`);
  }
});

const ENGLISH_MODULES: string[] = listFiles(['src'], '.ts').filter((file: string) => /(^|[/.])en\.ts$/.test(file));

/** Literals of 24 characters or more in these text modules, as they appear in a bundle. */
function textsOf(modules: string[]): string[] {
  const texts = modules.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`([^`]*)`/g)].flatMap((match) =>
      (match[1] ?? match[2] ?? match[3] ?? '').split(/\$\{[^}]*\}|\\./),
    ),
  );
  return [...new Set(texts.filter((text) => text.length >= 24 && /\s/.test(text)))];
}

/** Literals of 24 characters or more in the English text modules (`en.ts`, `*.en.ts`). */
const englishTexts = (modules = ENGLISH_MODULES): string[] => textsOf(modules);

test('a German page with one element holds none of the English texts of that element', () => {
  const checked: string[] = [];
  for (const tag of Object.keys(manifest.tags)) {
    const own = `src/components/${tag}/strings/en.ts`;
    if (!existsSync(own)) continue;
    checked.push(tag);
    const texts = englishTexts([own]);
    assert.ok(texts.length > 0, `no English texts found in ${own}`);
    const page = read(pageFiles([tag], 'de'));
    assert.deepEqual(
      texts.filter((text) => page.includes(text.slice(0, 24))),
      [],
      `<${tag}>`,
    );
  }
  assert.ok(checked.includes('kompetenz-rad'), `checked ${checked.join(', ')}`);
});

test('a German page with the wheel holds no English text', () => {
  const texts = englishTexts();
  assert.ok(texts.length > 50, `found only ${texts.length} English texts to look for`);
  const found = texts.filter((text) => wheelPage.includes(text.slice(0, 24)));
  assert.deepEqual(found, []);
});

const TAGS = Object.keys(manifest.tags);
const GERMAN_MODULES: string[] = listFiles(['src'], '.ts').filter((file: string) => /(^|[/.])de\.ts$/.test(file));
/** The domain's tables that the elements word messages and files with: a page loads them in its language only. */
const MESSAGE_TABLES = ['validation', 'synergy', 'format-reasons', 'file-labels'];
const messageTables = (lang: 'de' | 'en'): string[] => MESSAGE_TABLES.map((table) => `src/domain/messages/${table}.${lang}.ts`);
/** The built-in data's texts: the elements use it without them, and a provider page loads the catalogue's descriptions in its language only. */
const DATA_TABLES = ['catalogue-descriptions', 'role-texts', 'role-source-note', 'format-descriptions'];

for (const [lang, other, otherModules] of [
  ['de', 'en', ENGLISH_MODULES],
  ['en', 'de', GERMAN_MODULES],
] as const) {
  const page = read(pageFiles(TAGS, lang));
  const otherTexts = (modules: string[]): string[] => textsOf(modules).filter((text) => page.includes(text.slice(0, 24)));

  test(`a page in ${lang} with all five elements holds no text of the ${other} validation, synergy and file-label tables`, () => {
    const modules = messageTables(other);
    assert.ok(textsOf(modules).length > 50, 'texts to look for');
    assert.deepEqual(otherTexts(modules), []);
  });

  test(`a page in ${lang} with all five elements holds no text of the ${other} component strings`, () => {
    const own = otherModules.filter((file) => file.startsWith('src/components/'));
    assert.ok(own.length >= 5, own.join());
    assert.deepEqual(otherTexts(own), []);
  });

  test(`a page in ${lang} with all five elements requests no ${other} module and holds none of the ${other} texts of the built-in data`, () => {
    assert.deepEqual(pageFiles(TAGS, lang).filter((file: string) => file.includes(`/${other}/`)), []);
    assert.deepEqual(otherTexts(DATA_TABLES.map((table) => `src/domain/messages/${table}.${other}.ts`)), []);
  });
}

test("a German page with the wheel holds the default roles' source note in German only (DEFAULT_ROLES_LEAN leaves it out)", () => {
  assert.ok(wheelPage.includes(ROLE_SOURCE_NOTE_DE), 'the German note');
  assert.equal(wheelPage.includes(ROLE_SOURCE_NOTE_EN), false, 'the English note');
});

test('the wheel page loads neither the catalogue descriptions nor the role tasks', () => {
  const descriptions = DEFAULT_CATALOGUE.competencies.flatMap((competency) => [competency.description?.de, competency.description?.en]);
  const tasks = DEFAULT_ROLES.flatMap((role) => (role.tasks ?? []).flatMap((task) => [task.de, task.en]));
  for (const text of [...descriptions, ...tasks]) {
    assert.ok(text, 'the default data has the text');
    assert.equal(wheelPage.includes(text.slice(0, 40)), false, `the wheel page contains "${text.slice(0, 40)}…"`);
  }
});

test('the one-file build holds the catalogue descriptions', () => {
  const description = DEFAULT_CATALOGUE.competencies[0]!.description!.de;
  assert.ok(readFileSync(ALL_IN_ONE, 'utf8').includes(description.slice(0, 40)));
});

test('the wheel draws its paths itself: no d3-shape on the wheel page', () => {
  // d3-shape's path builder and its arc generator's corner code leave these names and messages.
  for (const marker of ['invalid digits', 'cornerRadius', 'padRadius']) {
    assert.equal(wheelPage.includes(marker), false, `found "${marker}"`);
  }
});

test('the wheel page loads the code of shared legends only for legend="shared"', () => {
  const sharing = `${CDN}/${manifest.folder}/legend-sharing.js`;
  assert.ok(existsSync(sharing), sharing);
  // Sharing orders the wheels by their place in the page; nothing else on the wheel page does.
  assert.ok(readFileSync(sharing, 'utf8').includes('compareDocumentPosition'));
  assert.equal(wheelPage.includes('compareDocumentPosition'), false);
});

/**
 * The figures the README gives an editor (what a page downloads, what the one file weighs) are
 * the ones measured, within 1 KB: a change that makes a page a KB heavier or lighter updates them. Each pattern names its size's id; every one must be found.
 */
test('the README states the sizes measured now', () => {
  const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');
  const measured = new Map(sizes.map((size) => [size.id, size.gzipKb]));
  const statements: [id: string, pattern: RegExp][] = [
    ['wheel-page', /A page with one wheel downloads about (\d+(?:\.\d+)?) KB/],
    ['all-page', /a page with all five elements about (\d+(?:\.\d+)?) KB \(`npm run size`\)/],
    ['all-in-one', /self-contained file \(about (\d+(?:\.\d+)?) KB gzip\)/],
    ['loader', /Today: the loader about (\d+(?:\.\d+)?) KB/],
    ['wheel-page', /a page with one wheel about (\d+(?:\.\d+)?) KB \(budget/],
    ['all-page', /a page with all five elements about (\d+(?:\.\d+)?) KB \(budget/],
    ['all-in-one', /the one-file build about (\d+(?:\.\d+)?) KB \(budget/],
  ];
  for (const [id, pattern] of statements) {
    const stated = pattern.exec(readme)?.[1];
    assert.ok(stated !== undefined, `the README no longer says ${pattern}: update this test with it`);
    const kb = measured.get(id);
    assert.ok(kb !== undefined, `no size ${id}`);
    assert.ok(Math.abs(Number(stated) - kb) <= 1, `the README says ${stated} KB for ${id}, measured ${kb.toFixed(2)} KB: write the figure measured (${Math.round(kb)} KB)`);
  }
});
