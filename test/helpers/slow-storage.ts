/** A storage adapter for `<kompetenz-provider>` whose first load answers only when the test says so (`answer`). */
export function slowStorage() {
  let answer: (value: unknown) => void = () => undefined;
  const loaded = new Promise<unknown>((resolve) => (answer = resolve));
  return { adapter: { load: () => loaded, save: async () => undefined, clear: async () => undefined }, answer };
}
