import { useMutation } from '@tanstack/react-query';
import type { ChannelInput } from '../../../src-main/core/contract/index.js';
import { call } from '../../lib/api';

type WithoutProgramme<C extends Parameters<typeof call>[0]> = Omit<ChannelInput<C>, 'programmeId'>;

/**
 * Nothing is invalidated here: every attendance change the core saves is announced as
 * data:changed (attendance, and programmes for the counts in their rows), and useDataEvents
 * refreshes those caches once. Invalidating here as well read the whole list twice per check-in.
 */
function useAttendanceMutation<C extends 'attendance:mark' | 'attendance:undoMark' | 'attendance:walkIn' | 'attendance:invite' | 'attendance:uninvite' | 'attendance:restoreInvitees' | 'attendance:setQuorum'>(
  programmeId: string,
  channel: C,
) {
  return useMutation({
    mutationFn: (input: WithoutProgramme<C>) => call(channel, { ...input, programmeId } as ChannelInput<C>),
  });
}

export const useMark = (programmeId: string) => useAttendanceMutation(programmeId, 'attendance:mark');
export const useUndoMark = (programmeId: string) => useAttendanceMutation(programmeId, 'attendance:undoMark');
export const useWalkIn = (programmeId: string) => useAttendanceMutation(programmeId, 'attendance:walkIn');
export const useInvite = (programmeId: string) => useAttendanceMutation(programmeId, 'attendance:invite');
export const useUninvite = (programmeId: string) => useAttendanceMutation(programmeId, 'attendance:uninvite');
export const useRestoreInvitees = (programmeId: string) => useAttendanceMutation(programmeId, 'attendance:restoreInvitees');
export const useSetQuorum = (programmeId: string) => useAttendanceMutation(programmeId, 'attendance:setQuorum');

/** Exports and PDFs change no data; they resolve with the saved file, or null when the user cancelled. */
export function useAttendanceOutput(programmeId: string) {
  return useMutation({
    mutationFn: async (
      request: { kind: 'export'; input: WithoutProgramme<'attendance:export'> } | { kind: 'print'; input: WithoutProgramme<'attendance:print'> },
    ) =>
      request.kind === 'export'
        ? call('attendance:export', { ...request.input, programmeId })
        : call('attendance:print', { ...request.input, programmeId }),
  });
}
