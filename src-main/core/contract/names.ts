/**
 * Channel and event names as plain strings, with no zod in sight, so the sandboxed preload
 * can carry its allow-list without bundling the schemas. channels.ts and events.ts are
 * checked against these lists at compile time.
 */
export const CHANNEL_NAMES = [
  'app:info',
  'app:dismissNotice',
  'app:editsSaved',
  'settings:get',
  'settings:update',
  'people:search',
  'people:get',
  'people:create',
  'people:update',
  'people:remove',
  'people:restore',
  'people:organisations',
  'categories:list',
  'categories:create',
  'categories:rename',
  'categories:remove',
  'programmes:list',
  'programmes:get',
  'programmes:create',
  'programmes:update',
  'programmes:duplicate',
  'programmes:remove',
  'programmes:restore',
  'feedback:list',
  'feedback:add',
  'feedback:addMany',
  'feedback:update',
  'feedback:remove',
  'feedback:restore',
  'feedback:export',
  'lists:get',
  'lists:update',
  'citations:search',
  'citations:get',
  'citations:save',
  'organisation:get',
  'organisation:update',
  'organisation:logo',
  'organisation:setLogo',
  'organisation:clearLogo',
  'backup:create',
  'backup:inspect',
  'backup:restore',
  'backup:list',
  'backup:inspectOpened',
  'attendance:get',
  'attendance:search',
  'attendance:invite',
  'attendance:uninvite',
  'attendance:restoreInvitees',
  'attendance:mark',
  'attendance:undoMark',
  'attendance:walkIn',
  'attendance:setQuorum',
  'attendance:export',
  'attendance:print',
  'import:open',
  'import:analyse',
  'import:commit',
  'import:undo',
  'import:discard',
  'text:krutiDev',
  'reports:list',
  'reports:get',
  'reports:create',
  'reports:save',
  'reports:remove',
  'reports:restore',
  'reports:revisions',
  'reports:revision',
  'reports:nameRevision',
  'reports:restoreRevision',
  'reports:compare',
  'reports:finalise',
  'reports:reopen',
  'reports:dataBlock',
  'reports:preview',
  'reports:export',
  'reports:print',
] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];

export const EVENT_NAMES = ['data:changed', 'settings:changed', 'app:notice', 'import:progress', 'backup:opened', 'app:saveEdits'] as const;
export type EventNameList = (typeof EVENT_NAMES)[number];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && (CHANNEL_NAMES as readonly string[]).includes(name);
}

export function isEventNameListed(name: unknown): name is EventNameList {
  return typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name);
}
