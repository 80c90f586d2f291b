export { krutiDevToUnicode } from './convert.js';
export { detectKrutiDev } from './detect.js';
