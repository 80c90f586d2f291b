import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreCall, type CoreCall } from '../../../bench/ten-year/core-call.js';
import { writeDataFolder } from '../../../bench/ten-year/generate.js';
import { TINY } from '../../../bench/ten-year/scale.js';
import { openCore, type Core } from '../../../src-main/core/index.js';
import { makeTempDir } from '../../support/temp-dir.js';

// The storage benchmark's figures mean something only if the folder it generates is data the
// app itself reads: every shard accepted, and every domain showing what the scale says.
describe('the generated ten-year data folder', () => {
  let core: Core;
  let call: CoreCall;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    const temp = await makeTempDir('sachiv-bench-folder-');
    cleanup = temp.cleanup;
    await writeDataFolder(temp.dir, TINY);
    core = await openCore({ dataDir: temp.dir, appVersion: 'test', dailyBackup: false, log: () => undefined });
    call = coreCall(core);
  });
  afterEach(async () => {
    await core.close();
    await cleanup();
  });

  it('opens in the app without a file refused, with every person, programme and report of the scale', async () => {
    expect((await call('app:info', {})).notices).toEqual([]);
    expect((await call('people:search', {})).total).toBe(TINY.people);
    expect((await call('programmes:list', { limit: 1000 })).total).toBe(TINY.programmes);
    expect(await call('reports:list', {})).toHaveLength(TINY.reports);
  });

  it('gives each programme its sessions, invitations, attendance marks and feedback', async () => {
    const [newest] = (await call('programmes:list', { limit: 1 })).items;
    if (newest === undefined) throw new Error('no programme');
    const attendance = await call('attendance:get', { programmeId: newest.id });
    const marks = attendance.attendees.reduce((sum, attendee) => sum + Object.keys(attendee.marks).length, 0);

    expect(attendance.scopes).toHaveLength(TINY.sessionsPerProgramme + 1);
    expect(attendance.attendees.filter((attendee) => attendee.invited)).toHaveLength(TINY.invitationsPerProgramme);
    expect(marks).toBe(TINY.marksPerProgramme);
    expect((await call('feedback:list', { programmeId: newest.id })).total).toBe(TINY.feedbackPerProgramme);
  });

  it('gives each report its revisions, and the newest drafts take an autosave based on their version', async () => {
    const drafts = (await call('reports:list', {})).filter((summary) => summary.status === 'draft');
    const [draft] = drafts;
    if (draft === undefined) throw new Error('no draft report');
    const report = await call('reports:get', { id: draft.id });

    expect(await call('reports:revisions', { id: report.id })).toHaveLength(TINY.revisionsPerReport);
    const saved = await call('reports:save', { id: report.id, baseVersion: report.version, title: report.title, body: report.body });
    expect(saved.version).toBe(report.version + 1);
    // So the benchmark's autosaves time the draft's own write, with no revision kept on the way.
    expect(await call('reports:revisions', { id: report.id })).toHaveLength(TINY.revisionsPerReport);
  });
});
