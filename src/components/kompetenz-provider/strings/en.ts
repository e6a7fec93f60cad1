import { fieldName } from '../../../domain/messages/fields.js';
import { ISSUE_WORDS_EN } from '../../../domain/messages/validation.en.js';
import type { ProviderStrings } from './index.js';

const strings: ProviderStrings = {
  external: 'Newer data saved in another window or by someone else has been loaded.',
  merged: 'Newer data was saved in another window or by someone else. Your changes have been merged with it and are being saved.',
  mergedWithConflicts:
    'Newer data was saved in another window or by someone else and merged with your changes. Some details were changed differently in both places: please choose which value holds.',
  movedMerged: 'The new storage place already held data. It has been merged with the details here and is being saved there.',
  movedMergedWithConflicts:
    'The new storage place already held data. It has been merged with the details here; some details differ there: please choose which value holds.',
  mergeFailed:
    'Newer data that cannot be merged with your changes was saved in another window or by someone else. Your changes stay in this window but are not saved. Reloading the page shows the stored data; the changes here are then lost.',
  movedMergeFailed:
    'The new storage place holds data that cannot be merged with the details here. The details stay in this window but are not saved there.',
  clearedElsewhere: 'All data was deleted in another window, so your last change was not saved.',
  conflictResolved: 'Your choice has been applied.',
  lastConflictResolved: 'Your choice has been applied. Every conflicting change is now settled.',
  saveFailed: 'Saving failed. Your changes are kept in this window and will be saved again.',
  saved: 'Your changes are now saved.',
  imported: 'The data has been imported.',
  importFailed: 'The data could not be imported; the previous state is kept.',
  cleared: 'All stored data has been deleted.',
  loadFailed: 'The stored data could not be read.',
  offline: 'The server cannot be reached. Your changes are kept in this browser and saved once it can be reached again.',
  signInNeeded: 'The server asks you to sign in. Your changes are kept in this browser and saved once you have signed in.',
  notAllowed: 'You may not change the shared file on the server. Your changes are kept in this browser.',
  notFoundOnServer: 'The shared file cannot be saved at its address on the server. Your changes are kept in this browser.',
  serverFailed: 'The server reported an error. Your changes are kept in this browser and will be saved again.',
  serverRefused: 'The server does not accept your changes. They are kept in this browser.',
  savedNowhere:
    'Your changes could be saved neither on the server nor in this browser. They exist only in this window: keep it open, saving is tried again. If this goes on, contact your IT administrator.',
  storageBlocked:
    'This browser does not let the page save data (because of its settings, or in a private window, for example). Your changes exist only in this window and are lost when you close it. Keep it open and contact your IT administrator.',
  storageFull:
    'This browser’s storage is full, so your changes were not saved. They exist only in this window: keep it open and free some space (delete website data you no longer need, for example) or contact your IT administrator. Saving is then tried again.',
  restored: 'Changes that could not be saved last time have been restored and are being saved now.',
  notice: {
    srcLoad: (src, status) =>
      `The data at “${src}” could not be loaded: ${
        status === undefined
          ? 'no answer came, or it could not be read.'
          : status === 404 || status === 410
            ? `there is no such address on the server (${status}).`
            : status === 401 || status === 403
              ? `the server does not give it out; a sign-in or permission is missing (${status}).`
              : status >= 500
                ? `the server reports an error (${status}).`
                : `the server refused it (${status}).`
      }`,
    srcInvalid: (src, why) => `The file at “${src}” is not a valid portfolio: ${why}`,
    storage: (value) => `“${value}” is not possible as storage (possible: local, none, http); so the data is not saved anywhere, only kept in this window (none), until storage is corrected.`,
    storageAdapter: (missing) =>
      `The page’s storageAdapter cannot store data; it lacks as a function: ${missing.join(', ')}. So the data is not saved anywhere, only kept in this window, until storageAdapter is corrected.`,
    storageTimeout: (value, seconds) =>
      `“${value}” is not a possible waiting time for storageTimeout (expected: a number of milliseconds, more than 0 and at most about 24 days); the default of ${seconds} seconds holds.`,
    storeName: (value, max, used) =>
      `${value.trim() === '' ? 'An empty store-name' : `“${value}” as store-name`} cannot name the storage in this browser (it needs 1 to ${max} characters, and not spaces alone); ${
        used ? 'the default name is used' : 'that storage is not in use now; once it is, the default name is used'
      }.`,
    today: (value) => `“${value}” as today is not a date of the form YYYY-MM-DD; today’s date is used.`,
    person: (id) => `There is no person “${id}” in the data, so nobody is selected.`,
    portfolio: (why) => `The data given was not taken: ${why}`,
  },
  conflicts: {
    label: 'Conflicting changes',
    intro: {
      storage: 'These details were changed differently here and elsewhere. Please choose which value holds for each.',
      import: 'These details differ between the imported file and this browser. Please choose which value holds for each.',
    },
    side: {
      storage: { mine: 'Your version', theirs: 'Other version' },
      import: { mine: 'Until now', theirs: 'From the file' },
    },
    choice: (side, value, holds) => `${side}: ${value}${holds ? ' (holds now)' : ''}`,
    absent: '(removed)',
    quote: (text) => `“${text}”`,
    person: (name) => `Person “${name}”`,
    assessment: (name, date, external) => (external ? `Line manager's assessment of “${name}” of ${date}` : `Self-assessment of “${name}” of ${date}`),
    goal: (name) => `Goal of “${name}”`,
    plan: (name) => `Learning plan of “${name}”`,
    catalogue: 'Catalogue',
    roles: 'Roles',
    field: (field, key) => fieldName(key === undefined ? `$.${field}` : `$.${field}.${key}`, ISSUE_WORDS_EN),
    level: (competency) => `Level “${competency}”`,
    allResolved: 'Every conflicting change is settled. There is nothing left to choose.',
  },
};

export default strings;
