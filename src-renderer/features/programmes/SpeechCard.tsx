import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addButtonOf, neighbourAfterRemoval } from '../../app/focus';
import { useFocusWhenAdded } from '../../app/FocusAddedScope';
import { CitationsField } from './CitationsField';
import { PathSelect, PathTextField } from './field-errors';
import { HolderFields } from './HolderFields';
import { PersonPicker } from './PersonPicker';
import { inputIdFor, newTypedHolder, SUMMARY_STYLES, type SessionDraft, type SpeechDraft } from './programme-draft';

interface SpeechCardProps {
  index: number;
  count: number;
  speech: SpeechDraft;
  sessions: readonly SessionDraft[];
  onChange: (speech: SpeechDraft) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}

export function SpeechCard({ index, count, speech, sessions, onChange, onMove, onRemove }: SpeechCardProps) {
  const { t } = useTranslation('programmes');
  const [picking, setPicking] = useState(false);
  const path = `speeches.${index}`;
  const n = index + 1;
  const set = <K extends keyof SpeechDraft>(key: K) => (value: SpeechDraft[K]) => onChange({ ...speech, [key]: value });

  const card = useFocusWhenAdded<HTMLFieldSetElement>();
  const remove = () => {
    // The focus moves on before the card goes, to the next card (else the previous one, else the add button).
    const neighbour = neighbourAfterRemoval(card.current, () => addButtonOf(card.current));
    neighbour?.focus();
    onRemove();
  };

  return (
    <fieldset ref={card} className="card">
      <legend className="card__legend">{t('items.speeches', { n })}</legend>
      <div className="card__tools">
        <button type="button" className="button button--small" disabled={index === 0} onClick={() => onMove(-1)}>
          {t('speeches.moveUp', { n })}
        </button>
        <button type="button" className="button button--small" disabled={index === count - 1} onClick={() => onMove(1)}>
          {t('speeches.moveDown', { n })}
        </button>
        <button type="button" className="button button--small button--danger-quiet" onClick={remove}>
          {t('speeches.remove', { n })}
        </button>
      </div>

      <div className="speaker" role="group" aria-label={t('fields.speaker')}>
        <p className="card__subheading">{t('fields.speaker')}</p>
        <HolderFields path={`${path}.speaker`} holder={speech.speaker} onChange={set('speaker')} />
        {picking ? (
          <PersonPicker
            id={`${inputIdFor(path)}-speaker-picker`}
            onPick={(personId, person) => {
              // The directory's designation is the likely one at the time; the secretary may change it.
              onChange({
                ...speech,
                speaker: { kind: 'person', personId },
                designationAtTime: speech.designationAtTime || person.designation,
                organisationAtTime: speech.organisationAtTime || person.organisation,
              });
              setPicking(false);
            }}
            onCancel={() => setPicking(false)}
          />
        ) : (
          <div className="holders__add">
            <button type="button" className="button button--small" onClick={() => setPicking(true)}>
              {t('speeches.pickSpeaker')}
            </button>
            {speech.speaker.kind === 'person' && (
              <button
                type="button"
                className="button button--small"
                onClick={() => set('speaker')(newTypedHolder())}
              >
                {t('speeches.typeSpeaker')}
              </button>
            )}
          </div>
        )}
      </div>

      <div className="form-grid form-grid--speech">
        <PathTextField
          path={`${path}.designationAtTime`}
          label={t('fields.designationAtTime')}
          value={speech.designationAtTime}
          onChange={set('designationAtTime')}
        />
        <PathTextField
          path={`${path}.organisationAtTime`}
          label={t('fields.organisationAtTime')}
          value={speech.organisationAtTime}
          onChange={set('organisationAtTime')}
        />
        <PathSelect
          path={`${path}.sessionId`}
          label={t('fields.sessionId')}
          value={speech.sessionId}
          onChange={set('sessionId')}
          placeholder={t('speeches.noSession')}
          options={sessions.map((session, at) => ({
            value: session.id,
            label: session.name ? t('speeches.sessionOption', { n: at + 1, name: session.name }) : t('items.sessions', { n: at + 1 }),
          }))}
        />
      </div>
      <PathTextField path={`${path}.summary`} label={t('fields.summary')} multiline value={speech.summary} onChange={set('summary')} />
      <div className="speech__style">
        <PathSelect
          path={`${path}.summaryStyle`}
          label={t('fields.summaryStyle')}
          value={speech.summaryStyle}
          onChange={(value) => set('summaryStyle')(SUMMARY_STYLES.find((style) => style === value) ?? 'auto')}
          options={SUMMARY_STYLES.map((style) => ({ value: style, label: t(`summaryStyle.${style}`) }))}
        />
      </div>
      <CitationsField path={path} citationIds={speech.citationIds} onChange={set('citationIds')} />
    </fieldset>
  );
}
