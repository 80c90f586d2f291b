import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: fromRoot('./src-renderer'),
  // Relative asset URLs let the same build load from app://sachiv/ in Electron and from
  // http://127.0.0.1 in the end-to-end tests.
  base: './',
  plugins: [react()],
  build: {
    outDir: fromRoot('./dist/renderer'),
    emptyOutDir: true,
    // The CSP allows fonts and scripts only from 'self'; an asset inlined as a data: URL
    // (the default for small files) would be blocked, so every asset stays a file.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: true,
  },
});
