import { useTranslation } from 'react-i18next';
import { addButtonOf, buttonAfter, neighbourAfterRemoval, neighbourInPlace } from '../../app/focus';
import { useFocusWhenAdded } from '../../app/FocusAddedScope';
import type { Lists } from '../../../src-main/core/contract/index.js';
import { useFormatter } from '../../lib/use-formatter';
import { GroupError, PathSelect, PathTextField, PathTimeField } from './field-errors';
import { HoldersEditor } from './HoldersEditor';
import { ProceedingsOrder } from './ProceedingsOrder';
import { newActivity, replaced, without, type ActivityDraft, type RoleDraft, type SessionDraft, type SpeechDraft } from './programme-draft';

interface SessionCardProps {
  index: number;
  count: number;
  session: SessionDraft;
  /** The speeches given in this session, in their recorded order. */
  speeches: readonly SpeechDraft[];
  /** The programme's days, from which the session's date is chosen. */
  dayDates: readonly string[];
  lists: Lists;
  onChange: (session: SessionDraft) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}

export function SessionCard({ index, count, session, speeches, dayDates, lists, onChange, onMove, onRemove }: SessionCardProps) {
  const { t } = useTranslation('programmes');
  const format = useFormatter();
  const path = `sessions.${index}`;
  const n = index + 1;
  const set = <K extends keyof SessionDraft>(key: K) => (value: SessionDraft[K]) => onChange({ ...session, [key]: value });
  const dates = session.date !== '' && !dayDates.includes(session.date) ? [...dayDates, session.date] : dayDates;
  const setRoles = set('roles');
  const setActivities = set('activities');

  const card = useFocusWhenAdded<HTMLFieldSetElement>();
  const remove = () => {
    // The focus moves on before the card goes, to the next card (else the previous one, else the add button).
    const neighbour = neighbourAfterRemoval(card.current, () => addButtonOf(card.current));
    neighbour?.focus();
    onRemove();
  };

  return (
    <fieldset ref={card} className="card">
      <legend className="card__legend">{t('items.sessions', { n })}</legend>
      <div className="card__tools">
        <button type="button" className="button button--small" disabled={index === 0} onClick={() => onMove(-1)}>
          {t('sessions.moveUp', { n })}
        </button>
        <button type="button" className="button button--small" disabled={index === count - 1} onClick={() => onMove(1)}>
          {t('sessions.moveDown', { n })}
        </button>
        <button type="button" className="button button--small button--danger-quiet" onClick={remove}>
          {t('sessions.remove', { n })}
        </button>
      </div>
      <div className="form-grid form-grid--session">
        <PathTextField path={`${path}.name`} label={t('sessions.name')} required value={session.name} onChange={set('name')} />
        <PathSelect
          path={`${path}.date`}
          label={t('fields.date')}
          required
          value={session.date}
          onChange={set('date')}
          placeholder={t('sessions.chooseDate')}
          options={dates.map((date) => ({ value: date, label: format.date(date) }))}
        />
        <PathTimeField path={`${path}.startTime`} label={t('fields.startTime')} value={session.startTime} onChange={set('startTime')} />
        <PathTimeField path={`${path}.endTime`} label={t('fields.endTime')} value={session.endTime} onChange={set('endTime')} />
      </div>

      <h3 className="card__subheading">{t('sessions.roles')}</h3>
      {session.roles.map((role, roleIndex) => (
        <RoleBlock
          key={roleIndex}
          path={`${path}.roles.${roleIndex}`}
          index={roleIndex}
          role={role}
          lists={lists}
          onChange={(next) => setRoles(replaced(session.roles, roleIndex, next))}
          onRemove={() => setRoles(without(session.roles, roleIndex))}
        />
      ))}
      <button type="button" className="button button--small" onClick={() => setRoles([...session.roles, { roleId: '', holders: [] }])}>
        {t('sessions.addRole')}
      </button>

      <h3 className="card__subheading">{t('sessions.activities')}</h3>
      <GroupError path={`${path}.activities`} />
      {session.activities.map((activity, activityIndex) => (
        <ActivityRow
          // By id, so that removing one keeps the others' elements and the focus passed on to them.
          key={activity.id}
          path={`${path}.activities.${activityIndex}`}
          index={activityIndex}
          activity={activity}
          lists={lists}
          onChange={(next) => setActivities(replaced(session.activities, activityIndex, next))}
          onRemove={() => setActivities(without(session.activities, activityIndex))}
        />
      ))}
      <button
        type="button"
        className="button button--small"
        onClick={() => setActivities([...session.activities, newActivity()])}
      >
        {t('sessions.addActivity')}
      </button>

      <ProceedingsOrder session={session} speeches={speeches} lists={lists} onChange={set('proceedings')} />
    </fieldset>
  );
}

/** A role or an activity leaves; the focus goes to the next one, else the previous one, else the add button after them. */
function removeFocusingNeighbour(item: HTMLElement | null, onRemove: () => void, keyedByPosition = false) {
  (keyedByPosition ? neighbourInPlace : neighbourAfterRemoval)(item, () => buttonAfter(item))?.focus();
  onRemove();
}

interface RoleBlockProps {
  path: string;
  index: number;
  role: RoleDraft;
  lists: Lists;
  onChange: (role: RoleDraft) => void;
  onRemove: () => void;
}

function RoleBlock({ path, index, role, lists, onChange, onRemove }: RoleBlockProps) {
  const { t } = useTranslation('programmes');
  // A role just added with its button takes the focus, as a new card does.
  const block = useFocusWhenAdded<HTMLFieldSetElement>();
  return (
    <fieldset ref={block} className="role">
      <legend className="role__legend">{t('items.roles', { n: index + 1 })}</legend>
      <div className="role__head">
        <PathSelect
          path={`${path}.roleId`}
          label={t('fields.roleId')}
          required
          value={role.roleId}
          onChange={(roleId) => onChange({ ...role, roleId })}
          placeholder={t('sessions.chooseRole')}
          options={lists.roles.map((entry) => ({ value: entry.id, label: entry.name }))}
        />
        <button type="button" className="button button--small button--danger-quiet" onClick={() => removeFocusingNeighbour(block.current, onRemove, true)}>
          {t('sessions.removeRole', { n: index + 1 })}
        </button>
      </div>
      <HoldersEditor path={path} holders={role.holders} onChange={(holders) => onChange({ ...role, holders })} />
    </fieldset>
  );
}

interface ActivityRowProps {
  path: string;
  index: number;
  activity: ActivityDraft;
  lists: Lists;
  onChange: (activity: ActivityDraft) => void;
  onRemove: () => void;
}

function ActivityRow({ path, index, activity, lists, onChange, onRemove }: ActivityRowProps) {
  const { t } = useTranslation('programmes');
  const row = useFocusWhenAdded<HTMLDivElement>();
  return (
    <div ref={row} className="activity" role="group" aria-label={t('items.activities', { n: index + 1 })}>
      <PathSelect
        path={`${path}.activityId`}
        label={t('fields.activityId')}
        value={activity.activityId}
        onChange={(activityId) => onChange({ ...activity, activityId })}
        placeholder={t('sessions.freeActivity')}
        options={lists.activities.map((entry) => ({ value: entry.id, label: entry.name }))}
      />
      <PathTextField path={`${path}.text`} label={t('fields.text')} value={activity.text} onChange={(text) => onChange({ ...activity, text })} />
      <button type="button" className="button button--small button--danger-quiet" onClick={() => removeFocusingNeighbour(row.current, onRemove)}>
        {t('sessions.removeActivity', { n: index + 1 })}
      </button>
    </div>
  );
}
