import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { attendanceStatusSchema, type AttendanceStatus } from '../../../src-main/core/contract/index.js';

const STATUSES = attendanceStatusSchema.options;

interface StatusMenuProps {
  name: string;
  status: AttendanceStatus;
  onChoose: (status: AttendanceStatus) => void;
}

/**
 * A person's status as a menu button. A closed <select> saved a new status on every arrow key
 * (present → absent while a keyboard user was only moving on), so here nothing is saved until
 * a status is chosen with Enter, Space or a click; Escape and Tab leave it unchanged. The focus
 * comes back to the button, where the user was.
 */
export function StatusMenu({ name, status, onChoose }: StatusMenuProps) {
  const { t } = useTranslation('attendance');
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();

  // The menu opens on the current status, as a select would.
  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[aria-checked="true"]')?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const choose = (chosen: AttendanceStatus) => {
    close();
    if (chosen !== status) onChoose(chosen);
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitemradio"]')];
    const current = items.indexOf(document.activeElement as HTMLElement);
    const moveTo = (index: number) => items[(index + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') moveTo(current + 1);
    else if (event.key === 'ArrowUp') moveTo(current - 1);
    else if (event.key === 'Home') moveTo(0);
    else if (event.key === 'End') moveTo(items.length - 1);
    else if (event.key === 'Escape') close();
    else if (event.key === 'Tab') setOpen(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
    // Escape here must not also reach the desk (which would clear the search box).
    event.stopPropagation();
  };

  return (
    <div className="status-menu">
      <button
        ref={button}
        type="button"
        className="button button--small"
        aria-label={t('checkIn.statusChange', { name, status: t(`status.${status}`) })}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        {t('checkIn.statusChangeShort')}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open && (
        <ul
          id={menuId}
          ref={menu}
          role="menu"
          aria-label={t('checkIn.statusFor', { name })}
          className="status-menu__list"
          onKeyDown={onMenuKeyDown}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget) && event.relatedTarget !== button.current) setOpen(false);
          }}
        >
          {STATUSES.map((option) => (
            <li key={option} role="none">
              <button type="button" role="menuitemradio" aria-checked={option === status} tabIndex={-1} className="status-menu__item" onClick={() => choose(option)}>
                <span className="status-menu__check" aria-hidden="true">
                  {option === status ? '✓' : ''}
                </span>
                {t(`status.${option}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
