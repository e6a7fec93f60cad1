import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_FORMATS,
  DEFAULT_FORMATS_LEAN,
  FORMAT_IDS,
  formatById,
  isGroupFormat,
  recommendFormats,
  suggestGroupFormat,
  validateFormat,
  validateFormats,
} from '../../src/domain/formats.ts';
import { describeFormatReason } from '../../src/domain/messages/describe-findings.ts';
import { FORMAT_DESCRIPTIONS_DE } from '../../src/domain/messages/format-descriptions.de.ts';
import { FORMAT_DESCRIPTIONS_EN } from '../../src/domain/messages/format-descriptions.en.ts';
import { analyzeGaps } from '../../src/domain/gaps.ts';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue.ts';
import { KompetenzradError, type ValidationIssue } from '../../src/domain/errors.ts';
import type { Catalogue, Format } from '../../src/domain/types.ts';

const pathsAndCodes = (issues: ValidationIssue[]) => issues.map(({ path, code }) => ({ path, code }));

function codesOf(fn: () => unknown): { path: string; code: string }[] {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof KompetenzradError);
    return pathsAndCodes(error.issues);
  }
  assert.fail('expected a KompetenzradError');
}

describe('default formats', () => {
  test('are the seven formats with the fixed ids', () => {
    assert.deepEqual(DEFAULT_FORMATS.map((format) => format.id), [
      'selbstlernen',
      'kollegialer-austausch',
      'coaching',
      'mentoring',
      'vortrag-workshop',
      'seminar-schulung',
      'training',
    ]);
    assert.deepEqual([...FORMAT_IDS], DEFAULT_FORMATS.map((format) => format.id));
  });

  test('are valid, frozen and described in both languages', () => {
    assert.deepEqual(validateFormats(DEFAULT_FORMATS), []);
    assert.ok(Object.isFrozen(DEFAULT_FORMATS[0].suitsCategories));
    for (const format of DEFAULT_FORMATS) {
      assert.ok(format.description.de.length > 40 && format.description.en.length > 40, format.id);
      assert.ok(format.typicalHours > 0 && format.typicalWeeks > 0, format.id);
    }
  });

  test('take their descriptions from the German and English modules', () => {
    DEFAULT_FORMATS.forEach((format, i) => {
      const id = FORMAT_IDS[i];
      assert.deepEqual(format.description, { de: FORMAT_DESCRIPTIONS_DE[id], en: FORMAT_DESCRIPTIONS_EN[id] });
    });
    assert.deepEqual(Object.keys(DEFAULT_FORMATS[0]).slice(0, 4), ['id', 'label', 'description', 'setting']);
  });

  test('the lean list has the same formats with their names as descriptions, valid and frozen', () => {
    assert.deepEqual(
      DEFAULT_FORMATS_LEAN,
      DEFAULT_FORMATS.map((format) => ({ ...format, description: format.label })),
    );
    assert.deepEqual(validateFormats(DEFAULT_FORMATS_LEAN), []);
    assert.ok(Object.isFrozen(DEFAULT_FORMATS_LEAN) && Object.isFrozen(DEFAULT_FORMATS_LEAN[0].suitsCompetencies));
  });

  test('follow the settings and social forms of the method', () => {
    const by = (id: string) => formatById(DEFAULT_FORMATS, id)!;
    assert.equal(by('kollegialer-austausch').setting, 'on-the-job');
    assert.equal(by('mentoring').setting, 'on-the-job');
    assert.equal(by('coaching').setting, 'both');
    assert.equal(by('seminar-schulung').setting, 'off-the-job');
    assert.deepEqual(by('coaching').suitsCategories, ['personal', 'sozial']);
    assert.deepEqual(
      DEFAULT_FORMATS.filter(isGroupFormat).map((format) => format.id),
      ['kollegialer-austausch', 'vortrag-workshop', 'seminar-schulung', 'training'],
    );
    assert.equal(by('selbstlernen').costClass, 0);
    assert.equal(by('coaching').costClass, 3);
  });

  test('formatById finds the first format of an id also after the list changed', () => {
    const list: Format[] = DEFAULT_FORMATS.map((format) => ({ ...format }));
    assert.equal(formatById(list, 'coaching'), list.find((format) => format.id === 'coaching'));
    const own = { ...list[0], id: 'lernreise', label: { de: 'Lernreise', en: 'Learning journey' } };
    list.push(own);
    assert.equal(formatById(list, 'lernreise'), own, 'a format added to the list');
    const replacement = { ...list[2] };
    list[2] = replacement;
    assert.equal(formatById(list, replacement.id), replacement, 'a format replaced in the list');
    const [removed] = list.splice(1, 1);
    assert.equal(formatById(list, removed.id), undefined, 'a format taken out of the list');
    assert.equal(formatById(list, 'lernreise'), own, 'the formats after it moved up');
    list.unshift({ ...own, label: { de: 'Erste', en: 'First' } });
    assert.equal(formatById(list, 'lernreise'), list[0], 'of two with one id, the first');
    assert.equal(formatById([null, ...list] as unknown as Format[], 'coaching')?.id, 'coaching', 'an entry that is no format is passed over');
  });

  test('formatById returns undefined for an unknown id', () => {
    assert.equal(formatById(DEFAULT_FORMATS, 'yoga'), undefined);
    assert.equal(formatById(undefined as unknown as Format[], 'coaching'), undefined);
  });
});

