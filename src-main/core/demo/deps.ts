import type { Store } from '../db/types.js';
import type { PeopleService } from '../people/service.js';
import type { ProgrammeServices } from '../programmes/handlers.js';
import type { ReportsService } from '../report/service.js';

/** The real services the demo is loaded and removed through, so every rule of theirs applies. */
export interface DemoDeps {
  store: Store;
  people: PeopleService;
  programmeServices: ProgrammeServices;
  reports: ReportsService;
  now: () => Date;
  /** Where a failed clean-up of an interrupted load is reported; console.error if not given. */
  log?: (message: string, error?: unknown) => void;
}
