import { PROGRAMME_SCOPE, type ChannelParsedInput, type Settings } from '../contract/index.js';
import { AppError } from '../errors.js';
import { exportStrings, fill } from '../export/output-strings.js';
import type { PickSaveFile } from '../export/ports.js';
import { saveExport } from '../export/save-export.js';
import type { OrganisationService } from '../organisation/service.js';
import { certificatesJob } from '../print/certificates.js';
import { pdfPageCount } from '../print/pdf-page-count.js';
import { printDigitsOf } from '../print/print-digits.js';
import type { PdfJob, Printer } from '../print/printer.js';
import { signInSheetJob } from '../print/sign-in-sheet.js';
import type { ProgrammesService } from '../programmes/service.js';
import { compareHindi } from '../text/normalize.js';
import { programmeDateText } from '../text/calendar-text.js';
import { isPresent, statusIn } from './counts.js';
import type { AttendanceService } from './service.js';

export interface AttendancePrintDeps {
  attendance: AttendanceService;
  programmes: ProgrammesService;
  organisation: OrganisationService;
  settings: () => Settings;
  printer: Printer | undefined;
  pickSaveFile: PickSaveFile | undefined;
}

/**
 * The sign-in sheet, the invitation list or the certificates of a programme as a PDF saved
 * where the user picks. The document is printed only after a place was chosen.
 */
export async function printAttendance(
  deps: AttendancePrintDeps,
  request: ChannelParsedInput<'attendance:print'>,
): Promise<{ path: string; pages: number } | null> {
  const printer = deps.printer;
  if (printer === undefined) throw new AppError('export.unavailable');
  const programme = await deps.programmes.get(request.programmeId);
  const attendance = await deps.attendance.get(request.programmeId);
  const organisation = await deps.organisation.get();
  const { language, digits } = deps.settings();
  const scope = attendance.scopes.find((entry) => entry.id === request.scope) ?? attendance.scopes[0];
  const attendees = [...attendance.attendees].sort((a, b) => compareHindi(a.name, b.name));
  const rowOf = (attendee: (typeof attendees)[number]) => ({ name: attendee.name, designation: attendee.designation, unit: attendee.organisation });
  const common = {
    language,
    digits: printDigitsOf(digits),
    organisationName: (language === 'en' ? organisation.nameEn || organisation.nameHi : organisation.nameHi || organisation.nameEn).trim(),
    logoDataUrl: (await deps.organisation.logo()).dataUrl,
    eventTitle: programme.title,
    dateText: programmeDateText(programme.days.map((day) => day.date), language, digits),
    venue: programme.venue,
  };
  const names = exportStrings(language).attendance.files;

  let job: PdfJob;
  let baseName: string;
  if (request.document === 'certificates') {
    const sessionIds = new Set(programme.sessions.map((session) => session.id));
    const present = attendees.filter((attendee) => isPresent(statusIn(attendee, PROGRAMME_SCOPE, sessionIds)));
    if (present.length === 0) throw new AppError('attendance.nobodyPresent');
    job = certificatesJob({ ...common, signatoryTitle: organisation.secretaryDesignation.trim() || names.signatory, participants: present.map(rowOf) });
    baseName = fill(names.certificates, { title: programme.title });
  } else {
    const invitationsOnly = request.document === 'invitations';
    const rows = (invitationsOnly ? attendees.filter((attendee) => attendee.invited) : attendees).map(rowOf);
    job = signInSheetJob({
      ...common,
      kind: invitationsOnly ? 'invitations' : 'signIn',
      sessionName: scope === undefined || scope.id === PROGRAMME_SCOPE ? null : scope.name,
      rows,
      blankRows: invitationsOnly ? 0 : request.blankRows,
    });
    baseName = fill(invitationsOnly ? names.invitations : names.signInSheet, { title: programme.title });
  }

  let pages = 0;
  const saved = await saveExport(deps.pickSaveFile, { baseName, format: 'pdf' }, async () => {
    const pdf = await printer.printToPdf(job);
    pages = pdfPageCount(pdf);
    return pdf;
  });
  return saved === null ? null : { ...saved, pages };
}