describe('validateFormat', () => {
  const valid: Format = {
    id: 'hospitation',
    label: { de: 'Hospitation', en: 'Job shadowing' },
    description: { de: 'Zuschauen.', en: 'Watching.' },
    setting: 'on-the-job',
    social: 'individual',
    suitsCategories: ['sozial'],
    suitsCompetencies: ['netzwerk'],
    typicalWeeks: 1,
    typicalHours: 8,
    costClass: 0,
    typicalCost: 0,
  };

  test('accepts a custom format', () => {
    assert.deepEqual(validateFormat(valid), []);
  });

  test('reports every bad field with its path', () => {
    const bad = {
      ...valid,
      setting: 'remote',
      social: 'team',
      suitsCategories: ['kochen'],
      suitsCompetencies: ['team', 'backen', 3],
      typicalWeeks: -1,
      typicalHours: '8',
      costClass: 1.5,
      typicalCost: null,
    };
    assert.deepEqual(pathsAndCodes(validateFormat(bad, DEFAULT_CATALOGUE, '$.formats[7]')), [
      { path: '$.formats[7].setting', code: 'enum' },
      { path: '$.formats[7].social', code: 'enum' },
      { path: '$.formats[7].suitsCategories[0]', code: 'unknown-category' },
      { path: '$.formats[7].suitsCompetencies[1]', code: 'unknown-competency' },
      { path: '$.formats[7].suitsCompetencies[2]', code: 'id' },
      { path: '$.formats[7].typicalWeeks', code: 'range' },
      { path: '$.formats[7].typicalHours', code: 'type' },
      { path: '$.formats[7].costClass', code: 'integer' },
      { path: '$.formats[7].typicalCost', code: 'type' },
    ]);
  });

  test('rejects cost class 4, __proto__, unknown keys and duplicates in a list', () => {
    assert.deepEqual(pathsAndCodes(validateFormat({ ...valid, costClass: 4 })), [{ path: '$.costClass', code: 'range' }]);
    assert.deepEqual(pathsAndCodes(validateFormat(JSON.parse('{"__proto__": {}}'))), [{ path: '$.__proto__', code: 'forbidden-key' }]);
    assert.deepEqual(pathsAndCodes(validateFormat({ ...valid, price: 3 })), [{ path: '$.price', code: 'unknown-key' }]);
    assert.deepEqual(pathsAndCodes(validateFormats([valid, valid], DEFAULT_CATALOGUE, '$.formats')), [{ path: '$.formats[1].id', code: 'duplicate-id' }]);
  });
});

