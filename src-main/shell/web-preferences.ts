import type { WebPreferences } from 'electron';

/**
 * The renderer gets no Node.js, runs in Chromium's sandbox, is isolated from the preload
 * and may not load anything insecure. Every setting is spelled out, even where it matches
 * Electron's default, so a changed default can never loosen it silently. The hidden print
 * window has no preload and runs no script at all (`{ javascript: false }`).
 */
export function webPreferencesFor(preloadPath: string | null, options: { javascript?: boolean } = {}): WebPreferences {
  return {
    ...(preloadPath === null ? {} : { preload: preloadPath }),
    javascript: options.javascript ?? true,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    experimentalFeatures: false,
    // Middle-click would otherwise ask for a new window; it is denied anyway, this stops the attempt.
    disableBlinkFeatures: 'Auxclick',
    safeDialogs: true,
    navigateOnDragDrop: false,
  };
}
