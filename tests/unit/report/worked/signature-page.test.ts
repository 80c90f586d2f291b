import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { lazyChromiumPrinter } from '../../../support/chromium-printer.js';
import { openHarness, type CoreHarness } from '../../../support/core-harness.js';
import { pageCount, textLines, withoutGuessedSpaces } from '../../../support/poppler.js';
import { recordExampleB } from './example-b.js';

let h: CoreHarness;
beforeEach(async () => {
  h = await openHarness({ printer: lazyChromiumPrinter(), pickSaveFile: async ({ suggestedName }) => join(h.dataDir, suggestedName) });
});
afterEach(async () => {
  await h.cleanup();
});

it('never prints the signatures of signed minutes alone on a page: the closing sentence goes with them', async () => {
  const programmeId = await recordExampleB(h);
  const report = await h.ok('reports:create', { programmeId, template: 'minutes' });
  await h.ok('reports:finalise', { id: report.id });
  const pdf = (await h.ok('reports:export', { id: report.id, format: 'pdf' }))?.path ?? '';
  const pages = await pageCount(pdf);
  const last = withoutGuessedSpaces((await textLines(pdf, pages)).join(' '));
  expect(last).toContain(withoutGuessedSpaces('(श्री मोहन लाल अहिरवार)'));
  expect(last).toContain(withoutGuessedSpaces('धन्यवाद ज्ञापन के साथ समाप्त हुई'));
}, 60_000);
