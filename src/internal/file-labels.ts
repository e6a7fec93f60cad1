import type { CsvLabels } from '../domain/csv.js';
import type { ICalendarLabels } from '../domain/icalendar.js';
import type { Lang } from '../domain/types.js';
import { availableTexts, defineStrings } from './localize.js';

interface FileLabels {
  csv: CsvLabels;
  calendar: ICalendarLabels;
}

/** The words of the CSV and calendar files, loaded with the texts of the elements that import this module (`defineStrings`). */
const FILE_LABELS = defineStrings<FileLabels>({
  de: async () => {
    const { CSV_LABELS_DE, ICALENDAR_LABELS_DE } = await import('../domain/messages/file-labels.de.js');
    return { csv: CSV_LABELS_DE, calendar: ICALENDAR_LABELS_DE };
  },
  en: async () => {
    const { CSV_LABELS_EN, ICALENDAR_LABELS_EN } = await import('../domain/messages/file-labels.en.js');
    return { csv: CSV_LABELS_EN, calendar: ICALENDAR_LABELS_EN };
  },
});

/** The file words in `lang` (an element renders, and so offers a file, only once its language is loaded). */
export function fileLabels(lang: Lang): FileLabels {
  const labels = availableTexts(FILE_LABELS, lang);
  if (!labels) throw new Error(`the file labels in "${lang}" are used before they were loaded`);
  return labels;
}
