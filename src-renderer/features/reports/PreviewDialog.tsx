import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { QueriesState } from '../../components/QueriesState';
import { useErrorMessage } from '../../lib/use-error-message';
import { useFormatter } from '../../lib/use-formatter';
import { drawPdfPages } from './pdf-pages';
import { previewQuery } from './queries';

const PAGE_WIDTH_PX = 620;

interface PreviewDialogProps {
  reportId: string;
  title: string;
  busy: boolean;
  onExport: (format: 'pdf' | 'docx') => void;
  onPrint: () => void;
  onClose: () => void;
}

/** The report's pages exactly as the PDF will have them, with the ways out: PDF, Word, print. */
export function PreviewDialog({ reportId, title, busy, onExport, onPrint, onClose }: PreviewDialogProps) {
  const { t } = useTranslation('reports');
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const titleId = useId();
  const preview = useQuery(previewQuery(reportId));
  const pagesRef = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState<number | null>(null);
  const [drawError, setDrawError] = useState<unknown>(null);

  useEffect(() => {
    const container = pagesRef.current;
    if (!preview.data || container === null) return;
    let cancelled = false;
    container.replaceChildren();
    const total = preview.data.pages;
    drawPdfPages(
      preview.data.pdfBase64,
      (page, canvas) => {
        if (cancelled) return;
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', t('preview.page', { page: format.number(page), pages: format.number(total) }));
        canvas.className = 'preview__page';
        container.append(canvas);
      },
      PAGE_WIDTH_PX,
    )
      .then((pages) => !cancelled && setDrawn(pages))
      .catch((error: unknown) => !cancelled && setDrawError(error));
    return () => {
      cancelled = true;
    };
  }, [preview.data, t, format]);

  return (
    <Dialog labelledBy={titleId} onClose={onClose} className="dialog--preview">
      <div className="preview__header">
        <h2 id={titleId}>{t('preview.title', { title })}</h2>
        <div className="preview__actions">
          <button type="button" className="button" disabled={busy} onClick={() => onExport('pdf')}>
            {t('editor.exportPdf')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => onExport('docx')}>
            {t('editor.exportWord')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={onPrint}>
            {t('editor.print')}
          </button>
          <button type="button" className="button button--primary" onClick={onClose}>
            {t('preview.close')}
          </button>
        </div>
      </div>
      {!preview.data && <QueriesState queries={[preview]} />}
      {preview.data && drawn === null && drawError === null && <p className="state">{t('preview.loading')}</p>}
      {drawError !== null && (
        <p className="form-error" role="alert">
          {errorMessage(drawError)}
        </p>
      )}
      <div ref={pagesRef} className="preview__pages" />
    </Dialog>
  );
}