describe('recommendFormats', () => {
  test('coaching comes first for personal competencies, with the category as its reason', () => {
    const [first, second] = recommendFormats(DEFAULT_CATALOGUE, ['lernen', 'innovation']);
    assert.equal(first.formatId, 'coaching');
    assert.deepEqual(first.reason, {
      code: 'suits-categories',
      params: { format: { de: 'Coaching', en: 'Coaching' }, categories: [{ de: 'Personale Kompetenzen', en: 'Personal competencies' }] },
    });
    assert.equal(describeFormatReason(first.reason, 'de'), 'Coaching eignet sich besonders für personale Kompetenzen.');
    assert.equal(describeFormatReason(first.reason, 'en'), 'Coaching particularly suits personal competencies.');
    assert.ok(first.score > second.score);
  });

  test('names the matching competencies in the reason, at most three', () => {
    const [first] = recommendFormats(DEFAULT_CATALOGUE, ['projektmanagement']);
    assert.equal(first.formatId, 'selbstlernen');
    assert.equal(first.score, 1);
    assert.deepEqual(first.reason, {
      code: 'suits-competencies',
      params: { format: { de: 'Selbstlernen', en: 'Self-study' }, competencies: [{ de: 'Projektmanagement', en: 'Project management' }] },
    });
    assert.equal(describeFormatReason(first.reason, 'de'), 'Selbstlernen eignet sich besonders für Projektmanagement.');
    assert.equal(describeFormatReason(first.reason, 'en'), 'Self-study particularly suits project management.');
    const [many] = recommendFormats(DEFAULT_CATALOGUE, ['it-anwendung', 'daten', 'projektmanagement', 'innovation']);
    assert.equal(many.reason.code === 'suits-competencies' && many.reason.params.competencies.length, 3);
    assert.equal(describeFormatReason(many.reason, 'de'), 'Selbstlernen eignet sich besonders für IT-Anwendungskompetenz, Datenkompetenz und Projektmanagement.');
    assert.equal(describeFormatReason(many.reason, 'en'), 'Self-study particularly suits IT application skills, data literacy and project management.');
  });

  test('ranks all formats, scores 0..1, ties in format order', () => {
    const ranked = recommendFormats(DEFAULT_CATALOGUE, ['kundenorientierung']);
    assert.equal(ranked.length, 7);
    assert.ok(ranked.every((r) => r.score >= 0 && r.score <= 1));
    for (let i = 1; i < ranked.length; i++) assert.ok(ranked[i - 1].score >= ranked[i].score);
    const zero = ranked.filter((r) => r.score === 0).map((r) => r.formatId);
    assert.deepEqual(zero, ['selbstlernen', 'vortrag-workshop', 'seminar-schulung', 'training']);
    assert.deepEqual(ranked.at(-1)!.reason, { code: 'complements', params: { format: { de: 'Training', en: 'Training' } } });
    assert.match(describeFormatReason(ranked.at(-1)!.reason, 'en'), /^Training is not aimed at these competencies/);
  });

  test('weights by gap when given a gap analysis (only competencies to build count)', () => {
    const analysis = analyzeGaps({
      catalogue: DEFAULT_CATALOGUE,
      target: { lernen: 3, 'it-anwendung': 3, projektmanagement: 1 },
      actual: { lernen: 0, 'it-anwendung': 2, projektmanagement: 3 },
    });
    const [first] = recommendFormats(DEFAULT_CATALOGUE, analysis);
    assert.equal(first.formatId, 'coaching', 'the ability to learn has the larger gap');
    assert.equal(first.score, 0.45);
    const unweighted = recommendFormats(DEFAULT_CATALOGUE, ['lernen', 'it-anwendung']);
    assert.equal(unweighted[0].formatId, 'selbstlernen');
    assert.equal(unweighted.find((r) => r.formatId === 'coaching')!.score, 0.3);
    const none = recommendFormats(DEFAULT_CATALOGUE, analyzeGaps({ catalogue: DEFAULT_CATALOGUE, target: {}, actual: {} }));
    assert.ok(none.every((r) => r.score === 0));
  });

  test('refuses options it does not know or cannot use, naming each', () => {
    assert.throws(
      () => recommendFormats(DEFAULT_CATALOGUE, ['daten'], { maxCostClass: 9, limit: -1, groupOnly: 'ja', cheap: true } as never),
      (error: unknown) =>
        error instanceof KompetenzradError &&
        JSON.stringify(error.issues.map((one) => [one.path, one.code])) ===
          JSON.stringify([['$options.cheap', 'unknown-key'], ['$options.maxCostClass', 'range'], ['$options.limit', 'range'], ['$options.groupOnly', 'type']]),
    );
  });

  test('filters by group capability, cost class and limit', () => {
    const group = recommendFormats(DEFAULT_CATALOGUE, ['selbstfuehrung'], { groupOnly: true });
    assert.deepEqual(group.map((r) => r.formatId).sort(), ['kollegialer-austausch', 'seminar-schulung', 'training', 'vortrag-workshop']);
    const cheap = recommendFormats(DEFAULT_CATALOGUE, ['selbstfuehrung'], { maxCostClass: 1 });
    assert.ok(cheap.every((r) => formatById(DEFAULT_FORMATS, r.formatId)!.costClass <= 1));
    assert.equal(recommendFormats(DEFAULT_CATALOGUE, ['team'], { limit: 2 }).length, 2);
  });

  test('rejects unknown competencies and bad input', () => {
    assert.deepEqual(codesOf(() => recommendFormats(DEFAULT_CATALOGUE, ['team', 'kochen', 3 as unknown as string])), [
      { path: '$.competencyIds[1]', code: 'unknown-competency' },
      { path: '$.competencyIds[2]', code: 'unknown-competency' },
    ]);
    assert.deepEqual(codesOf(() => recommendFormats(DEFAULT_CATALOGUE, null as unknown as string[])), [{ path: '$', code: 'type' }]);
    const analysis = { entries: [{ competencyId: 'team', gap: 1.5 }, { competencyId: 'x', gap: 1 }] } as never;
    assert.deepEqual(codesOf(() => recommendFormats(DEFAULT_CATALOGUE, analysis)), [
      { path: '$.entries[0].gap', code: 'type' },
      { path: '$.entries[1].competencyId', code: 'unknown-competency' },
    ]);
  });

  test('validates custom formats against the catalogue', () => {
    const custom = [{ ...DEFAULT_FORMATS[0], suitsCategories: ['kochen'] }];
    assert.deepEqual(codesOf(() => recommendFormats(DEFAULT_CATALOGUE, ['team'], { formats: custom })), [
      { path: '$.options.formats[0].suitsCategories[0]', code: 'unknown-category' },
    ]);
  });

  test('works with the built-in formats over a custom catalogue (unknown ids never match)', () => {
    const catalogue: Catalogue = {
      categories: [{ id: 'recht', label: { de: 'Recht', en: 'Law' } }],
      competencies: [{ id: 'vergaberecht', category: 'recht', label: { de: 'Vergaberecht', en: 'Procurement law' }, description: { de: 'v', en: 'p' } }],
    };
    const ranked = recommendFormats(catalogue, ['vergaberecht']);
    assert.ok(ranked.every((r) => r.score === 0));
    for (const formats of [DEFAULT_FORMATS, DEFAULT_FORMATS_LEAN]) {
      assert.deepEqual(recommendFormats(catalogue, ['vergaberecht'], { formats }), ranked, 'either built-in list, passed explicitly');
    }
  });
});

