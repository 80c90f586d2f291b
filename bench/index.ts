import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchCheckInSearch } from './check-in-search.bench.js';
import { benchPeople } from './people.bench.js';
import { benchPeopleImport } from './people-import.bench.js';
import { benchReportDraft } from './report-draft.bench.js';
import { benchReportOutput } from './report-output.bench.js';
import type { ChildResult, ChildTask } from './ten-year/child-tasks.js';
import { ONE_YEAR, TEN_YEARS } from './ten-year/scale.js';
import { runStorageSuite } from './ten-year/suite.js';

/** scripts/bench.mjs bundles the child entry next to this file. */
const CHILD = fileURLToPath(new URL('./bench-child.mjs', import.meta.url));

function runInChild<T extends ChildTask>(task: T): Promise<ChildResult<T>> {
  return new Promise((resolve, reject) => {
    // The one-file baseline holds hundreds of megabytes of JSON at once and needs the room.
    const child = spawn(process.execPath, ['--max-old-space-size=8192', CHILD, JSON.stringify(task)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`bench child for ${task.kind} exited with ${code}`));
      resolve(JSON.parse(output.trim().split('\n').at(-1) ?? 'null') as ChildResult<T>);
    });
  });
}

const GROUPS = {
  people: benchPeople,
  'check-in': benchCheckInSearch,
  import: benchPeopleImport,
  report: benchReportOutput,
  'report-draft': benchReportDraft,
  storage: () =>
    runStorageSuite({
      scales: [ONE_YEAR, TEN_YEARS],
      rounds: 60,
      baselineRounds: 3,
      budgetScale: TEN_YEARS.label,
      runTask: runInChild,
    }),
} satisfies Record<string, () => Promise<boolean>>;

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in GROUPS));
if (unknown.length > 0) throw new Error(`Unknown bench group(s): ${unknown.join(', ')}; known: ${Object.keys(GROUPS).join(', ')}`);
const chosen = (Object.keys(GROUPS) as Array<keyof typeof GROUPS>).filter((name) => asked.length === 0 || asked.includes(name));

// Figures are printed against their budgets; a figure over budget is reported, and the run
// exits non-zero so a regression is hard to miss, but benchmarks are not part of `npm test`.
let withinBudget = true;
for (const name of chosen) withinBudget = (await GROUPS[name]()) && withinBudget;
process.exitCode = withinBudget ? 0 : 1;
