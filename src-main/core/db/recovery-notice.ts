import type { NoticeDraft } from './load-document.js';
import type { Recovery } from './recover-file.js';

export interface NoticeSubject {
  /** The damaged file's path. */
  file: string;
  /** The document's or collection's name: 'settings', 'programmes', 'people'… */
  subject: string;
  /** A programme's or report's title, where the file is one of theirs. */
  title?: string;
  at: string;
}

/** What the user is told about one recovery: which file, what was done, and from which date the data comes. */
export function recoveryNotice(recovery: Recovery<unknown>, about: NoticeSubject): NoticeDraft {
  const common = {
    file: about.file,
    movedTo: recovery.movedTo,
    at: about.at,
    subject: about.subject,
    ...(about.title === undefined ? {} : { title: shortened(about.title) }),
    ...(recovery.damagedArchives.length === 0 ? {} : { damagedArchives: recovery.damagedArchives }),
  };
  switch (recovery.kind) {
    case 'copy':
      return {
        kind: 'damagedFileRecovered',
        ...common,
        restoredFrom: recovery.restoredFrom,
        source: recovery.source,
        dataFrom: recovery.dataFrom,
        ...(recovery.addedFromDamaged === 0 ? {} : { salvagedRecords: recovery.addedFromDamaged }),
      };
    case 'salvaged':
      return { kind: 'damagedFileSalvaged', ...common, ...(recovery.records === null ? {} : { salvagedRecords: recovery.records }) };
    case 'nothing':
      return { kind: 'damagedFileReset', ...common };
  }
}

/** Enough of a title to recognise it by; a notice is one sentence, and its schema caps the field. */
const TITLE_SHOWN = 200;

function shortened(title: string): string {
  const characters = [...title];
  return characters.length <= TITLE_SHOWN ? title : `${characters.slice(0, TITLE_SHOWN).join('')}…`;
}
