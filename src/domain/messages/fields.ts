/** One language's words around issues: where an issue is, and how many more there are. */
export interface IssueWords {
  /**
   * The fields of a JSON path. A name is a text, or for a list or a map `[the whole, one entry]`:
   * `people` → "Personen" / "Person 3", `levels` → "Stufen" / "Stufe „daten“".
   */
  readonly fields: Readonly<Record<string, string | readonly [whole: string, entry: string]>>;
  /** A field the table does not name (a competency id, an unknown key), e.g. quoted. */
  readonly unnamed: (key: string) => string;
  /** An entry of a list that has no name (`$[3]`). */
  readonly entry: (position: number) => string;
  /** Said after the first of several issues: ` (und 2 weitere)`. */
  readonly andMore: (count: number) => string;
}

const SEGMENT = /\.([^.[\]]+)|\[(\d+)\]/g;

/** The segments of a path: keys and list positions (`$options.items[2]` → options, items, 2; the `$` may be missing). */
function segmentsOf(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  const root = /^\$?([A-Za-z]\w*)/.exec(path);
  if (root) segments.push(root[1]);
  for (const match of path.slice(root ? root[0].length : path.startsWith('$') ? 1 : 0).matchAll(SEGMENT)) {
    segments.push(match[1] !== undefined ? match[1] : Number(match[2]));
  }
  return segments;
}

/**
 * The field a path points at, in words: `$.people[0].roleId` → "Person 1, Rolle", with the
 * `subject` after the first entry ("Person 1 (Erika Muster), Rolle"); an empty text for the
 * document itself (`$`). Positions count from 1, as people count.
 */
export function fieldName(path: string, words: IssueWords, subject?: string): string {
  const segments = segmentsOf(path);
  const parts: string[] = [];
  // The name goes with the first entry the path counts ("Person 1 (Erika Muster)").
  let named = subject === undefined;
  const nameEntry = (): void => {
    if (named) return;
    parts[parts.length - 1] += ` (${subject})`;
    named = true;
  };
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i];
    if (typeof segment === 'number') {
      parts.push(words.entry(segment + 1));
      nameEntry();
      continue;
    }
    const name = Object.hasOwn(words.fields, segment) ? words.fields[segment] : undefined;
    const next = segments[i + 1];
    if (typeof name === 'string') parts.push(name);
    else if (name === undefined) parts.push(words.unnamed(segment));
    else if (next === undefined) parts.push(name[0]);
    else {
      const known = typeof next === 'string' && Object.hasOwn(words.fields, next);
      parts.push(known ? name[0] : `${name[1]} ${typeof next === 'number' ? next + 1 : words.unnamed(next)}`);
      if (!known) {
        i += 1;
        if (typeof next === 'number') nameEntry();
      }
    }
  }
  return parts.join(', ');
}
