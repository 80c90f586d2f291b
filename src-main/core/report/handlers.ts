import type { Handlers } from '../handlers.js';
import { compareBodies } from './compare.js';
import { exportReport, previewReport, printReport, type ReportOutputDeps } from './output.js';

type ReportChannel = Extract<keyof Handlers, `reports:${string}`>;

/** The reports' channels, each carried by the service or the output functions. */
export function createReportHandlers(deps: ReportOutputDeps): Pick<Handlers, ReportChannel> {
  const { reports } = deps;
  return {
    'reports:list': (input) => reports.list(input),
    'reports:get': ({ id }) => reports.get(id),
    'reports:create': ({ programmeId, template }) => reports.create(programmeId, template),
    'reports:save': (input) => reports.save(input),
    'reports:remove': ({ id }) => reports.remove(id),
    'reports:restore': ({ id }) => reports.restore(id),
    'reports:revisions': ({ id }) => reports.revisionList(id),
    'reports:revision': ({ id, number }) => reports.revision(id, number),
    'reports:nameRevision': ({ id, name }) => reports.nameRevision(id, name),
    'reports:restoreRevision': ({ id, number }) => reports.restoreRevision(id, number),
    'reports:compare': async ({ id, left, right }) => {
      const [before, after] = await Promise.all([reports.bodyOf(id, left), reports.bodyOf(id, right)]);
      return compareBodies(before.body, after.body);
    },
    'reports:finalise': ({ id }) => reports.finalise(id),
    'reports:reopen': ({ id }) => reports.reopen(id),
    'reports:dataBlock': ({ id, source }) => reports.dataBlock(id, source),
    'reports:preview': ({ id }) => previewReport(deps, id),
    'reports:export': (input) => exportReport(deps, input),
    'reports:print': ({ id }) => printReport(deps, id),
  };
}
