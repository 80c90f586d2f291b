import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { openCore } from '../src-main/core/index.js';
import { makeTempDir } from '../tests/support/temp-dir.js';
import { report } from './report.js';

/**
 * people.json over many short sessions: each session adds a few dozen people and the app is
 * closed as soon as they are saved, as a secretary entering one page of names at a time. The
 * head file must stay near the ~100 people the storage README promises; before folding at
 * close it grew session after session (to ~1,000 people, ~290 KB rewritten by every save).
 * Reports the largest people.json any save wrote, and the most people it held at a start.
 */
export async function benchPeopleHeadSize({ sessions = 30, perSession = 40 } = {}): Promise<boolean> {
  const { dir, cleanup } = await makeTempDir('sachiv-bench-head-');
  const headPath = join(dir, 'people.json');
  let largestSaveBytes = 0;
  let mostAtStart = 0;
  try {
    for (let session = 0; session < sessions; session += 1) {
      const core = await openCore({ dataDir: dir, appVersion: 'bench', dailyBackup: false, log: () => {} });
      const head = await readFile(headPath, 'utf8').then((text) => JSON.parse(text) as { data: { recent: unknown[] } }, () => null);
      mostAtStart = Math.max(mostAtStart, head?.data.recent.length ?? 0);
      for (let index = 0; index < perSession; index += 1) {
        const reply = await core.dispatch('people:create', {
          person: { name: `सत्र ${session + 1} व्यक्ति ${index + 1}`, designation: 'सदस्य', organisation: 'ग्राम पंचायत', phone: `9${String(session * 1000 + index).padStart(9, '0')}` },
          allowDuplicate: true,
        });
        if (!reply.ok) throw new Error(`people:create failed: ${JSON.stringify(reply.error)}`);
        largestSaveBytes = Math.max(largestSaveBytes, (await stat(headPath)).size);
      }
      await core.close();
    }
    const results = [
      report('people.head_save_size_max_after_short_sessions', Math.round(largestSaveBytes / 1024), 'KB', { op: '<=', limit: 40 }),
      report('people.head_people_at_start_max_after_short_sessions', mostAtStart, 'people', { op: '<=', limit: 100 }),
    ];
    return results.every(Boolean);
  } finally {
    await cleanup();
  }
}
