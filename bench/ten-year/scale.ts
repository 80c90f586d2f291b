/** How much data a secretary has after some years; the ten-year figures come from the issue. */
export interface Scale {
  label: string;
  people: number;
  programmes: number;
  sessionsPerProgramme: number;
  invitationsPerProgramme: number;
  marksPerProgramme: number;
  feedbackPerProgramme: number;
  reports: number;
  revisionsPerReport: number;
  reportBytes: { min: number; max: number };
}

const KB = 1024;

export const TEN_YEARS: Scale = {
  label: '10y',
  people: 50_000,
  programmes: 5_000,
  sessionsPerProgramme: 3,
  invitationsPerProgramme: 60,
  marksPerProgramme: 50, // 250,000 attendance marks
  feedbackPerProgramme: 20, // 100,000 feedback entries
  reports: 5_000,
  revisionsPerReport: 10,
  reportBytes: { min: 20 * KB, max: 50 * KB },
};

export const ONE_YEAR: Scale = { ...TEN_YEARS, label: '1y', people: 5_000, programmes: 500, reports: 500 };

/** For the smoke test: every code path, a few hundred kilobytes in all. */
export const TINY: Scale = {
  label: 'tiny',
  people: 300,
  programmes: 12,
  sessionsPerProgramme: 2,
  invitationsPerProgramme: 10,
  marksPerProgramme: 8,
  feedbackPerProgramme: 3,
  reports: 6,
  revisionsPerReport: 2,
  reportBytes: { min: 1 * KB, max: 2 * KB },
};

/** Events being checked into and reports being typed while the commits are measured: the newest ones. */
export const LIVE_PROGRAMMES = 3;
export const OPEN_REPORTS = 5;
