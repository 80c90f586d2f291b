import type { OpenedFolder } from './cold-open.js';
import { personId, programmeId, reportId, reportText } from './generate.js';
import { hindiSentence, seededRandom } from './hindi-text.js';
import { timeCommits, type CommitSamples } from './measure.js';
import type { Scale } from './scale.js';

/** Live events get the check-ins, open reports the autosaves; people are edited anywhere. */
const LIVE_PROGRAMMES = 3;
const OPEN_REPORTS = 5;

/** The three commits against the sharded store, through the same code the app runs. */
export async function measureShardedCommits(folder: OpenedFolder, scale: Scale, rounds: number): Promise<CommitSamples> {
  const random = seededRandom(42);
  const live = (round: number) => programmeId(scale.programmes - 1 - (round % LIVE_PROGRAMMES));
  const open = (round: number) => reportId(scale.reports - 1 - (round % OPEN_REPORTS));
  const texts = Array.from({ length: 4 }, () => reportText(random, scale));

  const commits = {
    checkIn: (round: number) =>
      folder.programmes.update(live(round), (draft) => {
        draft.attendance.push({ personId: personId(round % scale.people), sessionId: 's-1', at: new Date().toISOString() });
      }),
    personEdit: (round: number) => {
      const id = personId(Math.floor(random() * scale.people));
      const { name, designation, organisation, categoryId, phone, email, notes } = folder.people.get(id);
      return folder.people.update({
        id,
        person: { name, designation: `${designation.split(' (')[0] ?? ''} (${round})`, organisation, categoryId, phone, email, notes },
        allowDuplicate: true,
      });
    },
    reportAutosave: (round: number) =>
      folder.reports.update(open(round), (draft) => {
        draft.draft = `${texts[round % texts.length] ?? ''} ${hindiSentence(random, 6)}`;
        draft.updatedAt = new Date().toISOString();
      }),
  };
  // The first touch loads the shard; an open report or a live event is already loaded in the app.
  for (let warm = 0; warm < Math.max(LIVE_PROGRAMMES, OPEN_REPORTS); warm += 1) {
    await commits.checkIn(warm);
    await commits.reportAutosave(warm);
  }
  return timeCommits(rounds, commits);
}
