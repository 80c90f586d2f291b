export { krutiDevToUnicode } from './convert.js';
export { detectKrutiDev, type KrutiDevConfidence, type KrutiDevReason, type KrutiDevReasonCode, type KrutiDevVerdict } from './detect.js';
