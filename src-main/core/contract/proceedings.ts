/**
 * The order of a session's proceedings: what happened between its opening and its close, as
 * a report narrates it. It is shared by the core (which drafts in this order) and the renderer
 * (which shows the same order and lets the secretary change it), so it lives beside the schemas.
 *
 * The roles that preside over a session (chair, chief guest, special guest, key speaker) frame
 * it and are not proceedings; every other role, each activity and each speech is one item.
 */

/** Roles that frame a session: a report names them first, before anything that happened. */
export const PRESIDING_ROLE_IDS: readonly string[] = ['role-chair', 'role-chief-guest', 'role-special-guest', 'role-key-speaker'];

export const VOTE_OF_THANKS_ROLE_ID = 'role-vote-of-thanks';

/** Activities that open a session when the secretary has not said otherwise. */
const OPENING_RITUAL_IDS: readonly string[] = ['activity-lamp', 'activity-saraswati-vandana'];
/** An office's own ritual ("दीप प्रज्ज्वलन", "राष्ट्रगान") is recognised by its name too. */
const OPENING_RITUAL_NAME = /दीप|वंदना|वन्दना|राष्ट्रगान|lamp|invocation|anthem/iu;

/** The default place of each kind of item; lower comes first. */
const ROLE_RANK: Readonly<Record<string, number>> = {
  'role-welcome': 1,
  'role-guest-introduction': 2,
  'role-subject-introduction': 3,
  'role-speaker': 4,
  [VOTE_OF_THANKS_ROLE_ID]: 9,
};
const RANK = { ritual: 0, speech: 4, activity: 6, otherRole: 7 } as const;

export type ProceedingKey = `role:${string}` | `activity:${string}` | `speech:${string}`;

export interface ProceedingsSource {
  roles: ReadonlyArray<{ roleId: string }>;
  activities: ReadonlyArray<{ id: string; activityId: string | null; text: string }>;
  proceedings: readonly string[];
}

export function roleKey(roleId: string): ProceedingKey {
  return `role:${roleId}`;
}
export function activityKey(id: string): ProceedingKey {
  return `activity:${id}`;
}
export function speechKey(id: string): ProceedingKey {
  return `speech:${id}`;
}

export function isPresidingRole(roleId: string): boolean {
  return PRESIDING_ROLE_IDS.includes(roleId);
}

/**
 * The session's proceedings in the order they happened: the secretary's order where one was
 * saved, and for anything it does not name (an item added since, or every item when nothing
 * was saved) the usual order — rituals, welcome, introductions, speeches, activities, other
 * roles, and the vote of thanks last.
 *
 * @param speechIds the session's speeches, in their recorded order
 * @param activityName the list entry's name for an activity id, to recognise an office's own rituals
 */
export function orderedProceedings(
  session: ProceedingsSource,
  speechIds: readonly string[],
  activityName: (activityId: string) => string = () => '',
): ProceedingKey[] {
  const items: Array<{ key: ProceedingKey; rank: number }> = [
    ...session.activities.map((activity) => ({
      key: activityKey(activity.id),
      rank: isOpeningRitual(activity.activityId, activity.activityId === null ? activity.text : activityName(activity.activityId)) ? RANK.ritual : RANK.activity,
    })),
    ...session.roles
      .filter((role) => !isPresidingRole(role.roleId))
      .map((role) => ({ key: roleKey(role.roleId), rank: ROLE_RANK[role.roleId] ?? RANK.otherRole })),
    ...speechIds.map((id) => ({ key: speechKey(id), rank: RANK.speech })),
  ];
  const rankOf = new Map(items.map((item) => [item.key, item.rank]));
  const saved = [...new Set(session.proceedings)].filter((key): key is ProceedingKey => rankOf.has(key as ProceedingKey));
  const savedSet = new Set<string>(saved);
  const missing = items.filter((item) => !savedSet.has(item.key)).sort((a, b) => a.rank - b.rank);

  const order = [...saved];
  for (const item of missing) {
    // After the last item that usually comes no later than this one; at the start if none does.
    let at = 0;
    order.forEach((key, index) => {
      if ((rankOf.get(key) ?? 0) <= item.rank) at = index + 1;
    });
    order.splice(at, 0, item.key);
  }
  return order;
}

/** True for a ritual that opens a session: the list's lamp and invocation, or an office's own by its name. */
export function isOpeningRitual(activityId: string | null, name: string): boolean {
  return (activityId !== null && OPENING_RITUAL_IDS.includes(activityId)) || OPENING_RITUAL_NAME.test(name);
}
