// Development loop: rebuilds the renderer and the main process on every change and runs
// Electron on the result. Reload the window (Ctrl+R) to see renderer changes; restart
// `npm run dev` after changes to the main process.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { build as buildRenderer } from 'vite';
import { buildMain } from './build-main.mjs';

const configFile = new URL('../vite.config.ts', import.meta.url).pathname;
await buildRenderer({ configFile, logLevel: 'warn' });
await buildMain();
await buildRenderer({ configFile, logLevel: 'warn', build: { watch: {} } });
await buildMain({ watch: true });

const electronPath = createRequire(import.meta.url)('electron');
const electron = spawn(electronPath, ['.'], { stdio: 'inherit', env: { ...process.env, SACHIV_DEV: '1' } });
electron.on('exit', (code) => process.exit(code ?? 0));
