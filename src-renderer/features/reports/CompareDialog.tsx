import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportCompare } from '../../../src-main/core/contract/index.js';
import { Dialog } from '../../components/Dialog';
import { QueriesState } from '../../components/QueriesState';
import { useFormatter } from '../../lib/use-formatter';
import { compareQuery } from './queries';

type Piece = ReportCompare['rows'][number]['left'][number];

function Pieces({ pieces }: { pieces: readonly Piece[] }) {
  const { t } = useTranslation('reports');
  return (
    <>
      {pieces.map((piece, index) =>
        piece.change === 'removed' ? (
          <del key={index} aria-label={`${t('compare.removed')} ${piece.text}`}>
            {piece.text}
          </del>
        ) : piece.change === 'added' ? (
          <ins key={index} aria-label={`${t('compare.added')} ${piece.text}`}>
            {piece.text}
          </ins>
        ) : (
          <span key={index}>{piece.text}</span>
        ),
      )}
    </>
  );
}

/** A revision and the current draft side by side, block by block, with changed words marked. */
export function CompareDialog({ reportId, number, onClose }: { reportId: string; number: number; onClose: () => void }) {
  const { t } = useTranslation('reports');
  const format = useFormatter();
  const titleId = useId();
  const compare = useQuery(compareQuery(reportId, number, 'draft'));
  const shown = format.number(number);
  return (
    <Dialog labelledBy={titleId} onClose={onClose} className="dialog--wide">
      <h2 id={titleId}>{t('compare.title', { number: shown })}</h2>
      {!compare.data ? (
        <QueriesState queries={[compare]} />
      ) : (
        <>
          <p role="status">
            {compare.data.changedRows === 0
              ? t('compare.same')
              : t('compare.changes', { count: compare.data.changedRows, formatted: format.number(compare.data.changedRows) })}
          </p>
          <table className="compare-table">
            <thead>
              <tr>
                <th scope="col">{t('compare.left', { number: shown })}</th>
                <th scope="col">{t('compare.right')}</th>
              </tr>
            </thead>
            <tbody>
              {compare.data.rows.map((row, index) => (
                <tr key={index} className={row.changed ? 'compare-table__changed' : undefined}>
                  <td>
                    <Pieces pieces={row.left} />
                  </td>
                  <td>
                    <Pieces pieces={row.right} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('compare.close')}
        </button>
      </div>
    </Dialog>
  );
}
