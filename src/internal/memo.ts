/**
 * Remembers the last result of `compute` and returns it again while every argument is the
 * same (by identity, `Object.is`), so derived data is built once per data change, not per render.
 */
export class Memo<A extends readonly unknown[], R> {
  private args: A | undefined;
  private value: R | undefined;

  constructor(private readonly compute: (...args: A) => R) {}

  get(...args: A): R {
    const last = this.args;
    if (!last || last.length !== args.length || args.some((arg, i) => !Object.is(arg, last[i]))) {
      this.value = this.compute(...args);
      this.args = args;
    }
    return this.value as R;
  }

  clear(): void {
    this.args = undefined;
    this.value = undefined;
  }
}
