import { useTranslation } from 'react-i18next';
import type { AttendanceStatus, Attendee } from '../../../src-main/core/contract/index.js';
import { useFormatter } from '../../lib/use-formatter';
import { StatusMenu } from './StatusMenu';

interface AttendeeRowProps {
  attendee: Attendee;
  scope: string;
  /** The row Enter in the search box would check in. */
  isTop: boolean;
  onCheckIn: (attendee: Attendee) => void;
  onStatus: (attendee: Attendee, status: AttendanceStatus) => void;
  onRemove: (attendee: Attendee) => void;
}

/** One person on the list: who they are, their status in the chosen scope, and quick actions. */
export function AttendeeRow({ attendee, scope, isTop, onCheckIn, onStatus, onRemove }: AttendeeRowProps) {
  const { t } = useTranslation('attendance');
  const format = useFormatter();
  const mark = attendee.marks[scope];
  const status = mark?.status ?? 'invited';
  const details = [attendee.designation, attendee.organisation].filter((part) => part !== '').join(' · ');
  return (
    <li className={`check-in-row ${isTop ? 'check-in-row--top' : ''}`} aria-label={attendee.name}>
      <div className="check-in-row__who">
        <strong>{attendee.name}</strong>
        {details !== '' && <span className="hint">{details}</span>}
        <span className={`status-badge status-badge--${status}`}>
          {t(`status.${status}`)}
          {mark !== undefined && ` · ${t('checkIn.at', { time: format.time(mark.at) })}`}
          {mark?.reason ? ` · ${mark.reason}` : ''}
        </span>
      </div>
      <div className="check-in-row__actions">
        <button
          type="button"
          className="button button--small button--primary"
          aria-label={t('checkIn.markPresentFor', { name: attendee.name })}
          disabled={status === 'present'}
          onClick={() => onCheckIn(attendee)}
        >
          {t('checkIn.markPresent')}
        </button>
        <StatusMenu name={attendee.name} status={status} onChoose={(chosen) => onStatus(attendee, chosen)} />
        <button
          type="button"
          className="button button--small button--danger-quiet"
          aria-label={t('checkIn.removeFor', { name: attendee.name })}
          onClick={() => onRemove(attendee)}
        >
          {t('checkIn.remove')}
        </button>
      </div>
    </li>
  );
}
