import { benchPeople } from './people.bench.js';

// Figures are printed against their budgets; a figure over budget is reported, and the run
// exits non-zero so a regression is hard to miss, but benchmarks are not part of `npm test`.
const allWithinBudget = await benchPeople();
process.exitCode = allWithinBudget ? 0 : 1;
