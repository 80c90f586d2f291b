import { z } from 'zod';

/**
 * The largest string the boundary accepts. It is far above every field's friendly limit on
 * purpose: a 1 MB paste must reach the domain, which answers with a Hindi message naming the
 * field and its limit, instead of a bare "bad request".
 */
export const RAW_TEXT_MAX = 2_000_000;

export const rawText = z.string().max(RAW_TEXT_MAX);
export const idString = z.string().min(1).max(100);
/** 'YYYY-MM-DD'; checked against the calendar by the domain so the message can be Hindi. */
export const rawDate = z.string().max(100);
/** 'HH:MM' (24 hours) or null; '' counts as null. Checked by the domain. */
export const rawTime = z.string().max(100).nullable().default(null);

/** Friendly limits, counted in letters (code points); the domain reports them per field. */
export const TEXT_LIMITS = {
  /** Names, organiser, venue, reference numbers, designations: one line each. */
  line: 200,
  title: 300,
  /** One content point, outcome or activity. */
  point: 2_000,
  /** Purpose, occasion, attendee summary, a speech summary, a feedback text or response. */
  long: 20_000,
} as const;
