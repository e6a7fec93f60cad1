import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CATALOGUE_LIMITS,
  CATEGORY_IDS,
  categoryById,
  categoryOf,
  competenciesOfCategory,
  competencyById,
  COMPETENCY_IDS,
  DEFAULT_CATALOGUE,
  DEFAULT_CATALOGUE_LEAN,
  findCompetency,
  indexCatalogue,
  labelOf,
  refreshDueDate,
  validateCatalogue,
} from '../../src/domain/catalogue.ts';
import { joinForSentence, labelInSentence, labelsForSentence } from '../../src/domain/catalogue-sentences.ts';
import { KompetenzradError, type ValidationIssue } from '../../src/domain/errors.ts';
import { isBuiltIn } from '../../src/domain/frozen.ts';
import { CATALOGUE_DESCRIPTIONS_DE } from '../../src/domain/messages/catalogue-descriptions.de.ts';
import { CATALOGUE_DESCRIPTIONS_EN } from '../../src/domain/messages/catalogue-descriptions.en.ts';
import type { Catalogue } from '../../src/domain/types.ts';

const pathsAndCodes = (issues: ValidationIssue[]) => issues.map(({ path, code }) => ({ path, code }));

function small(): Catalogue {
  return {
    categories: [{ id: 'a', label: { de: 'A', en: 'A' } }],
    competencies: [
      { id: 'x', category: 'a', label: { de: 'Iks', en: 'Ex' }, description: { de: 'x', en: 'x' } },
      { id: 'y', category: 'a', label: { de: 'Ypsilon', en: 'Why' }, description: { de: 'y', en: 'y' }, refreshMonths: 12 },
    ],
  };
}

