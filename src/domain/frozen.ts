// Internal to the domain (not re-exported by index.ts): freezing the built-in defaults.

/** Freezes a tree of plain data so that built-in defaults cannot be changed by accident. */
export function deepFreezeData<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreezeData(inner);
  }
  return value;
}

/**
 * Builds and deep-freezes a built-in default. Called with a pure annotation and no arguments to
 * evaluate, so that bundlers drop defaults nobody uses, texts included.
 */
export function frozenDefault<T>(build: () => T): T {
  return deepFreezeData(build());
}

/** Built-in data valid by construction (their tests check them) and deeply frozen: not checked again at run time. */
const builtIn = new WeakSet<object>();

/** `frozenDefault` for a built-in that `isBuiltIn` knows. */
export function builtInDefault<T extends object>(build: () => T): T {
  const value = frozenDefault(build);
  builtIn.add(value);
  return value;
}

export const isBuiltIn = (value: unknown): boolean => typeof value === 'object' && value !== null && builtIn.has(value);
