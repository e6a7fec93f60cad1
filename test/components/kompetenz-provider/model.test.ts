import { expect } from '@open-wc/testing';
import { valueAt, withValueAt } from '../../../src/components/kompetenz-provider/model/conflict-place.js';
import { freezeDeep, freezeParsed, freezeParsedList } from '../../../src/components/kompetenz-provider/model/frozen.js';
import type { MergeConflict } from '../../../src/domain/merge.js';
import { validatePortfolio } from '../../../src/domain/portfolio.js';
import type { Plan, Portfolio } from '../../../src/domain/types.js';
import { portfolio } from './helpers.js';

describe('conflict places', () => {
  const plan: Plan = {
    id: 'plan1',
    personId: 'p1',
    status: 'draft',
    history: [{ status: 'draft', date: '2025-03-01' }],
    items: [{ id: 'i1', kind: 'format', formatId: 'selbstlernen', competencyIds: ['daten'], start: '2025-03-01', end: '2025-03-31', hours: 8, cost: 0, status: 'planned' }],
    reviews: [],
  };
  const data = (): Portfolio => ({ ...portfolio(), plans: [plan] });
  const at = (conflict: Omit<MergeConflict, 'code'>): MergeConflict => ({ code: 'changed-both', ...conflict });

  it('reads and writes a field, a map entry and a list entry', () => {
    const name = at({ entity: 'person', id: 'p1', field: 'name' });
    expect(valueAt(data(), name)).to.equal('Erika Muster');
    expect(valueAt(withValueAt(data(), name, 'Erika M.')!, name)).to.equal('Erika M.');

    const level = at({ entity: 'assessment', id: 'a1', field: 'levels', key: 'daten' });
    expect(valueAt(data(), level)).to.equal(1);
    const without = withValueAt(data(), level, undefined)!;
    expect(without.assessments[0]!.levels).to.deep.equal({ technik: 2 });

    const item = at({ entity: 'plan', id: 'plan1', field: 'items', key: 'i1' });
    const longer = { ...plan.items[0]!, hours: 12 };
    expect(valueAt(withValueAt(data(), item, longer)!, item)).to.deep.equal(longer);
    expect(withValueAt(data(), item, undefined)!.plans[0]!.items).to.deep.equal([]);
    expect(validatePortfolio(withValueAt(data(), item, longer)!).ok).to.be.true;
  });

  it('removes a person with all their records, and adds a record back', () => {
    const person = at({ entity: 'person', id: 'p1' });
    const gone = withValueAt(data(), person, undefined)!;
    expect(gone.people.map((p) => p.id)).to.deep.equal(['p2']);
    expect([...gone.assessments, ...gone.plans]).to.deep.equal([]);
    const back = withValueAt(gone, at({ entity: 'plan', id: 'plan1' }), plan);
    expect(back!.plans).to.deep.equal([plan]);
    expect(gone.erasedPeople, 'a choice may be taken back: nobody is erased by it').to.equal(undefined);
    const chosenBack = withValueAt(gone, person, data().people[0]);
    expect(validatePortfolio({ ...chosenBack!, plans: [] }).ok).to.be.true;
  });

  it('knows no place in a record that is gone', () => {
    expect(withValueAt(portfolio(), at({ entity: 'goal', id: 'g9', field: 'due' }), '2025-12-31')).to.be.undefined;
    expect(valueAt(portfolio(), at({ entity: 'document', field: 'roles' }))).to.be.undefined;
  });
});

describe('freezing the state', () => {
  it('freezeParsed freezes a parsed record and everything in it', () => {
    const record = freezeParsed(JSON.parse('{"id":"a1","levels":{"daten":2},"notes":[{"text":"x"}]}'));
    expect(Object.isFrozen(record)).to.equal(true);
    expect(Object.isFrozen(record.levels)).to.equal(true);
    expect(Object.isFrozen(record.notes)).to.equal(true);
    expect(Object.isFrozen(record.notes[0])).to.equal(true);
    expect(freezeParsed(3)).to.equal(3);
    expect(freezeParsed(null)).to.equal(null);
  });

  it('a state made of records that freezeParsed froze is frozen whole by freezeDeep', () => {
    const records = [freezeParsed(JSON.parse('{"id":"p1","tags":["a"]}')), freezeParsed(JSON.parse('{"id":"p2","tags":["b"]}'))];
    const state = freezeDeep({ people: records, meta: { version: 2 } });
    expect(Object.isFrozen(state.people)).to.equal(true);
    expect(Object.isFrozen(state.meta)).to.equal(true);
    expect(state.people.every((person) => Object.isFrozen(person) && Object.isFrozen(person.tags))).to.equal(true);
  });

  it('freezeParsedList freezes a list of such records, and freezeDeep does not walk it again', () => {
    const list = freezeParsedList([freezeParsed(JSON.parse('{"id":"p1","tags":["a"]}'))]);
    expect(Object.isFrozen(list)).to.equal(true);
    // A proxy that records what is read: freezeDeep stops at the list.
    const read: PropertyKey[] = [];
    const watched = new Proxy(list, { get: (target, key, receiver) => (read.push(key), Reflect.get(target, key, receiver)) });
    const again = freezeParsedList(watched);
    read.length = 0;
    freezeDeep({ people: again });
    expect(read).to.deep.equal([]);
  });
});