describe('default catalogue', () => {
  test('has the four categories and 25 competencies with the fixed ids in wheel order', () => {
    assert.deepEqual(
      DEFAULT_CATALOGUE.categories.map((category) => category.id),
      ['digital', 'methode', 'sozial', 'personal'],
    );
    assert.deepEqual([...CATEGORY_IDS], ['digital', 'methode', 'sozial', 'personal']);
    assert.deepEqual(DEFAULT_CATALOGUE.competencies.map((competency) => competency.id), [
      'it-anwendung', 'digitale-medien', 'technik', 'informationssicherheit', 'daten', 'digitale-loesungen',
      'prozessgestaltung', 'projektmanagement', 'analyse', 'stakeholdermanagement', 'partizipation', 'changemanagement',
      'kommunikation', 'team', 'fuehrung', 'netzwerk', 'konfliktloesung', 'personalentwicklung', 'kundenorientierung',
      'vernetztes-denken', 'innovation', 'lernen', 'veraenderung', 'selbstfuehrung', 'problemloesung',
    ]);
    assert.deepEqual([...COMPETENCY_IDS], DEFAULT_CATALOGUE.competencies.map((competency) => competency.id));
  });

  test('assigns 6, 6, 7 and 6 competencies to the categories, as in the paper', () => {
    assert.deepEqual(
      CATEGORY_IDS.map((id) => competenciesOfCategory(DEFAULT_CATALOGUE, id).length),
      [6, 6, 7, 6],
    );
    assert.deepEqual(
      competenciesOfCategory(DEFAULT_CATALOGUE, 'personal').map((competency) => competency.id),
      ['vernetztes-denken', 'innovation', 'lernen', 'veraenderung', 'selbstfuehrung', 'problemloesung'],
    );
  });

  test('uses the agreed category labels and the merged leadership spoke', () => {
    assert.deepEqual(
      DEFAULT_CATALOGUE.categories.map((category) => category.label),
      [
        { de: 'Digitale Fachkompetenzen', en: 'Digital expertise' },
        { de: 'Methodenkompetenzen', en: 'Methodological competencies' },
        { de: 'Sozialkompetenzen', en: 'Social competencies' },
        { de: 'Personale Kompetenzen', en: 'Personal competencies' },
      ],
    );
    assert.equal(competencyById(DEFAULT_CATALOGUE, 'fuehrung')?.label.de, '(Laterale) Führungskompetenz');
    assert.equal(competencyById(DEFAULT_CATALOGUE, 'informationssicherheit')?.label.de, 'Informationssicherheit und Datenschutz');
  });

  test('every competency has labels and a one-sentence description in both languages', () => {
    for (const competency of DEFAULT_CATALOGUE.competencies) {
      for (const lang of ['de', 'en'] as const) {
        assert.ok(competency.label[lang].length > 0 && competency.label[lang].length <= 200, `${competency.id} label ${lang}`);
        const description = competency.description?.[lang] ?? '';
        assert.match(description, /^\S.*\.$/, `${competency.id} description ${lang} is one sentence`);
        assert.equal((description.match(/\. /g) ?? []).length, 0, `${competency.id} description ${lang} has one sentence`);
      }
    }
  });

  test('marks data protection (24 months) and fast-moving digital topics (36 months) as going stale', () => {
    const refresh = Object.fromEntries(
      DEFAULT_CATALOGUE.competencies.filter((competency) => competency.refreshMonths !== undefined).map((competency) => [competency.id, competency.refreshMonths]),
    );
    assert.deepEqual(refresh, { 'digitale-medien': 36, technik: 36, informationssicherheit: 24 });
  });

  test('is valid and deeply frozen', () => {
    assert.deepEqual(validateCatalogue(DEFAULT_CATALOGUE), []);
    assert.ok(Object.isFrozen(DEFAULT_CATALOGUE));
    assert.ok(Object.isFrozen(DEFAULT_CATALOGUE.competencies));
    assert.ok(Object.isFrozen(DEFAULT_CATALOGUE.competencies[0].label));
    assert.throws(() => {
      (DEFAULT_CATALOGUE.competencies as unknown[]).push({});
    }, TypeError);
  });

  test('both built-in catalogues are known as built in (valid and frozen, so they are indexed without being checked again); a copy is checked', () => {
    assert.ok(isBuiltIn(DEFAULT_CATALOGUE));
    assert.ok(isBuiltIn(DEFAULT_CATALOGUE_LEAN));
    assert.equal(indexCatalogue(DEFAULT_CATALOGUE_LEAN).position.get('daten'), DEFAULT_CATALOGUE_LEAN.competencies.findIndex((competency) => competency.id === 'daten'));
    const copy = structuredClone(DEFAULT_CATALOGUE_LEAN);
    assert.ok(!isBuiltIn(copy));
    copy.competencies[1].id = copy.competencies[0].id;
    assert.throws(() => indexCatalogue(copy), KompetenzradError);
  });

  test('has a lean twin without descriptions that is otherwise the same', () => {
    assert.deepEqual(validateCatalogue(DEFAULT_CATALOGUE_LEAN), []);
    assert.ok(Object.isFrozen(DEFAULT_CATALOGUE_LEAN.competencies[0]));
    const withoutDescriptions = {
      ...DEFAULT_CATALOGUE,
      categories: DEFAULT_CATALOGUE.categories.map(({ description: _, ...category }) => category),
      competencies: DEFAULT_CATALOGUE.competencies.map(({ description: _, ...competency }) => competency),
    };
    assert.deepEqual(DEFAULT_CATALOGUE_LEAN, withoutDescriptions);
    assert.ok(DEFAULT_CATALOGUE.competencies.every((competency) => competency.description !== undefined));
    assert.ok(DEFAULT_CATALOGUE.categories.every((category) => category.description !== undefined));
  });

  test('takes its descriptions from the German and English modules', () => {
    DEFAULT_CATALOGUE.competencies.forEach((competency, i) => {
      const id = COMPETENCY_IDS[i];
      assert.deepEqual(competency.description, { de: CATALOGUE_DESCRIPTIONS_DE.competencies[id], en: CATALOGUE_DESCRIPTIONS_EN.competencies[id] });
    });
    DEFAULT_CATALOGUE.categories.forEach((category, i) => {
      const id = CATEGORY_IDS[i];
      assert.deepEqual(category.description, { de: CATALOGUE_DESCRIPTIONS_DE.categories[id], en: CATALOGUE_DESCRIPTIONS_EN.categories[id] });
    });
  });

  test('keeps the key order id, category, label, description, refreshMonths', () => {
    assert.deepEqual(Object.keys(competencyById(DEFAULT_CATALOGUE, 'technik')!), ['id', 'category', 'label', 'description', 'refreshMonths']);
  });

  test('can be copied into a custom catalogue', () => {
    const copy = structuredClone(DEFAULT_CATALOGUE);
    copy.competencies.push({ id: 'kgst-recht', category: 'digital', label: { de: 'Recht', en: 'Law' }, description: { de: 'R.', en: 'L.' } });
    assert.deepEqual(validateCatalogue(copy), []);
    assert.equal(competencyById(copy, 'kgst-recht')?.label.en, 'Law');
    assert.equal(competencyById(DEFAULT_CATALOGUE, 'kgst-recht'), undefined);
  });
});

