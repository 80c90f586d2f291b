import type { TFunction } from 'i18next';
import type { Notice } from '../../src-main/core/contract/index.js';
import type { Formatter } from '../lib/format.js';
import { noticeMessageKey } from './notice-message.js';

/** The notice's subject as a phrase: which programme, report or part of the data the file held. */
type SubjectKey = 'programme' | 'programmeUntitled' | 'report' | 'reportUntitled' | 'reportRevisions' | 'people' | 'settings' | 'other';
const SUBJECT_KEYS: Record<string, { titled?: SubjectKey; untitled: SubjectKey }> = {
  programmes: { titled: 'programme', untitled: 'programmeUntitled' },
  reports: { titled: 'report', untitled: 'reportUntitled' },
  'report-revisions': { untitled: 'reportRevisions' },
  people: { untitled: 'people' },
  settings: { untitled: 'settings' },
};

/** Where a recovered file came from, in words; null when the core did not say. */
function sourcePhrase(notice: Notice, t: TFunction<'common'>, format: Pick<Formatter, 'date'>): string | null {
  if (notice.source === undefined) return null;
  const datable = notice.dataFrom !== undefined && !Number.isNaN(Date.parse(notice.dataFrom));
  return datable ? t(`notices.from.${notice.source}`, { date: format.date(notice.dataFrom ?? '') }) : t(`notices.fromUndated.${notice.source}`);
}

/**
 * The notice's paragraphs, in the user's language. Kept apart from the banner so each sentence
 * can be checked whole: a phrase left out (no date, no title) must leave a sentence that still
 * reads, not "brought back ; changes…".
 */
export function noticeParagraphs(notice: Notice, t: TFunction<'common'>, format: Pick<Formatter, 'date' | 'number'>): string[] {
  const keys = SUBJECT_KEYS[notice.subject ?? ''];
  const titled = notice.title !== undefined && notice.title.trim() !== '';
  const subjectKey: SubjectKey = keys === undefined ? 'other' : titled && keys.titled !== undefined ? keys.titled : keys.untitled;
  const what = t(`notices.subject.${subjectKey}`, { title: notice.title, file: notice.file });
  const from = sourcePhrase(notice, t, format);
  const count = notice.salvagedRecords;
  const names = (notice.recreated ?? []).join(', ');
  const paragraphs: string[] = [];
  if (notice.kind === 'damagedFileRecovered') {
    // A copy joined by newer records read from the damaged file does lack only what was not whole there.
    const key = count === undefined ? 'damagedFileRecovered' : 'damagedFileRecoveredWithNewer';
    paragraphs.push(from === null ? t(`notices.${key}Undated`, { what }) : t(`notices.${key}`, { what, from }));
  } else if (notice.kind === 'missingCategoriesRecreated' || notice.kind === 'missingListEntriesRecreated') {
    paragraphs.push(names === '' ? t(`notices.${notice.kind}Unnamed`) : t(`notices.${notice.kind}`, { names }));
  } else {
    // A programme or report that nothing could bring back is gone from its list (noticeMessageKey).
    paragraphs.push(t(`notices.${noticeMessageKey(notice)}`, { what, file: notice.file, names }));
  }
  if (count !== undefined) {
    const countKey = notice.kind === 'damagedFileRecovered' ? 'notices.addedFromDamaged' : 'notices.salvagedRecords';
    paragraphs.push(t(countKey, { count, formatted: format.number(count) }));
  }
  const damagedArchives = notice.damagedArchives ?? [];
  if (damagedArchives.length > 0) paragraphs.push(t('notices.damagedArchives', { count: damagedArchives.length, files: damagedArchives.join(', ') }));
  if (notice.movedTo) paragraphs.push(t('notices.movedTo', { path: notice.movedTo }));
  if (notice.restoredFrom) paragraphs.push(t('notices.restoredFrom', { path: notice.restoredFrom }));
  return paragraphs;
}
