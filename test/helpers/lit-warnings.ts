/**
 * Lit's dev-mode warnings (e.g. `change-in-update`: an update asked for by the update before)
 * written while `run` runs. Lit writes each warning once per page; the record of the ones written
 * is cleared first, so a warning an earlier test caused is written again.
 */
export async function litWarnings(run: () => Promise<unknown>): Promise<string[]> {
  (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings?.clear();
  const warned: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    warned.push(args.map(String).join(' '));
    warn.apply(console, args);
  };
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return warned.filter((text) => text.includes('lit.dev/msg/'));
}
