import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { firstControlIn, neighbourAfterRemoval, screenHeading } from '../../app/focus';
import { anyFailed, QueriesState } from '../../components/QueriesState';
import { StatusToast, type Toast } from '../../components/StatusToast';
import { useFormatter } from '../../lib/use-formatter';
import { ALL_PROGRAMMES, programmesListQuery } from '../programmes/queries';
import { useRemoveReport, useRestoreReport } from './mutations';
import { NewReportDialog } from './NewReportDialog';
import { reportsListQuery } from './queries';
import './reports.css';
import { ScreenGuide } from '../../components/ScreenGuide';


/** #/reports: every report, newest change first; ?programme=<id> opens "draft a report" for that programme. */
export function ReportsPage() {
  const { t } = useTranslation('reports');
  const format = useFormatter();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const reports = useQuery(reportsListQuery());
  const programmes = useQuery(programmesListQuery(ALL_PROGRAMMES));
  const remove = useRemoveReport();
  const restore = useRestoreReport();
  const [creatingFor, setCreatingFor] = useState<string | null | undefined>(search.get('programme') ?? undefined);
  const [toast, setToast] = useState<Toast | null>(null);
  const clearToast = useCallback(() => setToast(null), []);

  const needed = [reports, programmes];
  if (anyFailed(needed) || !reports.data || !programmes.data) return <QueriesState queries={needed} />;
  const programmeTitle = new Map(programmes.data.items.map((programme) => [programme.id, programme.title]));

  const closeDialog = () => {
    setCreatingFor(undefined);
    if (search.has('programme')) navigate('/reports', { replace: true });
  };

  return (
    <section className="page" aria-labelledby="page-title">
      <div className="page__header">
        <h1 id="page-title" className="page__title">
          {t('title')}
        </h1>
        <button type="button" className="button button--primary" onClick={() => setCreatingFor(null)}>
          {t('list.new')}
        </button>
      </div>
      <ScreenGuide screen="reports" />
      {reports.data.length === 0 ? (
        <p className="state state__title">{t('list.empty')}</p>
      ) : (
        <table className="reports-table" aria-label={t('list.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('list.columns.title')}</th>
              <th scope="col">{t('list.columns.programme')}</th>
              <th scope="col">{t('list.columns.template')}</th>
              <th scope="col">{t('list.columns.status')}</th>
              <th scope="col">{t('list.columns.updated')}</th>
              <th scope="col">{t('list.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {reports.data.map((report) => (
              <tr key={report.id}>
                <td>
                  <Link to={`/reports/${report.id}`} aria-label={t('list.open', { title: report.title })}>
                    {report.title}
                  </Link>
                </td>
                <td>{programmeTitle.get(report.programmeId) ?? t('list.unknownProgramme')}</td>
                <td>{t(`templates.${report.template}`)}</td>
                <td>
                  <span className={`badge badge--${report.status}`}>{t(`status.${report.status}`)}</span>
                </td>
                <td>{format.date(report.updatedAt)}</td>
                <td>
                  <button
                    type="button"
                    className="button button--small button--danger-quiet"
                    aria-label={t('list.remove', { title: report.title })}
                    onClick={(event) => {
                      const row = event.currentTarget.closest('tr');
                      remove.mutate(report.id, {
                        onSuccess: () => {
                          // The focus moves on to the next report (else the previous one, else the heading) before this row goes.
                          neighbourAfterRemoval(row, screenHeading, firstControlIn)?.focus();
                          setToast({
                            id: Date.now(),
                            message: t('list.removed', { title: report.title }),
                            onUndo: () => restore.mutate(report.id),
                          });
                        },
                      });
                    }}
                  >
                    {t('list.removeShort')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {creatingFor !== undefined && <NewReportDialog programmeId={creatingFor} onClose={closeDialog} />}
      <StatusToast toast={toast} onDone={clearToast} />
    </section>
  );
}
