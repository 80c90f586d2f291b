export type CsvDelimiter = ',' | '\t' | ';';

const CANDIDATES: readonly CsvDelimiter[] = ['\t', ';', ','];
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_LINES = 50;

/**
 * Guesses the delimiter from the first lines, counting only outside quotes (Hindi addresses are
 * full of commas). The winner splits the most lines into the same number of cells; Excel's
 * "Unicode Text" uses tabs, and European Excel writes semicolons.
 */
export function guessDelimiter(text: string): CsvDelimiter {
  const lineCounts = countPerLine(text.slice(0, SAMPLE_CHARS));
  let best: CsvDelimiter = ',';
  let bestScore = 0;
  let bestWidth = 0;
  for (const delimiter of CANDIDATES) {
    const counts = lineCounts.map((line) => line[delimiter]).filter((count) => count > 0);
    if (counts.length === 0) continue;
    const { value: width, frequency } = mode(counts);
    if (frequency > bestScore || (frequency === bestScore && width > bestWidth)) {
      best = delimiter;
      bestScore = frequency;
      bestWidth = width;
    }
  }
  return best;
}

type Counts = Record<CsvDelimiter, number>;

function countPerLine(sample: string): Counts[] {
  const lines: Counts[] = [];
  let current: Counts = { ',': 0, '\t': 0, ';': 0 };
  let inQuotes = false;
  let lineHasText = false;
  for (let index = 0; index < sample.length && lines.length < SAMPLE_LINES; index += 1) {
    const char = sample[index]!;
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === '\n' || char === '\r')) {
      if (lineHasText) lines.push(current);
      current = { ',': 0, '\t': 0, ';': 0 };
      lineHasText = false;
      continue;
    } else if (!inQuotes && (char === ',' || char === '\t' || char === ';')) current[char] += 1;
    lineHasText = true;
  }
  if (lineHasText && lines.length < SAMPLE_LINES) lines.push(current);
  return lines;
}

function mode(values: number[]): { value: number; frequency: number } {
  const frequencies = new Map<number, number>();
  for (const value of values) frequencies.set(value, (frequencies.get(value) ?? 0) + 1);
  let best = { value: 0, frequency: 0 };
  for (const [value, frequency] of frequencies) if (frequency > best.frequency || (frequency === best.frequency && value > best.value)) best = { value, frequency };
  return best;
}
