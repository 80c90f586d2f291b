import { describe, expect, it } from 'vitest';
import { webPreferencesFor } from '../../../src-main/shell/web-preferences.js';

describe('webPreferencesFor', () => {
  const preferences = webPreferencesFor('/app/dist/preload/preload.cjs');

  it('isolates and sandboxes the page and gives it no Node.js', () => {
    expect(preferences).toMatchObject({
      preload: '/app/dist/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and every risky feature off', () => {
    expect(preferences).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      experimentalFeatures: false,
    });
    expect(preferences.enableBlinkFeatures).toBeUndefined();
    expect(preferences.disableBlinkFeatures).toBe('Auxclick');
  });

  it('returns a fresh object each time, so one window cannot loosen another', () => {
    const first = webPreferencesFor('/a.cjs');
    first.sandbox = false;
    expect(webPreferencesFor('/a.cjs').sandbox).toBe(true);
  });

  it('gives the hidden print window the same isolation, no preload and no script at all', () => {
    const print = webPreferencesFor(null, { javascript: false });
    expect(print.preload).toBeUndefined();
    expect(print).toMatchObject({ javascript: false, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(preferences.javascript).toBe(true);
  });
});