describe('validateCatalogue', () => {
  test('accepts a small custom catalogue', () => {
    assert.deepEqual(validateCatalogue(small()), []);
  });

  test('rejects values that are not catalogues', () => {
    assert.deepEqual(pathsAndCodes(validateCatalogue(null)), [{ path: '$', code: 'type' }]);
    assert.deepEqual(pathsAndCodes(validateCatalogue([])), [{ path: '$', code: 'type' }]);
    assert.deepEqual(pathsAndCodes(validateCatalogue({}, '$.catalogue')), [
      { path: '$.catalogue.categories', code: 'type' },
      { path: '$.catalogue.competencies', code: 'type' },
    ]);
  });

  test('needs at least one category and one competency', () => {
    assert.deepEqual(pathsAndCodes(validateCatalogue({ categories: [], competencies: [] })), [
      { path: '$.categories', code: 'empty' },
      { path: '$.competencies', code: 'empty' },
    ]);
  });

  test('reports duplicate ids, unknown categories and bad ids with their paths', () => {
    const catalogue = small();
    catalogue.categories.push({ id: 'a', label: { de: 'A2', en: 'A2' } });
    catalogue.competencies.push({ id: 'x', category: 'zzz', label: { de: 'X', en: 'X' }, description: { de: 'x', en: 'x' } });
    catalogue.competencies.push({ id: 'Bad Id', category: 'a', label: { de: 'B', en: 'B' }, description: { de: 'b', en: 'b' } });
    assert.deepEqual(pathsAndCodes(validateCatalogue(catalogue)), [
      { path: '$.categories[1].id', code: 'duplicate-id' },
      { path: '$.competencies[2].category', code: 'unknown-category' },
      { path: '$.competencies[3].id', code: 'id' },
      { path: '$.competencies[2].id', code: 'duplicate-id' },
    ]);
  });

  test('accepts competencies without a description, and checks one that is given', () => {
    const catalogue = {
      categories: [{ id: 'a', label: { de: 'A', en: 'A' } }],
      competencies: [
        { id: 'x', category: 'a', label: { de: 'X', en: 'X' } },
        { id: 'y', category: 'a', label: { de: 'Y', en: 'Y' }, description: { de: 'nur deutsch' } },
      ],
    };
    assert.deepEqual(
      validateCatalogue(catalogue).map((issue) => issue.path),
      ['$.competencies[1].description.en'],
    );
  });

  test('limits labels to 200 characters and requires both languages', () => {
    const catalogue = small();
    catalogue.competencies[0].label = { de: 'x'.repeat(201), en: '' };
    assert.deepEqual(pathsAndCodes(validateCatalogue(catalogue)), [
      { path: '$.competencies[0].label.de', code: 'too-long' },
      { path: '$.competencies[0].label.en', code: 'empty' },
    ]);
    catalogue.competencies[0].label = { de: 'x'.repeat(200), en: 'x' };
    assert.deepEqual(validateCatalogue(catalogue), []);
  });

  test('allows at most 200 competencies', () => {
    const competencies = Array.from({ length: CATALOGUE_LIMITS.maxCompetencies + 1 }, (_, i) => ({
      id: `c${i}`,
      category: 'a',
      label: { de: `C${i}`, en: `C${i}` },
      description: { de: 'd', en: 'd' },
    }));
    const base = small();
    assert.deepEqual(pathsAndCodes(validateCatalogue({ ...base, competencies })), [{ path: '$.competencies', code: 'too-many' }]);
    assert.deepEqual(validateCatalogue({ ...base, competencies: competencies.slice(0, 200) }), []);
  });

  test('requires refreshMonths to be a positive whole number', () => {
    for (const [value, code] of [
      [0, 'range'],
      [-3, 'range'],
      [1.5, 'integer'],
      ['12', 'type'],
      [null, 'type'],
      [601, 'range'],
    ] as const) {
      const catalogue = small() as unknown as { competencies: Record<string, unknown>[] };
      catalogue.competencies[1].refreshMonths = value;
      assert.deepEqual(pathsAndCodes(validateCatalogue(catalogue)), [{ path: '$.competencies[1].refreshMonths', code }], `refreshMonths ${String(value)}`);
    }
  });

  test('rejects unknown keys and __proto__ keys', () => {
    const withUnknown = { ...small(), colour: 'red' };
    assert.deepEqual(pathsAndCodes(validateCatalogue(withUnknown)), [{ path: '$.colour', code: 'unknown-key' }]);
    const polluted = JSON.parse('{"categories":[{"id":"a","label":{"de":"A","en":"A"},"__proto__":{"x":1}}],"competencies":[]}');
    assert.deepEqual(pathsAndCodes(validateCatalogue(polluted)), [
      { path: '$.categories[0].__proto__', code: 'forbidden-key' },
      { path: '$.competencies', code: 'empty' },
    ]);
    const protoId = small();
    protoId.competencies[0].id = '__proto__';
    assert.deepEqual(pathsAndCodes(validateCatalogue(protoId)), [{ path: '$.competencies[0].id', code: 'id' }]);
  });

  test('reports entries that are not objects without losing the list positions', () => {
    const catalogue = small() as unknown as { competencies: unknown[] };
    catalogue.competencies.splice(0, 0, 'not a competency');
    catalogue.competencies.push({ id: 'x', category: 'a', label: { de: 'X2', en: 'X2' }, description: { de: 'x', en: 'x' } });
    assert.deepEqual(pathsAndCodes(validateCatalogue(catalogue)), [
      { path: '$.competencies[0]', code: 'type' },
      { path: '$.competencies[3].id', code: 'duplicate-id' },
    ]);
  });
});

