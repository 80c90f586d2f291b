// Locale parity: every namespace has the same keys in Hindi and English, no value is empty, and
// no Hindi value is merely the English one (a forgotten translation) unless it is listed in
// locales/intentionally-identical.json with the reason. Exits 1 and names each problem.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const localesDir = join(root, 'locales');
const allowListPath = join(localesDir, 'intentionally-identical.json');
const allowed = new Set(existsSync(allowListPath) ? Object.keys(JSON.parse(readFileSync(allowListPath, 'utf8'))) : []);

function flatten(value, prefix = '', into = new Map()) {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into.set(prefix, value);
  }
  return into;
}

function load(language, file) {
  return flatten(JSON.parse(readFileSync(join(localesDir, language, file), 'utf8')));
}

const problems = [];
const hindiFiles = readdirSync(join(localesDir, 'hi')).filter((file) => file.endsWith('.json')).sort();
const englishFiles = readdirSync(join(localesDir, 'en')).filter((file) => file.endsWith('.json')).sort();
for (const file of englishFiles) if (!hindiFiles.includes(file)) problems.push(`hi/${file} is missing (en/${file} exists)`);

let keyCount = 0;
for (const file of hindiFiles) {
  const namespace = file.replace(/\.json$/, '');
  if (!englishFiles.includes(file)) {
    problems.push(`en/${file} is missing (hi/${file} exists)`);
    continue;
  }
  const hindi = load('hi', file);
  const english = load('en', file);
  for (const [key, value] of hindi) {
    keyCount += 1;
    const id = `${namespace}:${key}`;
    if (!english.has(key)) problems.push(`${id} has no English text`);
    if (typeof value !== 'string' || value.trim() === '') problems.push(`${id} is empty or not text in Hindi`);
    const englishValue = english.get(key);
    if (typeof englishValue !== 'string' || englishValue.trim() === '') problems.push(`${id} is empty or not text in English`);
    if (value === englishValue && !allowed.has(id)) problems.push(`${id} is identical in Hindi and English ("${value}"): translate it or list it in locales/intentionally-identical.json`);
  }
  for (const key of english.keys()) if (!hindi.has(key)) problems.push(`${namespace}:${key} has no Hindi text`);
}

if (problems.length > 0) {
  console.error(`locales: ${problems.length} problem(s)`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(`locales: ${hindiFiles.length} namespaces, ${keyCount} keys, Hindi and English in step`);
