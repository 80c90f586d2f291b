import type { BackupProgress } from '../contract/index.js';

export type ReportProgress = (progress: BackupProgress) => void;

/**
 * Passes on progress only when it moves by a whole percent: a folder of twenty thousand
 * files would otherwise send twenty thousand messages to the window.
 */
export function percentSteps(phase: BackupProgress['phase'], report: ReportProgress | undefined): (fraction: number) => void {
  let lastPercent = -1;
  return (fraction) => {
    if (report === undefined) return;
    const clamped = Math.min(Math.max(fraction, 0), 1);
    const percent = Math.floor(clamped * 100);
    if (percent === lastPercent) return;
    lastPercent = percent;
    report({ phase, fraction: clamped });
  };
}
