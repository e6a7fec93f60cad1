import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyPortfolio } from '../../src/domain/portfolio.ts';
import { storageChoiceOf, storageSwitch } from '../../src/components/kompetenz-provider/model/storage-switch.ts';
import { holdsNothing } from '../../src/components/kompetenz-provider/model/stored-document.ts';
import { usableStoreName } from '../../src/components/kompetenz-provider/model/store-name.ts';
import { missingAdapterMethods } from '../../src/components/kompetenz-provider/controllers/storage-adapter.ts';
import { isTimeLimit, timeLimitOf } from '../../src/components/kompetenz-provider/controllers/time-limit.ts';

const changed = (...keys: string[]) => new Set(keys);

test('another place keeps the portfolio; another src or store-name is another portfolio', () => {
  assert.deepEqual(storageSwitch(changed('storage'), undefined, 'local'), { choose: true, samePortfolio: true });
  assert.deepEqual(storageSwitch(changed('storageAdapter'), 'team', 'local'), { choose: true, samePortfolio: true });
  assert.deepEqual(storageSwitch(changed('src'), undefined, 'local'), { choose: true, samePortfolio: false }, 'the database follows src');
  assert.deepEqual(storageSwitch(changed('src'), 'team', 'local'), { choose: false, samePortfolio: false }, 'a store-name keeps the database');
  assert.deepEqual(storageSwitch(changed('src'), 'team', 'http'), { choose: true, samePortfolio: false }, 'with http src is the storage');
  assert.deepEqual(storageSwitch(changed('storage', 'src'), undefined, 'none'), { choose: true, samePortfolio: false });
  assert.deepEqual(storageSwitch(changed('storeName'), 'b', 'local'), { choose: true, samePortfolio: false });
  assert.deepEqual(storageSwitch(changed('person'), undefined, 'local'), { choose: false, samePortfolio: false });
  assert.equal(storageChoiceOf({ storage: 'local', src: 'a.json#x' }, 'https://intranet.example/hr/').storeName, 'kompetenzrad https://intranet.example/hr/a.json');
});

test('what cannot be used counts as documented: an adapter without its methods as "none", a bad store-name as none given', () => {
  const base = 'https://intranet.example/hr/';
  const broken = { save: async () => undefined } as never;
  assert.deepEqual(missingAdapterMethods(broken), ['load', 'clear']);
  assert.deepEqual(missingAdapterMethods({ load() {}, save() {}, clear() {}, close: 'no' }), ['close']);
  assert.deepEqual(missingAdapterMethods(Object.assign(() => undefined, { load() {}, save() {}, clear() {} })), []);
  assert.deepEqual(missingAdapterMethods(7), ['load', 'save', 'clear']);
  const choice = storageChoiceOf({ storage: 'local', storageAdapter: broken, storeName: '  ', src: 'a.json' }, base);
  assert.equal(choice.storageAdapter, undefined);
  assert.equal(choice.storage, 'none');
  assert.equal(choice.storeName, 'kompetenzrad https://intranet.example/hr/a.json');
  assert.equal(choice.ownStoreName, undefined, 'no "   -unsaved" database either');
  assert.equal(storageChoiceOf({ storage: 'http', storeName: 'x'.repeat(201) }, base).storeName, 'kompetenzrad');
  assert.equal(usableStoreName(' team '), ' team ');
  assert.equal(usableStoreName(''), undefined);
  assert.deepEqual(storageSwitch(changed('src'), '   ', 'local'), { choose: true, samePortfolio: false }, 'a blank store-name does not hold the database');
});

test('a time limit is a number of milliseconds above 0 that setTimeout keeps', () => {
  for (const ok of [0.5, 1, 10_000, 2_147_483_647]) assert.equal(isTimeLimit(ok), true, String(ok));
  for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, 2_147_483_648, '5000', null, undefined]) assert.equal(timeLimitOf(bad), 10_000, String(bad));
});

test('a portfolio holds nothing without records, own catalogue or roles', () => {
  assert.equal(holdsNothing(emptyPortfolio()), true);
  assert.equal(holdsNothing({ ...emptyPortfolio(), people: [{ id: 'p1', name: 'A', roleId: 'cdo' }] }), false);
  assert.equal(holdsNothing({ ...emptyPortfolio(), roles: [] }), false);
});
