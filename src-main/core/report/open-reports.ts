import type { DurableDocument, Store } from '../db/types.js';
import type { Settings } from '../contract/index.js';
import type { CoreEvents } from '../events.js';
import { AppError } from '../errors.js';
import { programmeDateText } from '../text/calendar-text.js';
import type { PeopleService } from '../people/service.js';
import type { ProgrammeServices } from '../programmes/handlers.js';
import { gatherReportFacts, type ReportFacts } from './facts.js';
import { numericDate } from './text/numbers.js';
import { ReportsService } from './service.js';
import { reportRevisionsCollection, reportsCollection } from './store/documents.js';

export interface OpenReportsOptions {
  store: Store;
  settings: DurableDocument<Settings>;
  people: PeopleService;
  programmeServices: ProgrammeServices;
  events: CoreEvents;
  now: () => Date;
}

/** Opens the reports and their revisions, and wires the service to the record it drafts from. */
export async function openReports(options: OpenReportsOptions): Promise<ReportsService> {
  const { store, settings, people, programmeServices: services, events, now } = options;
  const reports = () => store.openCollection(reportsCollection);
  const revisions = () => store.openCollection(reportRevisionsCollection);

  const facts = async (programmeId: string): Promise<ReportFacts> => {
    const programme = await services.programmes.get(programmeId).catch((error: unknown) => {
      throw error instanceof AppError && error.code === 'programmes.notFound' ? new AppError('reports.programmeNotFound') : error;
    });
    const { language, digits } = settings.read();
    return gatherReportFacts({
      language,
      digits,
      programme,
      attendance: await services.attendance.get(programmeId),
      feedback: (await services.feedback.list(programmeId)).items,
      lists: services.lists.get(),
      organisation: services.organisation.get(),
      peopleCategories: people.listCategories(),
      person: (id) => {
        try {
          return people.get(id);
        } catch {
          return undefined;
        }
      },
      citation: (id) => services.citations.find(id),
    });
  };

  return new ReportsService(reports, revisions, {
    now,
    facts,
    signature: (at, template) => {
      const { language, digits } = settings.read();
      // Today as the secretary's calendar has it (local time), written like every other date:
      // minutes write their dates "05.11.2024", so their signature does too.
      const today = `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
      const date = template === 'minutes' ? numericDate(today, digits) : programmeDateText([today], language, digits);
      return { name: services.organisation.get().secretaryName.trim(), date };
    },
    onChange: () => events.emit('data:changed', { domain: 'reports' }),
  });
}
