/** The objects `freezeDeep` froze, with everything in them. */
const frozen = new WeakSet<object>();

/**
 * Freezes `value` and everything in it, in place, and returns it. A new state shares most of its
 * parts with the one before; those were frozen then and are not walked again.
 */
export function freezeDeep<T>(value: T): T {
  if (typeof value !== 'object' || value === null || frozen.has(value)) return value;
  frozen.add(value);
  Object.freeze(value);
  // Index and `for...in` loops: about twice as fast as `Object.keys` over 10,000 people. Only own
  // keys: a value a page's object inherits is the page's, not the provider's.
  if (Array.isArray(value)) for (let index = 0; index < value.length; index += 1) freezeDeep(value[index]);
  else for (const key in value) if (Object.hasOwn(value, key)) freezeDeep(value[key]);
  return value;
}

/**
 * `freezeDeep` for a value just made by `JSON.parse`: nothing in it is shared or frozen yet, so it
 * is walked without being recorded, and only the value itself is recorded, which stops later
 * walks at it. Recording every object costs more than freezing it.
 */
export function freezeParsed<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  freezeTree(value);
  frozen.add(value);
  return value;
}

/** A list of values `freezeParsed` froze, frozen and recorded as `freezeParsed` records a value, without walking them again. */
export function freezeParsedList<T>(list: T[]): T[] {
  Object.freeze(list);
  frozen.add(list);
  return list;
}

function freezeTree(value: object): void {
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      if (typeof item === 'object' && item !== null) freezeTree(item);
    }
    return;
  }
  for (const key in value) {
    const item: unknown = (value as Record<string, unknown>)[key];
    if (typeof item === 'object' && item !== null) freezeTree(item);
  }
}
