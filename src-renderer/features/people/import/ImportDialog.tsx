import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ChannelOutput,
  ColumnMapping,
  DuplicateChoice,
  ImportPreview,
} from '../../../../src-main/core/contract/index.js';
import { Dialog } from '../../../components/Dialog';
import { call } from '../../../lib/api';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useFormatter } from '../../../lib/use-formatter';
import { AnalysisReport } from './AnalysisReport';
import { ColumnMappingForm } from './ColumnMappingForm';
import { FileFacts } from './FileFacts';
import { ImportProgressBar } from './ImportProgressBar';
import { useCommitImport } from './mutations';
import { PreviewTable } from './PreviewTable';
import { useImportProgress } from './use-import-progress';
import './import-dialog.css';

export type ImportResult = ChannelOutput<'import:commit'>;

interface ImportDialogProps {
  onClose: () => void;
  onImported: (result: ImportResult) => void;
}

/**
 * Import people from an XLSX or CSV file: the core asks for the file as the dialog opens, then
 * the user maps columns, confirms Kruti Dev conversions, sees what the check found and imports.
 * Nothing is saved before the import button; closing the dialog forgets the file.
 */
export function ImportDialog({ onClose, onImported }: ImportDialogProps) {
  const { t } = useTranslation(['peopleImport', 'common']);
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const { progress, reset: resetProgress } = useImportProgress();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [openError, setOpenError] = useState<unknown>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [krutiDevColumns, setKrutiDevColumns] = useState<number[]>([]);
  const [duplicateChoice, setDuplicateChoice] = useState<DuplicateChoice>('skip');
  const [skipInvalid, setSkipInvalid] = useState(false);
  const commit = useCommitImport();
  const opening = useRef(false);
  const imported = useRef(false);

  useEffect(() => {
    // The dialog asks for its file once, even when React runs effects twice in development.
    if (opening.current) return;
    opening.current = true;
    call('import:open', {}).then(
      (opened) => {
        if (opened === null) {
          onClose();
          return;
        }
        setPreview(opened);
        setMapping(opened.mapping);
        // Only a column the detector is sure of starts ticked; a doubtful one is offered unticked,
        // because converting Latin names by mistake turns them into Devanagari garbage.
        setKrutiDevColumns(opened.columns.filter((column) => column.krutiDevConfidence === 'high').map((column) => column.index));
      },
      (error: unknown) => setOpenError(error),
    );
  }, [onClose]);

  // Once the file is read, the keyboard starts at the first choice the user has to check.
  const hasPreview = preview !== null;
  useEffect(() => {
    if (hasPreview) document.getElementById('import-field-name')?.focus();
  }, [hasPreview]);

  const importId = preview?.importId;
  const nameMapped = mapping.name !== undefined;
  const analysis = useQuery({
    queryKey: ['peopleImport', 'analyse', importId, mapping, krutiDevColumns],
    queryFn: () => call('import:analyse', { importId: importId ?? '', mapping, krutiDevColumns }),
    enabled: importId !== undefined && nameMapped,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });

  const close = () => {
    if (importId !== undefined && !imported.current) void call('import:discard', { importId }).catch(() => undefined);
    onClose();
  };

  const result = analysis.data;
  const newPeople = result ? result.ready + (duplicateChoice === 'add' ? result.duplicates.length : 0) : 0;
  const blockedByMistakes = result !== undefined && result.invalidRows > 0 && !skipInvalid;
  const canImport =
    importId !== undefined && nameMapped && result !== undefined && !analysis.isFetching && !blockedByMistakes && !commit.isPending;

  const startImport = () => {
    if (importId === undefined) return;
    resetProgress();
    commit.mutate(
      { importId, mapping, krutiDevColumns, duplicates: duplicateChoice, skipInvalid },
      {
        onSuccess: (done) => {
          imported.current = true;
          onImported(done);
        },
      },
    );
  };

  const busyPhase = preview === null ? 'reading' : commit.isPending ? 'saving' : analysis.isFetching ? 'checking' : null;
  const shownError = openError ?? commit.error ?? analysis.error;

  return (
    <Dialog labelledBy="import-dialog-title" onClose={close} className="dialog--form import-dialog">
      <h2 id="import-dialog-title" className="dialog__title">
        {t('title')}
      </h2>

      {preview === null && openError === null && <p role="status">{t('reading')}</p>}
      {busyPhase !== null && openError === null && <ImportProgressBar progress={progress?.phase === busyPhase ? progress : null} fallbackPhase={busyPhase} />}

      {preview !== null && (
        <div className="import-dialog__steps">
          <FileFacts preview={preview} />
          <ColumnMappingForm
            columns={preview.columns}
            mapping={mapping}
            onMappingChange={(next) => {
              resetProgress();
              setMapping(next);
            }}
            krutiDevColumns={krutiDevColumns}
            onKrutiDevChange={(next) => {
              resetProgress();
              setKrutiDevColumns(next);
            }}
          />
          {nameMapped && result !== undefined && (
            <>
              <PreviewTable rows={result.preview} />
              <AnalysisReport
                analysis={result}
                duplicateChoice={duplicateChoice}
                onDuplicateChoiceChange={setDuplicateChoice}
                skipInvalid={skipInvalid}
                onSkipInvalidChange={setSkipInvalid}
              />
            </>
          )}
        </div>
      )}

      {shownError !== null && (
        <p className="form-error" role="alert">
          {errorMessage(shownError)}
        </p>
      )}

      <div className="dialog__actions">
        <button type="button" className="button" onClick={close}>
          {preview === null && openError !== null ? t('close') : t('common:actions.cancel')}
        </button>
        {preview !== null && (
          <button type="button" className="button button--primary" onClick={startImport} disabled={!canImport}>
            {commit.isPending ? t('importing') : t('import', { count: newPeople, formatted: format.number(newPeople) })}
          </button>
        )}
      </div>
    </Dialog>
  );
}
