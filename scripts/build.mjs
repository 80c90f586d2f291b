// Builds everything the app runs: the renderer (Vite) into dist/renderer, then the Electron
// main process and preload (esbuild) into dist/main and dist/preload.
import { build as buildRenderer } from 'vite';
import { writeFileSync } from 'node:fs';
import { buildMain } from './build-main.mjs';
import { licenceTexts } from './licences.mjs';

const started = performance.now();
await buildRenderer({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, logLevel: 'warn' });
await buildMain();
// The licence texts of every shipped package, which Settings → Licences shows in full.
writeFileSync(new URL('../dist/renderer/licences.txt', import.meta.url), licenceTexts());
console.log(`build: renderer, main and preload built in ${Math.round(performance.now() - started)} ms`);
