import type { ReportFacts } from '../facts.js';

/**
 * A committee's meeting, whose people are "सदस्य" and whose minutes are signed by its chair;
 * a workshop's or training's people are "अधिकारी/प्रतिभागी". An office's own kind counts as a
 * meeting when its name says so.
 */
export function isMeetingKind(facts: Pick<ReportFacts, 'kindId' | 'kindName'>): boolean {
  return facts.kindId === 'kind-meeting' || /बैठक|meeting/iu.test(facts.kindName);
}
