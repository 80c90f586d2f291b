import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Prints why tests were skipped, once per distinct reason, because Playwright's own reporters
 * only count skipped tests. The Electron suite relies on this to say in one line that no
 * Electron binary is installed.
 */
export default class SkipReasonReporter implements Reporter {
  private readonly printed = new Set<string>();

  printsToStdio(): boolean {
    return true;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    for (const annotation of test.annotations) {
      if (annotation.type !== 'skip' || !annotation.description || this.printed.has(annotation.description)) continue;
      this.printed.add(annotation.description);
      console.log(`SKIPPED: ${annotation.description}`);
    }
  }
}
