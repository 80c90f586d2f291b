export { phoneticQueryKeys, phoneticTokens, phoneticWordKeys } from './phonetic-key.js';
export { PhoneticNameIndex } from './phonetic-name-index.js';
export { nameMatchesFirst } from './name-first.js';
