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
  for (const key of Object.keys(value)) freezeDeep((value as Record<string, unknown>)[key]);
  return value;
}
