export type Budget = { op: '<=' | '>='; limit: number };

/**
 * Prints one figure in the project's bench format: `bench: <name> = <value> <unit> (budget <op> <limit>: ok|over)`;
 * a figure without a budget omits the parenthesis. Resolves to whether the figure is within budget.
 */
export function report(name: string, value: number, unit: string, budget?: Budget): boolean {
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(1);
  if (budget === undefined) {
    console.log(`bench: ${name} = ${shown} ${unit}`);
    return true;
  }
  const within = budget.op === '<=' ? value <= budget.limit : value >= budget.limit;
  console.log(`bench: ${name} = ${shown} ${unit} (budget ${budget.op} ${budget.limit}: ${within ? 'ok' : 'over'})`);
  return within;
}

export function percentile(samples: readonly number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

export async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}
