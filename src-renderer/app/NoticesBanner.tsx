import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../src-main/core/contract/index.js';
import { useDismissNotice } from '../features/app/mutations';
import { appInfoQuery } from '../features/app/queries';
import { useFormatter } from '../lib/use-formatter';
import { noticeParagraphs } from './notice-text';

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

function NoticeItem({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const dismiss = useDismissNotice();
  const paragraphs = noticeParagraphs(notice, t, format);
  return (
    <div className="notice" role="alert">
      <div className="notice__text">
        {paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
      <button type="button" className="button" onClick={() => dismiss.mutate(notice.id)} disabled={dismiss.isPending}>
        {t('actions.dismiss')}
      </button>
    </div>
  );
}
