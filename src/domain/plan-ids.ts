import { got, issue, KompetenzradError } from './errors.js';
import { MAX_RECORD_ID_LENGTH } from './validate.js';

/** Enough for every suffix the domain appends to a plan id: `-item-500`, `-review-final-201` … */
const PLAN_ID_SUFFIX_ROOM = 20;
const ID_HASH_LENGTH = 11;

/**
 * The stem of the ids the domain gives a plan's items and reviews (`<stem>-item-3`,
 * `<stem>-review-final`): the plan id itself, or for a plan id longer than 108 characters its
 * start with a hash of the whole id appended, so that every generated id stays within the
 * 128 characters of a record id. Same plan id, same stem; different plan ids, different stems.
 */
export function planIdStem(planId: string): string {
  if (typeof planId !== 'string' || planId === '') {
    throw new KompetenzradError([issue('$planId', 'type', { expected: 'text', ...got(planId) })]);
  }
  return idStem(planId, PLAN_ID_SUFFIX_ROOM);
}

/** `head`, or its start and `.<hash of head>`, short enough to leave `room` characters of a record id free. */
export function idStem(head: string, room: number): string {
  const max = MAX_RECORD_ID_LENGTH - room;
  if (head.length <= max) return head;
  return `${head.slice(0, max - ID_HASH_LENGTH - 1)}.${hash53(head).toString(36).padStart(ID_HASH_LENGTH, '0')}`;
}

/** cyrb53: a fast, well-mixed 53-bit string hash (not for security). */
export function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