describe('lookups', () => {
  test('labelOf: the name of a competency or category, an unknown id standing for itself', () => {
    assert.deepEqual(labelOf(DEFAULT_CATALOGUE, 'daten'), { de: 'Datenkompetenz', en: 'Data literacy' });
    assert.deepEqual(labelOf(DEFAULT_CATALOGUE, 'sozial', 'categories'), { de: 'Sozialkompetenzen', en: 'Social competencies' });
    assert.deepEqual(labelOf(DEFAULT_CATALOGUE, 'zaubern'), { de: 'zaubern', en: 'zaubern' });
    assert.deepEqual(labelOf(DEFAULT_CATALOGUE, 'daten', 'categories'), { de: 'daten', en: 'daten' });
  });

  test('competencyById, categoryById and categoryOf', () => {
    assert.equal(competencyById(DEFAULT_CATALOGUE, 'daten')?.label.en, 'Data literacy');
    assert.equal(competencyById(DEFAULT_CATALOGUE, 'unknown'), undefined);
    assert.equal(categoryById(DEFAULT_CATALOGUE, 'sozial')?.label.en, 'Social competencies');
    assert.equal(categoryOf(DEFAULT_CATALOGUE, 'fuehrung')?.id, 'sozial');
    assert.equal(categoryOf(DEFAULT_CATALOGUE, 'nope'), undefined);
    assert.deepEqual(competenciesOfCategory(DEFAULT_CATALOGUE, 'nope'), []);
  });

  test('a lookup without a catalogue is refused with a validation error, before and after another catalogue was indexed', () => {
    const lookups = [() => competencyById(undefined as unknown as Catalogue, 'daten'), () => indexCatalogue(undefined as unknown as Catalogue), () => findCompetency(undefined as unknown as Catalogue, 'daten')];
    for (const lookup of lookups) assert.throws(lookup, KompetenzradError);
    indexCatalogue(DEFAULT_CATALOGUE);
    for (const lookup of lookups) assert.throws(lookup, KompetenzradError);
  });

  test('findCompetency finds the competencies the catalogue had when it was indexed', () => {
    const catalogue: Catalogue = { ...DEFAULT_CATALOGUE, competencies: DEFAULT_CATALOGUE.competencies.map((competency) => ({ ...competency })) };
    indexCatalogue(catalogue);
    (catalogue.competencies as unknown[]).push(null);
    assert.equal(findCompetency(catalogue, 'Data literacy')?.id, 'daten');
  });

  test('findCompetency matches id, German and English label, ignoring case and blanks', () => {
    assert.equal(findCompetency(DEFAULT_CATALOGUE, 'projektmanagement')?.id, 'projektmanagement');
    assert.equal(findCompetency(DEFAULT_CATALOGUE, '  informationssicherheit  UND datenschutz ')?.id, 'informationssicherheit');
    assert.equal(findCompetency(DEFAULT_CATALOGUE, 'Data literacy')?.id, 'daten');
    assert.equal(findCompetency(DEFAULT_CATALOGUE, 'SELBSTFÜHRUNG')?.id, 'selbstfuehrung');
    assert.equal(findCompetency(DEFAULT_CATALOGUE, 'Selbstfu\u0308hrung')?.id, 'selbstfuehrung', 'decomposed umlaut');
    assert.equal(findCompetency(DEFAULT_CATALOGUE, 'Kochen'), undefined);
    assert.equal(findCompetency(DEFAULT_CATALOGUE, 42 as unknown as string), undefined);
  });

  test('throws a KompetenzradError for an invalid catalogue', () => {
    assert.throws(
      () => competencyById({ categories: [], competencies: [] }, 'x'),
      (error: unknown) => error instanceof KompetenzradError && error.issues[0].path === '$.catalogue.categories',
    );
  });

  test('indexCatalogue caches per catalogue object', () => {
    const catalogue = small();
    const index = indexCatalogue(catalogue);
    assert.equal(indexCatalogue(catalogue), index);
    assert.deepEqual(index.competencyIds, ['x', 'y']);
    assert.equal(index.position.get('y'), 1);
    assert.deepEqual([...index.categoryOfPosition], [0, 0]);
  });

  test('refreshDueDate adds the refresh interval', () => {
    const [, y] = small().competencies;
    assert.equal(refreshDueDate(y, '2024-01-31'), '2025-01-31');
    assert.equal(refreshDueDate(competencyById(DEFAULT_CATALOGUE, 'informationssicherheit')!, '2023-02-28'), '2025-02-28');
    assert.equal(refreshDueDate(competencyById(DEFAULT_CATALOGUE, 'team')!, '2020-01-01'), undefined);
  });
});

