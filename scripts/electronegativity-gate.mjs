// Security gate: runs @doyensec/electronegativity over src-main and fails on any HIGH finding.
//
// Electronegativity always exits 0, so this script reads its CSV report instead:
//   - HIGH findings fail the gate (exit 1);
//   - MEDIUM, LOW and INFORMATIONAL findings are printed for review and do not fail it;
//   - a missing, empty or malformed report fails the gate, and so does a report without the
//     canary finding planted below (the tool writes its CSV header and rows with two racing
//     writes, so a report can silently lose rows).
//
// Electronegativity reads source text and cannot follow a function call, so it cannot see the
// preferences that src-main/shell/web-preferences.ts computes, nor the policy in csp.ts. The
// gate therefore evaluates both (bundled with esbuild) and writes them out as literals into a
// probe file scanned together with src-main. Findings about "missing" preferences on a
// `new BrowserWindow(...)` whose options use `webPreferences: webPreferencesFor(...)` are then
// reported as covered by the probe; every BrowserWindow must be built that way, or the gate fails.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CSV_HEADER = 'issue, severity, confidence, filename, location, sample, description, url';
const PROBE_FILE = 'probe/computed-shell-settings.js';
const CANARY_CHECK = 'OPEN_EXTERNAL_JS_CHECK';
const WEB_PREFERENCES_CHECKS = new Set([
  'AFFINITY_JS_CHECK',
  'AUXCLICK_JS_CHECK',
  'BLINK_FEATURES_JS_CHECK',
  'CONTEXT_ISOLATION_JS_CHECK',
  'EXPERIMENTAL_FEATURES_JS_CHECK',
  'INSECURE_CONTENT_JS_CHECK',
  'NODE_INTEGRATION_JS_CHECK',
  'PRELOAD_JS_CHECK',
  'REMOTE_MODULE_JS_CHECK',
  'SANDBOX_JS_CHECK',
  'WEB_SECURITY_JS_CHECK',
]);

