import { expect, waitUntil } from '@open-wc/testing';
import type { Lang } from '../../../src/domain/types.js';
import { loadIssueWords } from '../../../src/internal/issue-words.js';
import { preloadPageTexts } from '../../../src/internal/localize.js';
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

describe('the notice: issues of validated data', () => {
  it('gives the domain’s sentence after the input, or the provider, the data came from', async () => {
    await loadIssueWords();
    const { de, en } = SHARED_STRINGS as Readonly<Record<Lang, SharedStrings>>;
    const issue = (source: string) => ({ ...problem('unknown-role', source), path: '$.people[5].roleId', params: { id: 'astronaut', known: ['cdo'] }, dataIssue: true as const });
    // The sentences of each language arrive with its texts (those of the page's language are loaded first).
    const pageLang = document.documentElement.lang;
    for (const lang of ['de', 'en']) {
      document.documentElement.lang = lang;
      preloadPageTexts();
    }
    document.documentElement.lang = pageLang;
    await waitUntil(() => !de.problem(issue('people')).includes('$.') && !en.problem(issue('people')).includes('$.'), 'the texts of both languages are loaded');
    expect(de.problem(issue('people'))).to.match(/^„people“: Person 6, Rolle: Die Rolle „astronaut“ ist unbekannt/);
    expect(de.problem(issue('context')), 'not the name of an input no one set').to.match(/^Daten von <kompetenz-provider>: Person 6, Rolle: /);
    expect(en.problem(issue('context'))).to.match(/^<kompetenz-provider> data: Person 6, role: /i);
    // And so is any other problem of a provider's values (the wheel reads them as source `context`).
    expect(de.problem(problem('unknown-competency', 'context', 'daten'))).to.equal('Unbekannte Kompetenz „daten“ in den Daten von <kompetenz-provider>.');
    expect(en.problem(problem('unknown-competency', 'context', 'daten'))).to.equal('Unknown competency “daten” in the data of <kompetenz-provider>.');
  });
});