describe('labels in sentences', () => {
  test('lower-case where a sentence needs it, in both languages', () => {
    assert.equal(labelInSentence('Personale Kompetenzen', 'de'), 'personale Kompetenzen');
    assert.equal(labelInSentence('(Laterale) Führungskompetenz', 'de'), '(laterale) Führungskompetenz');
    assert.equal(labelInSentence('Methodenkompetenzen', 'de'), 'Methodenkompetenzen');
    assert.equal(labelInSentence('Partizipation und Teilhabe', 'de'), 'Partizipation und Teilhabe');
    assert.equal(labelInSentence('Eigene Kategorie', 'de'), 'Eigene Kategorie', 'custom German labels stay');
    assert.equal(labelInSentence('Personal competencies', 'en'), 'personal competencies');
    assert.equal(labelInSentence('IT application skills', 'en'), 'IT application skills');
  });

  test('joins lists with "und" / "and"', () => {
    assert.equal(joinForSentence([], 'de'), '');
    assert.equal(joinForSentence(['a'], 'de'), 'a');
    assert.equal(joinForSentence(['a', 'b', 'c'], 'de'), 'a, b und c');
    assert.equal(joinForSentence(['a', 'b'], 'en'), 'a and b');
    assert.equal(labelsForSentence(DEFAULT_CATALOGUE, ['daten', 'technik'], 'de'), 'Datenkompetenz und technische Kompetenz');
    assert.equal(labelsForSentence(DEFAULT_CATALOGUE, ['personal'], 'en', 'categories'), 'personal competencies');
  });
});
