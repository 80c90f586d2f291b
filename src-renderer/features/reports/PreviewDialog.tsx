import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
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
  const [pageImages, setPageImages] = useState<string[]>([]);
  const [drawn, setDrawn] = useState(false);
  const [drawError, setDrawError] = useState<unknown>(null);

  useEffect(() => {
    if (!preview.data) return;
    const drawing = new AbortController();
    const urls: string[] = [];
    setPageImages([]);
    drawPdfPages(preview.data.pdfBase64, PAGE_WIDTH_PX, drawing.signal, (_page, url) => {
      urls.push(url);
      setPageImages([...urls]);
    })
      .then(() => !drawing.signal.aborted && setDrawn(true))
      .catch((error: unknown) => !drawing.signal.aborted && setDrawError(error));
    return () => {
      drawing.abort();
      for (const url of urls) URL.revokeObjectURL(url);
    };
  }, [preview.data]);

  const total = preview.data?.pages ?? 0;
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
      {preview.data && !drawn && drawError === null && <p className="state">{t('preview.loading')}</p>}
      {drawError !== null && (
        <p className="form-error" role="alert">
          {errorMessage(drawError)}
        </p>
      )}
      <div className="preview__pages">
        {pageImages.map((url, index) => (
          <img
            key={url}
            className="preview__page"
            src={url}
            width={PAGE_WIDTH_PX}
            alt={t('preview.page', { page: format.number(index + 1), pages: format.number(total) })}
          />
        ))}
      </div>
    </Dialog>
  );
}
