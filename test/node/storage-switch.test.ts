import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyPortfolio } from '../../src/domain/portfolio.ts';
import { storageChoiceOf, storageSwitch } from '../../src/components/kompetenz-provider/model/storage-switch.ts';
import { holdsNothing } from '../../src/components/kompetenz-provider/model/stored-document.ts';

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

test('a portfolio holds nothing without records, own catalogue or roles', () => {
  assert.equal(holdsNothing(emptyPortfolio()), true);
  assert.equal(holdsNothing({ ...emptyPortfolio(), people: [{ id: 'p1', name: 'A', roleId: 'cdo' }] }), false);
  assert.equal(holdsNothing({ ...emptyPortfolio(), roles: [] }), false);
});
