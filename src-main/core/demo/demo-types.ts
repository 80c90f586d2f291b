import type { DemoCategory, DemoPerson } from './demo-people.js';

/**
 * An entry of an editable list as the demo means it: the default id, and the default name to
 * look for when the user has replaced the entry by one of their own with that name.
 */
export interface DemoListRef {
  id: string;
  name: string;
}

/** People are named by their position in DemoDataSet.people until they have directory ids. */
export type DemoHolder =
  | { kind: 'person'; person: number }
  | { kind: 'typed'; name: string; designation: string }
  | { kind: 'body'; name: string };

export interface DemoSession {
  name: string;
  date: string;
  startTime: string;
  endTime: string;
  roles: Array<{ role: DemoListRef; holders: DemoHolder[] }>;
  activities: Array<{ activity: DemoListRef | null; text: string }>;
}

export interface DemoSpeech {
  /** Index into the programme's sessions, or null for a speech outside any session. */
  session: number | null;
  speaker: number;
  designationAtTime: string;
  summary: string;
  citesCircular: boolean;
}

export type DemoMarkStatus = 'present' | 'absent' | 'excused' | 'late';

export interface DemoFeedback {
  source: { kind: 'person'; person: number } | { kind: 'unit'; name: string } | { kind: 'anonymous' };
  category: DemoListRef;
  text: string;
  channel: 'written' | 'oral';
  receivedOn: string;
  followUp: { status: 'open' | 'inProgress' | 'done'; response: string };
}

export interface DemoProgramme {
  title: string;
  kind: DemoListRef;
  organiser: string;
  venue: string;
  days: Array<{ date: string; partOfDay: 'morning' | 'afternoon' | 'evening' | null; startTime: string; endTime: string }>;
  referenceNumber: string;
  purpose: string;
  contentPoints: string[];
  occasion: string;
  outcomes: string[];
  attendeeSummary: string;
  sessions: DemoSession[];
  speeches: DemoSpeech[];
  invitees: number[];
  marks: Array<{ person: number; status: DemoMarkStatus; reason: string }>;
  feedback: DemoFeedback[];
}

export interface DemoCircular {
  kind: string;
  number: string;
  date: string;
  issuedBy: string;
  title: string;
}

export interface DemoDataSet {
  categories: readonly DemoCategory[];
  people: DemoPerson[];
  circular: DemoCircular;
  programmes: DemoProgramme[];
  /** The programme (by index) whose narrative report the demo drafts. */
  reportFor: number;
}
