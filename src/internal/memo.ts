/**
 * Remembers the last result of `compute` and returns it again while every argument is the
 * same (by identity, `Object.is`), so derived data is built once per data change, not per render.
 */
export class Memo<A extends readonly unknown[], R> {
  private args: A | undefined;
  private value: R | undefined;

  constructor(private readonly compute: (...args: A) => R) {}

  get(...args: A): R {
    if (!this.has(...args)) {
      this.value = this.compute(...args);
      this.args = args;
    }
    return this.value as R;
  }

  /** Whether `get(...args)` gives the remembered result, without computing. */
  has(...args: A): boolean {
    const last = this.args;
    return !!last && last.length === args.length && args.every((arg, i) => Object.is(arg, last[i]));
  }

  clear(): void {
    this.args = undefined;
    this.value = undefined;
  }
}
