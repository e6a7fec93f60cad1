/**
 * The value a page set on `element`'s `name` before the element was defined, taken off it: an own
 * property would shadow the class's accessor or field (Lit does this for its reactive properties
 * itself, in the first update). `undefined` when there is none.
 */
export function earlyValue(element: object, name: string): { value: unknown } | undefined {
  const own = Object.getOwnPropertyDescriptor(element, name);
  if (!own || !('value' in own)) return undefined;
  delete (element as Record<string, unknown>)[name];
  return { value: own.value };
}
