export { krutiDevToUnicode } from './convert.js';
export {
  detectKrutiDev,
  judgeKrutiDevCell,
  type KrutiDevCellVerdict,
  type KrutiDevConfidence,
  type KrutiDevReason,
  type KrutiDevReasonCode,
  type KrutiDevVerdict,
} from './detect.js';
export { isTypedInKrutiDev } from './typed-text.js';
