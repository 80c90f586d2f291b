/**
 * Runs `work` over `inputs` with at most `limit` calls in flight, so that reading thousands of
 * files neither runs them one by one nor opens them all at once (file-handle limits, memory).
 */
export async function mapWithLimit<I, O>(inputs: readonly I[], limit: number, work: (input: I) => Promise<O>): Promise<O[]> {
  const results = new Array<O>(inputs.length);
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const index = next;
      next += 1;
      results[index] = await work(inputs[index] as I);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, worker));
  return results;
}
