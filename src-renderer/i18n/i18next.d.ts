import type { defaultNS, sourceResources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    resources: typeof sourceResources;
  }
}
