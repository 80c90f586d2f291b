import path from 'node:path';

/** Where the build (scripts/build-main.mjs and the renderer's Vite build) puts each part. */
export function appPaths(appRoot: string) {
  return {
    rendererRoot: path.join(appRoot, 'dist', 'renderer'),
    preload: path.join(appRoot, 'dist', 'preload', 'preload.cjs'),
    icon: path.join(appRoot, 'dist', 'icon.png'),
  };
}
