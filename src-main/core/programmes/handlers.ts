import type { AttendanceService } from '../attendance/service.js';
import type { FeedbackService } from '../feedback/service.js';
import type { Handlers } from '../handlers.js';
import type { ListsService } from '../lists/service.js';
import type { OrganisationService } from '../organisation/service.js';
import type { CitationsService } from './citations.js';
import type { ProgrammesService } from './service.js';

export interface ProgrammeServices {
  programmes: ProgrammesService;
  feedback: FeedbackService;
  attendance: AttendanceService;
  lists: ListsService;
  citations: CitationsService;
  organisation: OrganisationService;
}

type ProgrammeChannel = Exclude<
  Extract<keyof Handlers, `programmes:${string}` | `feedback:${string}` | `lists:${string}` | `citations:${string}` | `organisation:${string}`>,
  'feedback:export'
>;

/** The channels of programmes, their feedback logs, the editable lists, citations and the organisation profile. */
export function createProgrammeHandlers(services: ProgrammeServices): Pick<Handlers, ProgrammeChannel> {
  const { programmes, feedback, lists, citations, organisation } = services;
  return {
    'programmes:list': (input) => programmes.list(input),
    'programmes:get': ({ id }) => programmes.get(id),
    'programmes:create': ({ programme }) => programmes.create(programme),
    'programmes:update': ({ id, programme }) => programmes.update(id, programme),
    'programmes:duplicate': ({ id }) => programmes.duplicate(id),
    'programmes:remove': ({ id }) => programmes.remove(id),
    'programmes:restore': ({ id }) => programmes.restore(id),

    'feedback:list': ({ programmeId }) => feedback.list(programmeId),
    'feedback:add': ({ programmeId, entry }) => feedback.add(programmeId, entry),
    'feedback:addMany': ({ programmeId, entries }) => feedback.addMany(programmeId, entries),
    'feedback:update': ({ programmeId, id, entry }) => feedback.update(programmeId, id, entry),
    'feedback:remove': ({ programmeId, id }) => feedback.remove(programmeId, id),
    'feedback:restore': ({ programmeId, id }) => feedback.restore(programmeId, id),

    'lists:get': () => lists.get(),
    'lists:update': (input) => lists.update(input),

    'citations:search': (input) => citations.search(input),
    'citations:get': ({ ids }) => citations.getMany(ids),
    'citations:save': (input) => citations.save(input),

    'organisation:get': () => organisation.get(),
    'organisation:update': (input) => organisation.update(input),
    'organisation:logo': () => organisation.logo(),
    'organisation:setLogo': (input) => organisation.setLogo(input),
    'organisation:clearLogo': () => organisation.clearLogo(),
  };
}
