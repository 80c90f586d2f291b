import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonName, PersonPicker } from '../programmes/PersonPicker';
import { SOURCE_KINDS, type SourceDraft } from './feedback-source';
import { useKrutiDevOffer } from '../../components/KrutiDevOfferBar';

interface SourceFieldsProps {
  idPrefix: string;
  value: SourceDraft;
  onChange: (value: SourceDraft) => void;
  unitError?: string | undefined;
}

/** Who gave the feedback: anonymous, a unit or organisation by name, or a person from the directory. */
export function SourceFields({ idPrefix, value, onChange, unitError }: SourceFieldsProps) {
  const { t } = useTranslation('feedback');
  const [picking, setPicking] = useState(false);
  const krutiDev = useKrutiDevOffer(value.unitName, (unitName) => onChange({ ...value, unitName }));
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-source`}>{t('fields.source')}</label>
        <select
          id={`${idPrefix}-source`}
          className="input"
          value={value.kind}
          onChange={(event) => {
            const kind = SOURCE_KINDS.find((candidate) => candidate === event.target.value) ?? 'anonymous';
            onChange({ ...value, kind });
            setPicking(kind === 'person' && value.personId === '');
          }}
        >
          {SOURCE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`source.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      {value.kind === 'unit' && (
        <div className={`field ${unitError ? 'field--invalid' : ''}`}>
          <label htmlFor={`${idPrefix}-unit`}>{t('fields.unitName')}</label>
          <input
            id={`${idPrefix}-unit`}
            className="input"
            value={value.unitName}
            autoComplete="off"
            aria-invalid={unitError ? true : undefined}
            onPaste={krutiDev.onPaste}
            onChange={(event) => onChange({ ...value, unitName: event.target.value })}
          />
          {krutiDev.offerBar}
          {unitError && <p className="field__error">{unitError}</p>}
        </div>
      )}
      {value.kind === 'person' &&
        (picking || value.personId === '' ? (
          <PersonPicker
            id={`${idPrefix}-person`}
            onPick={(personId) => {
              onChange({ ...value, personId });
              setPicking(false);
            }}
            onCancel={() => {
              setPicking(false);
              if (value.personId === '') onChange({ ...value, kind: 'anonymous' });
            }}
          />
        ) : (
          <div className="field">
            <span className="field__label-row">{t('fields.person')}</span>
            <span className="picker picker--chosen">
              <PersonName personId={value.personId} />
              <button type="button" className="button button--small button--quiet" onClick={() => setPicking(true)}>
                {t('changePerson')}
              </button>
            </span>
          </div>
        ))}
    </>
  );
}
