import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceMark, AttendanceStatus } from '../../../src-main/core/contract/index.js';
import { useErrorMessage } from '../../lib/use-error-message';
import { useRestoreInvitees, useUndoMark, useUninvite } from './mutations';

/** What "undo" (the toast's button or Ctrl+Z) puts back. */
export type UndoAction =
  | { kind: 'mark'; attendeeId: string; name: string; status: AttendanceStatus; scope: string; previous: AttendanceMark | null; removeFromList: boolean }
  | { kind: 'uninvite'; attendeeIds: string[] }
  | { kind: 'invite'; attendeeIds: string[] };

/**
 * The check-in desk's undo: every action that can be taken back is remembered, the toast's
 * button takes back its own action, and Ctrl+Z the latest one — unless the user is typing in
 * some other box, or in the search box with text in it, where Ctrl+Z undoes typing as usual.
 * Ctrl+Z first waits for the check-ins still in the queue (`settled`): the search box empties
 * on Enter, before that check-in is saved, and Ctrl+Z pressed then means that one, not the
 * one before it.
 */
export function useDeskUndo(
  programmeId: string,
  searchRef: RefObject<HTMLInputElement | null>,
  report: (message: string) => void,
  settled: () => Promise<void>,
) {
  const { t } = useTranslation('attendance');
  const errorMessage = useErrorMessage();
  const undoMark = useUndoMark(programmeId);
  const restoreInvitees = useRestoreInvitees(programmeId);
  const uninvite = useUninvite(programmeId);
  const stack = useRef<UndoAction[]>([]);

  const undo = async (only?: UndoAction) => {
    if (!only) await settled();
    const action = only ?? stack.current.at(-1);
    if (!action) return;
    stack.current = stack.current.filter((entry) => entry !== action);
    try {
      if (action.kind === 'mark') await undoMark.mutateAsync({ scope: action.scope, attendeeId: action.attendeeId, previous: action.previous, removeFromList: action.removeFromList });
      else if (action.kind === 'uninvite') await restoreInvitees.mutateAsync({ attendeeIds: action.attendeeIds });
      else await uninvite.mutateAsync({ attendeeIds: action.attendeeIds });
      report(
        action.kind !== 'mark'
          ? t('checkIn.undone')
          : action.status === 'present'
            ? t('checkIn.undonePresent', { name: action.name })
            : t('checkIn.undoneStatus', { name: action.name, status: t(`status.${action.status}`) }),
      );
    } catch (error) {
      report(errorMessage(error));
    }
    searchRef.current?.focus();
  };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' || event.shiftKey) return;
      const target = event.target as HTMLElement | null;
      const search = searchRef.current;
      const editingElsewhere = target !== search && target?.matches('input, textarea, select, [contenteditable="true"]');
      if (editingElsewhere || (target === search && search?.value !== '')) return;
      event.preventDefault();
      void undo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });

  return {
    /** Remembers an action and returns what its own undo button should do. */
    remember(action: UndoAction): () => void {
      stack.current.push(action);
      return () => void undo(action);
    },
  };
}