describe('suggestGroupFormat', () => {
  test('chooses only group-capable formats', () => {
    const personal = suggestGroupFormat(DEFAULT_CATALOGUE, ['selbstfuehrung', 'veraenderung']);
    assert.notEqual(personal.formatId, 'coaching');
    assert.ok(['kollegialer-austausch', 'vortrag-workshop', 'seminar-schulung', 'training'].includes(personal.formatId));
    assert.equal(suggestGroupFormat(DEFAULT_CATALOGUE, ['projektmanagement']).formatId, 'seminar-schulung');
    assert.equal(suggestGroupFormat(DEFAULT_CATALOGUE, ['digitale-medien']).formatId, 'vortrag-workshop');
    assert.equal(suggestGroupFormat(DEFAULT_CATALOGUE, ['netzwerk']).formatId, 'kollegialer-austausch');
    assert.equal(suggestGroupFormat(DEFAULT_CATALOGUE, ['problemloesung']).formatId, 'training');
    assert.equal(describeFormatReason(suggestGroupFormat(DEFAULT_CATALOGUE, ['projektmanagement']).reason, 'de'), 'Seminar und Schulung eignet sich besonders für Projektmanagement.');
  });

  test('throws when no format can be run for a group', () => {
    const individual = DEFAULT_FORMATS.filter((format) => !isGroupFormat(format));
    assert.deepEqual(codesOf(() => suggestGroupFormat(DEFAULT_CATALOGUE, ['team'], { formats: individual })), [
      { path: '$.options.formats', code: 'no-group-format' },
    ]);
  });
});
