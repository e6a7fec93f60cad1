import type { ProviderStrings } from './index.js';

const strings: ProviderStrings = {
  external: 'Newer data saved in another window has been loaded.',
  conflict: 'Newer data was saved in another window, so your last change was not saved; the newer data has been loaded.',
  saveFailed: 'Saving failed. Your changes are kept and will be saved again.',
  saved: 'Your changes are now saved.',
  imported: 'The data has been imported.',
  importFailed: 'The data could not be imported; the previous state is kept.',
  cleared: 'All stored data has been deleted.',
  loadFailed: 'The stored data could not be read.',
};

export default strings;