/** Bundles the two pure policy modules and returns what they compute. */
async function computeShellSettings(workDir) {
  const outfile = path.join(workDir, 'shell-settings.mjs');
  await esbuild.build({
    absWorkingDir: root,
    stdin: {
      contents: "export { webPreferencesFor } from './src-main/shell/web-preferences.ts';\nexport { CONTENT_SECURITY_POLICY } from './src-main/shell/csp.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['electron'],
    outfile,
    logLevel: 'error',
  });
  const module = await import(pathToFileURL(outfile).href);
  return { webPreferences: module.webPreferencesFor('/probe/preload.cjs'), csp: module.CONTENT_SECURITY_POLICY };
}

function probeSource({ webPreferences, csp }) {
  return `// Written by scripts/electronegativity-gate.mjs: the shell's computed settings as literals.
const { BrowserWindow, session, shell } = require('electron');
new BrowserWindow({ webPreferences: ${JSON.stringify(webPreferences)} });
session.defaultSession.webRequest.onHeadersReceived((details, callback) =>
  callback({ responseHeaders: { 'Content-Security-Policy': [${JSON.stringify(csp)}] } }),
);
// Canary: this must always be reported, or the report is incomplete.
const canaryUrl = process.argv[2];
shell.openExternal(canaryUrl);
`;
}

async function listSourceFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && /\.(ts|js|mjs|cjs)$/.test(entry.name)).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every `new BrowserWindow(` in src-main, with whether its options use webPreferencesFor(). */
async function findBrowserWindows(sourceDir) {
  const windows = [];
  for (const file of await listSourceFiles(sourceDir)) {
    const text = await readFile(file, 'utf8');
    for (const match of text.matchAll(/new BrowserWindow\(/g)) {
      const start = match.index + match[0].length;
      let depth = 1;
      let end = start;
      while (end < text.length && depth > 0) {
        if (text[end] === '(') depth += 1;
        if (text[end] === ')') depth -= 1;
        end += 1;
      }
      const line = text.slice(0, match.index).split('\n').length;
      windows.push({ file: path.relative(root, file), line, usesPolicy: /webPreferences:\s*webPreferencesFor\(/.test(text.slice(start, end)) });
    }
  }
  return windows;
}

/** The installed Electron; without it the tool assumes v0.1.0 and its insecure defaults. */
function electronVersion() {
  return JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

/** RFC 4180 rows (quoted fields may hold commas, doubled quotes and newlines). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

function readReport(csvText) {
  const [header, ...rows] = parseCsv(csvText);
  if (header?.map((name) => name.trim()).join(', ') !== CSV_HEADER) {
    throw new Error(`unexpected report header: ${JSON.stringify(header)}`);
  }
  return rows.map((fields) => {
    if (fields.length !== 8 || !/^[A-Z_]+_CHECK$/.test(fields[0])) throw new Error(`malformed report row: ${JSON.stringify(fields)}`);
    const [id, severity, confidence, file, location, sample, description] = fields;
    return { id, severity, confidence, file, line: Number(location.split(':')[0]), location, sample, description };
  });
}

/**
 * Runs the tool until it writes a complete, well-formed report. Its CSV header and rows are
 * written by two concurrent writes, so a report can come out with rows missing (no canary) or
 * with the header written over the first row (malformed); both are detected and retried.
 */
async function scanWithRetries(scanDir, workDir, attempts = 3) {
  const tool = path.join(root, 'node_modules', '.bin', 'electronegativity');
  let lastProblem = '';
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const report = path.join(workDir, `electronegativity-${attempt}.csv`);
    const run = spawnSync(tool, ['-i', scanDir, '-r', '-o', report, '-e', electronVersion(), '-v', 'false'], { encoding: 'utf8' });
    if (run.error) throw run.error;
    if (!existsSync(report)) {
      lastProblem = `no report was written (exit ${run.status})\n${run.stderr}`;
      continue;
    }
    try {
      const findings = readReport(await readFile(report, 'utf8'));
      if (findings.some((finding) => finding.id === CANARY_CHECK && finding.file === PROBE_FILE)) return findings;
      lastProblem = 'the report is incomplete (the canary finding is missing)';
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
  }
  console.error(`electronegativity: no usable report after ${attempts} attempts: ${lastProblem}`);
  process.exit(1);
}

async function main() {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'sachiv-electronegativity-'));
  try {
    const scanDir = path.join(workDir, 'scan');
    await cp(path.join(root, 'src-main'), path.join(scanDir, 'src-main'), { recursive: true });
    await mkdir(path.join(scanDir, 'probe'), { recursive: true });
    await writeFile(path.join(scanDir, PROBE_FILE), probeSource(await computeShellSettings(workDir)));

    const windows = await findBrowserWindows(path.join(root, 'src-main'));
    const unmanaged = windows.filter((window) => !window.usesPolicy);

    const findings = await scanWithRetries(scanDir, workDir);
    const classified = findings
      .filter((finding) => !(finding.id === CANARY_CHECK && finding.file === PROBE_FILE))
      .map((finding) => {
        const coveredByProbe =
          WEB_PREFERENCES_CHECKS.has(finding.id) &&
          windows.some((window) => window.usesPolicy && window.file === finding.file && window.line === finding.line);
        return { ...finding, verdict: coveredByProbe ? 'covered by probe' : finding.severity === 'HIGH' ? 'FAIL' : 'review' };
      });
    const failing = classified.filter((finding) => finding.verdict === 'FAIL');

    console.log(
      `electronegativity ${electronVersion()}: ${classified.length} finding(s), ${failing.length} failing (HIGH), ` +
        `${windows.length} BrowserWindow(s) checked through the probe${unmanaged.length ? `, ${unmanaged.length} NOT built with webPreferencesFor()` : ''}`,
    );
    for (const finding of classified) {
      console.log(`  [${finding.verdict}] ${finding.severity}/${finding.confidence} ${finding.id} ${finding.file}:${finding.location} — ${finding.description}`);
    }
    for (const window of unmanaged) {
      console.log(`  [FAIL] ${window.file}:${window.line} new BrowserWindow without webPreferences: webPreferencesFor(...)`);
    }
    if (failing.length > 0 || unmanaged.length > 0) process.exitCode = 1;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

await main();
