import type { Notice } from '../../src-main/core/contract/index.js';

/**
 * The locale key (under `notices.`) of a notice's main sentence. A programme or report that
 * nothing could bring back is gone from its list, which the user must be told in those words;
 * any other part of the data starts again from its defaults.
 */
export type NoticeMessageKey = Notice['kind'] | 'damagedFileRecoveredWithNewer' | 'damagedFileRemoved';

export function noticeMessageKey(notice: Pick<Notice, 'kind' | 'subject' | 'salvagedRecords'>): NoticeMessageKey {
  // A copy joined by newer records read from the damaged file does lack only what was not whole there.
  if (notice.kind === 'damagedFileRecovered' && notice.salvagedRecords !== undefined) return 'damagedFileRecoveredWithNewer';
  if (notice.kind === 'damagedFileReset' && (notice.subject === 'programmes' || notice.subject === 'reports')) return 'damagedFileRemoved';
  return notice.kind;
}
