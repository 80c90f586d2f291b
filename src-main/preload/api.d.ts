import type { SachivApi } from '../core/contract/api.js';

declare global {
  /** Exposed by src-main/preload/preload.ts through contextBridge; the page's only way to main. */
  interface Window {
    api: SachivApi;
  }
}

export {};
