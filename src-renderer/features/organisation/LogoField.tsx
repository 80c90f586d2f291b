import { useQuery } from '@tanstack/react-query';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LOGO_MAX_BYTES } from '../../../src-main/core/contract/index.js';
import { useErrorMessage } from '../../lib/use-error-message';
import { useSetLogo } from './mutations';
import { organisationLogoQuery } from './queries';
import { readAsBase64 } from './read-as-base64';
import './logo-field.css';

/** The office's logo for printed headers: shown, replaced from a picked PNG or JPEG, or removed. */
export function LogoField() {
  const { t } = useTranslation('organisation');
  const { t: tError } = useTranslation('errors');
  const logo = useQuery(organisationLogoQuery());
  const setLogo = useSetLogo();
  const errorMessage = useErrorMessage();
  const [tooLarge, setTooLarge] = useState(false);
  const dataUrl = logo.data?.dataUrl ?? null;

  const onPick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Picking the same file again must fire another change, so the input is emptied each time.
    event.target.value = '';
    if (!file) return;
    setLogo.reset();
    // A huge file is refused here without reading it into memory; the core checks again anyway.
    setTooLarge(file.size > LOGO_MAX_BYTES);
    if (file.size > LOGO_MAX_BYTES) return;
    setLogo.mutate(await readAsBase64(file));
  };

  const problem = tooLarge
    ? tError('organisation.logoTooLarge')
    : setLogo.isError
      ? errorMessage(setLogo.error)
      : logo.isError
        ? errorMessage(logo.error)
        : null;

  return (
    <fieldset className="logo-field">
      <legend>{t('logo.legend')}</legend>
      <div className="logo-field__preview">
        {dataUrl ? <img src={dataUrl} alt={t('logo.alt')} className="logo-field__image" /> : <p className="hint">{t('logo.none')}</p>}
      </div>
      <div className="logo-field__actions">
        <label className="logo-field__label" htmlFor="organisation-logo">
          {dataUrl ? t('logo.replace') : t('logo.choose')}
        </label>
        <input
          id="organisation-logo"
          type="file"
          className="logo-field__input"
          accept="image/png,image/jpeg"
          aria-describedby="organisation-logo-hint"
          disabled={setLogo.isPending}
          onChange={(event) => void onPick(event)}
        />
        {dataUrl && (
          <button
            type="button"
            className="button button--small button--danger-quiet"
            disabled={setLogo.isPending}
            onClick={() => {
              setTooLarge(false);
              setLogo.mutate(null);
            }}
          >
            {t('logo.remove')}
          </button>
        )}
      </div>
      <p id="organisation-logo-hint" className="hint">
        {t('logo.hint')}
      </p>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
