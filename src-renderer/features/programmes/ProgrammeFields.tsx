import { useTranslation } from 'react-i18next';
import type { Lists } from '../../../src-main/core/contract/index.js';
import { isStoredDate } from '../../lib/calendar-input';
import { AgendaField } from './AgendaField';
import { DaysField } from './DaysField';
import { GroupError, PathSelect, PathTextField } from './field-errors';
import { PointsField } from './PointsField';
import {
  moved,
  newSession,
  newSpeech,
  PROGRAMME_STATUSES,
  replaced,
  SPONSOR_RELATIONS,
  without,
  type ProgrammeDraft,
} from './programme-draft';
import { SessionCard } from './SessionCard';
import { SpeechCard } from './SpeechCard';

interface ProgrammeFieldsProps {
  draft: ProgrammeDraft;
  lists: Lists;
  onChange: (update: (draft: ProgrammeDraft) => ProgrammeDraft) => void;
}

/** Every part of a programme's record, in the order a report tells it. */
export function ProgrammeFields({ draft, lists, onChange }: ProgrammeFieldsProps) {
  const { t } = useTranslation('programmes');
  const set =
    <K extends keyof ProgrammeDraft>(key: K) =>
    (value: ProgrammeDraft[K]) =>
      onChange((current) => ({ ...current, [key]: value }));
  // A day's date may still be half-typed; only real dates can be offered to the sessions.
  const dayDates = draft.days.map((day) => day.date).filter(isStoredDate);

  return (
    <div className="editor__sections">
      <section className="editor__section" aria-labelledby="section-basics">
        <h2 id="section-basics" className="editor__section-title">
          {t('sections.basics')}
        </h2>
        <div className="form-grid">
          <div className="form-grid__wide">
            <PathTextField path="title" label={t('fields.title')} required value={draft.title} onChange={set('title')} autoFocus={draft.title === ''} />
          </div>
          <PathSelect
            path="kindId"
            label={t('fields.kindId')}
            required
            value={draft.kindId}
            onChange={set('kindId')}
            placeholder={t('editor.chooseKind')}
            options={lists.programmeKinds.map((entry) => ({ value: entry.id, label: entry.name }))}
          />
          <PathSelect
            path="status"
            label={t('fields.status')}
            value={draft.status}
            onChange={(value) => set('status')(PROGRAMME_STATUSES.find((status) => status === value) ?? 'planned')}
            options={PROGRAMME_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
          />
          <PathTextField path="organiser" label={t('fields.organiser')} value={draft.organiser} onChange={set('organiser')} />
          <PathTextField
            path="organiserShort"
            label={t('fields.organiserShort')}
            hint={t('hints.organiserShort')}
            value={draft.organiserShort}
            onChange={set('organiserShort')}
          />
          <PathTextField path="sponsor" label={t('fields.sponsor')} value={draft.sponsor} onChange={set('sponsor')} />
          <PathSelect
            path="sponsorRelation"
            label={t('fields.sponsorRelation')}
            value={draft.sponsorRelation}
            onChange={(value) => set('sponsorRelation')(SPONSOR_RELATIONS.find((relation) => relation === value) ?? 'aegis')}
            options={SPONSOR_RELATIONS.map((relation) => ({ value: relation, label: t(`sponsorRelation.${relation}`) }))}
          />
          <PathTextField path="venue" label={t('fields.venue')} value={draft.venue} onChange={set('venue')} />
          <PathTextField path="city" label={t('fields.city')} value={draft.city} onChange={set('city')} />
          <PathTextField path="referenceNumber" label={t('fields.referenceNumber')} value={draft.referenceNumber} onChange={set('referenceNumber')} />
        </div>
      </section>

      <section className="editor__section" aria-labelledby="section-days">
        <h2 id="section-days" className="editor__section-title">
          {t('sections.days')}
        </h2>
        <DaysField days={draft.days} onChange={set('days')} />
      </section>

      <section className="editor__section" aria-labelledby="section-content">
        <h2 id="section-content" className="editor__section-title">
          {t('sections.content')}
        </h2>
        <PathTextField path="purpose" label={t('fields.purpose')} multiline value={draft.purpose} onChange={set('purpose')} />
        <PointsField path="contentPoints" points={draft.contentPoints} onChange={set('contentPoints')} />
        <PathTextField path="occasion" label={t('fields.occasion')} multiline value={draft.occasion} onChange={set('occasion')} />
        <PathTextField path="attendeeSummary" label={t('fields.attendeeSummary')} multiline value={draft.attendeeSummary} onChange={set('attendeeSummary')} />
        <PointsField path="outcomes" points={draft.outcomes} onChange={set('outcomes')} />
      </section>

      <section className="editor__section" aria-labelledby="section-agenda">
        <h2 id="section-agenda" className="editor__section-title">
          {t('sections.agenda')}
        </h2>
        <AgendaField items={draft.agenda} onChange={set('agenda')} />
      </section>

      <section className="editor__section" aria-labelledby="section-sessions">
        <h2 id="section-sessions" className="editor__section-title">
          {t('sections.sessions')}
        </h2>
        <GroupError path="sessions" />
        {draft.sessions.length === 0 && <p className="hint">{t('sessions.empty')}</p>}
        {draft.sessions.map((session, index) => (
          <SessionCard
            key={session.id}
            index={index}
            count={draft.sessions.length}
            session={session}
            speeches={draft.speeches.filter((speech) => speech.sessionId === session.id)}
            dayDates={dayDates}
            lists={lists}
            onChange={(next) => onChange((current) => ({ ...current, sessions: replaced(current.sessions, index, next) }))}
            onMove={(step) => onChange((current) => ({ ...current, sessions: moved(current.sessions, index, step) }))}
            onRemove={() =>
              onChange((current) => ({
                ...current,
                sessions: without(current.sessions, index),
                // Speeches given in a removed session stay, no longer tied to any session.
                speeches: current.speeches.map((speech) => (speech.sessionId === session.id ? { ...speech, sessionId: '' } : speech)),
              }))
            }
          />
        ))}
        <button
          type="button"
          className="button"
          onClick={() => onChange((current) => ({ ...current, sessions: [...current.sessions, newSession(dayDates[0] ?? '')] }))}
        >
          {t('sessions.add')}
        </button>
      </section>

      <section className="editor__section" aria-labelledby="section-speeches">
        <h2 id="section-speeches" className="editor__section-title">
          {t('sections.speeches')}
        </h2>
        <GroupError path="speeches" />
        {draft.speeches.length === 0 && <p className="hint">{t('speeches.empty')}</p>}
        {draft.speeches.map((speech, index) => (
          <SpeechCard
            key={speech.id}
            index={index}
            count={draft.speeches.length}
            speech={speech}
            sessions={draft.sessions}
            onChange={(next) => onChange((current) => ({ ...current, speeches: replaced(current.speeches, index, next) }))}
            onMove={(step) => onChange((current) => ({ ...current, speeches: moved(current.speeches, index, step) }))}
            onRemove={() => onChange((current) => ({ ...current, speeches: without(current.speeches, index) }))}
          />
        ))}
        <button
          type="button"
          className="button"
          onClick={() =>
            onChange((current) => ({ ...current, speeches: [...current.speeches, newSpeech(current.sessions[0]?.id ?? '')] }))
          }
        >
          {t('speeches.add')}
        </button>
      </section>
    </div>
  );
}
