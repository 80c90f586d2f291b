import { z } from 'zod';

/** How much of the fictional demo data set is in the data folder (all zero when none is). */
export const demoCountsSchema = z.object({
  people: z.number().int(),
  programmes: z.number().int(),
  feedback: z.number().int(),
  attendanceMarks: z.number().int(),
  reports: z.number().int(),
});
export type DemoCounts = z.output<typeof demoCountsSchema>;

export const demoStatusSchema = z.object({ loaded: z.boolean(), counts: demoCountsSchema });
export type DemoStatus = z.output<typeof demoStatusSchema>;
