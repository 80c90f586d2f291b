import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { REPORT_TEMPLATES, type ReportTemplate } from '../../../src-main/core/contract/index.js';
import { Dialog } from '../../components/Dialog';
import { useErrorMessage } from '../../lib/use-error-message';
import { ALL_PROGRAMMES, programmesListQuery } from '../programmes/queries';
import { useCreateReport } from './mutations';


/** Chooses a programme and a template, drafts the report and opens it in the editor. */
export function NewReportDialog({ programmeId, onClose }: { programmeId: string | null; onClose: () => void }) {
  const { t } = useTranslation('reports');
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const titleId = useId();
  const programmes = useQuery(programmesListQuery(ALL_PROGRAMMES));
  const create = useCreateReport();
  const [chosen, setChosen] = useState(programmeId ?? '');
  const [template, setTemplate] = useState<ReportTemplate>('narrative');

  const submit = () =>
    create.mutate({ programmeId: chosen, template }, { onSuccess: (report) => navigate(`/reports/${report.id}`) });

  return (
    <Dialog labelledBy={titleId} onClose={onClose} className="dialog--form">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <h2 id={titleId}>{t('create.title')}</h2>
        {programmes.data?.total === 0 ? (
          <p className="state">{t('create.noProgrammes')}</p>
        ) : (
          <div className="field">
            <label htmlFor={`${titleId}-programme`}>{t('create.programme')}</label>
            <select id={`${titleId}-programme`} className="input" required value={chosen} onChange={(event) => setChosen(event.target.value)}>
              <option value="">{t('create.choose')}</option>
              {programmes.data?.items.map((programme) => (
                <option key={programme.id} value={programme.id}>
                  {programme.title}
                </option>
              ))}
            </select>
          </div>
        )}
        <fieldset className="field report-templates">
          <legend>{t('create.template')}</legend>
          {REPORT_TEMPLATES.map((option) => (
            <label key={option} className="choice">
              <input type="radio" name="template" value={option} checked={template === option} onChange={() => setTemplate(option)} />
              <span>
                <strong>{t(`templates.${option}`)}</strong>
                <span className="hint">{t(`templates.${option}Hint`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {create.isError && (
          <p className="form-error" role="alert">
            {errorMessage(create.error)}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('create.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={chosen === '' || create.isPending}>
            {create.isPending ? t('create.creating') : t('create.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
