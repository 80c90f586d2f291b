/**
 * Wall time of `work` and the longest the event loop went without running a 1 ms timer while it
 * ran: how long a desk would have waited for any other answer from the core meanwhile.
 */
export async function withLongestBlock<T>(work: () => Promise<T>): Promise<{ ms: number; longestBlockMs: number; value: T }> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  const started = performance.now();
  try {
    const value = await work();
    return { ms: performance.now() - started, longestBlockMs: longest, value };
  } finally {
    clearInterval(timer);
  }
}
