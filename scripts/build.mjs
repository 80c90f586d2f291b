// Builds everything the app runs: the renderer (Vite) into dist/renderer, then the Electron
// main process and preload (esbuild) into dist/main and dist/preload.
import { build as buildRenderer } from 'vite';
import { buildMain } from './build-main.mjs';

const started = performance.now();
await buildRenderer({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, logLevel: 'warn' });
await buildMain();
console.log(`build: renderer, main and preload built in ${Math.round(performance.now() - started)} ms`);
