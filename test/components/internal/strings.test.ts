import { expect } from '@open-wc/testing';
import type { Lang } from '../../../src/domain/types.js';
import { SHARED_STRINGS, type SharedStrings } from '../../../src/internal/strings.js';

const problem = (code: string, source: string, subject?: string) => ({ code, source, scope: source, message: code, ...(subject === undefined ? {} : { subject }) });

describe('the notice: problems of a group', () => {
  it('names each problem of a group in words, in German and English', () => {
    const { de, en } = SHARED_STRINGS as Readonly<Record<Lang, SharedStrings>>;
    const cases: [ReturnType<typeof problem>, string, string][] = [
      [problem('not-for-groups', 'target-role'), '„target-role“ wird nicht verwendet, solange eine Gruppe gezeigt wird.', '“target-role” is not used while a group is shown.'],
      [problem('unknown-group', 'group', 'Marsamt'), 'Keine Gruppe „Marsamt“ in „group“.', 'No group “Marsamt” in “group”.'],
      [problem('invalid-aggregate', 'aggregate'), '„aggregate“ ist keine gültige Gruppenauswertung; es werden keine Werte gezeigt.', '“aggregate” is not a valid aggregate; no figures are shown.'],
      [problem('group-unavailable', 'group'), 'Die Gruppenansicht konnte nicht geladen werden.', 'The group view could not be loaded.'],
    ];
    for (const [given, german, english] of cases) {
      expect(de.problem(given)).to.equal(german);
      expect(en.problem(given)).to.equal(english);
    }
  });
});
