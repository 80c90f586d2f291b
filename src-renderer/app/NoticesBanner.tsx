import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../src-main/core/contract/index.js';
import { useDismissNotice } from '../features/app/mutations';
import { appInfoQuery } from '../features/app/queries';
import { useFormatter } from '../lib/use-formatter';
import { noticeMessageKey } from './notice-message';

/** Tells the user about recoveries the core made at start-up (for example a damaged data file). */
export function NoticesBanner() {
  const { t } = useTranslation();
  const notices = useQuery(appInfoQuery()).data?.notices ?? [];
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label={t('notices.label')}>
      {notices.map((notice) => (
        <NoticeItem key={notice.id} notice={notice} />
      ))}
    </section>
  );
}

/** The notice's subject as a phrase: which programme, report or part of the data the file held. */
type SubjectKey = 'programme' | 'programmeUntitled' | 'report' | 'reportUntitled' | 'reportRevisions' | 'people' | 'settings' | 'other';
const SUBJECT_KEYS: Record<string, { titled?: SubjectKey; untitled: SubjectKey }> = {
  programmes: { titled: 'programme', untitled: 'programmeUntitled' },
  reports: { titled: 'report', untitled: 'reportUntitled' },
  'report-revisions': { untitled: 'reportRevisions' },
  people: { untitled: 'people' },
  settings: { untitled: 'settings' },
};

function NoticeItem({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const dismiss = useDismissNotice();
  const keys = SUBJECT_KEYS[notice.subject ?? ''];
  const subjectKey: SubjectKey = keys === undefined ? 'other' : notice.title !== undefined && keys.titled !== undefined ? keys.titled : keys.untitled;
  const what = t(`notices.subject.${subjectKey}`, { title: notice.title, file: notice.file });
  const datable = notice.dataFrom !== undefined && !Number.isNaN(Date.parse(notice.dataFrom));
  const from = notice.source !== undefined && datable ? t(`notices.from.${notice.source}`, { date: format.date(notice.dataFrom ?? '') }) : '';
  const count = notice.salvagedRecords;
  const messageKey = noticeMessageKey(notice);
  const damagedArchives = notice.damagedArchives ?? [];
  return (
    <div className="notice" role="alert">
      <div className="notice__text">
        <p>{t(`notices.${messageKey}`, { file: notice.file, what, from, names: (notice.recreated ?? []).join(', ') })}</p>
        {count !== undefined && (
          <p>{t(notice.kind === 'damagedFileRecovered' ? 'notices.addedFromDamaged' : 'notices.salvagedRecords', { count, formatted: format.number(count) })}</p>
        )}
        {damagedArchives.length > 0 && <p>{t('notices.damagedArchives', { count: damagedArchives.length, files: damagedArchives.join(', ') })}</p>}
        {notice.movedTo && <p>{t('notices.movedTo', { path: notice.movedTo })}</p>}
        {notice.restoredFrom && <p>{t('notices.restoredFrom', { path: notice.restoredFrom })}</p>}
      </div>
      <button type="button" className="button" onClick={() => dismiss.mutate(notice.id)} disabled={dismiss.isPending}>
        {t('actions.dismiss')}
      </button>
    </div>
  );
}
