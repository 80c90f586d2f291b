import {
  orderedProceedings,
  type Holder,
  type Lists,
  type ProceedingKey,
} from '../../../src-main/core/contract/index.js';
import { titledName } from '../people/person-draft.js';
import type { SessionDraft, SpeechDraft } from './programme-draft.js';

/** What one proceeding is, in words the screen can put together: its kind and the names it involves. */
export type ProceedingDescription =
  | { kind: 'role'; roleName: string; holders: string[] }
  | { kind: 'activity'; name: string; text: string }
  | { kind: 'speech'; speaker: string };

export interface ProceedingItem {
  key: ProceedingKey;
  description: ProceedingDescription;
}

/** A directory person's titled name, or undefined while it is still being fetched (or was removed). */
export type PersonNameLookup = (personId: string) => string | undefined;

/** How a holder is named in the list: a directory person by their record, anyone else as typed. */
export function holderName(holder: Holder, personName: PersonNameLookup): string {
  switch (holder.kind) {
    case 'person':
      return personName(holder.personId) ?? '';
    case 'typed':
      return titledName(holder).trim();
    case 'body':
      return holder.name.trim();
  }
}

/**
 * The session's proceedings in their effective order (the saved order, anything new in its
 * usual place), each described for the screen.
 *
 * @param speeches the session's own speeches, in their recorded order
 */
export function describeProceedings(
  session: SessionDraft,
  speeches: readonly SpeechDraft[],
  lists: Pick<Lists, 'roles' | 'activities'>,
  personName: PersonNameLookup,
): ProceedingItem[] {
  const roleNames = new Map(lists.roles.map((entry) => [entry.id, entry.name]));
  const activityNames = new Map(lists.activities.map((entry) => [entry.id, entry.name]));
  const keys = orderedProceedings(
    {
      roles: session.roles,
      activities: session.activities.map((activity) => ({ ...activity, activityId: activity.activityId === '' ? null : activity.activityId })),
      proceedings: session.proceedings,
    },
    speeches.map((speech) => speech.id),
    (activityId) => activityNames.get(activityId) ?? '',
  );
  return keys.map((key) => ({ key, description: describe(key) }));

  function describe(key: ProceedingKey): ProceedingDescription {
    const [kind, ...rest] = key.split(':');
    const id = rest.join(':');
    if (kind === 'role') {
      const role = session.roles.find((candidate) => candidate.roleId === id);
      const holders = (role?.holders ?? []).map((holder) => holderName(holder, personName)).filter((name) => name !== '');
      return { kind: 'role', roleName: roleNames.get(id) ?? '', holders };
    }
    if (kind === 'activity') {
      const activity = session.activities.find((candidate) => candidate.id === id);
      return { kind: 'activity', name: activityNames.get(activity?.activityId ?? '') ?? '', text: activity?.text.trim() ?? '' };
    }
    const speech = speeches.find((candidate) => candidate.id === id);
    return { kind: 'speech', speaker: speech ? holderName(speech.speaker, personName) : '' };
  }
}
