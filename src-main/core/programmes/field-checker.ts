import { checkText, type ErrorCode, type TextRule, type FieldIssue, type ListEntry } from '../contract/index.js';
import { AppError } from '../errors.js';
import { parseCalendarDate, parseClockTime } from './calendar.js';

/**
 * Collects every problem of one form at once, each under the path of its field
 * ('days.0.date', 'sessions.1.roles.0.holders'), so the form can point at each; cleans the
 * values on the way. Nothing is saved unless finish() finds no problem.
 */
export class FieldChecker {
  private readonly issues: FieldIssue[] = [];

  add(field: string, code: ErrorCode, params?: Record<string, string | number>): void {
    this.issues.push(params === undefined ? { field, code } : { field, code, params });
  }

  line(field: string, raw: string, max: number, required = false): string {
    return this.checkText(field, raw, { max, required });
  }

  text(field: string, raw: string, max: number, required = false): string {
    return this.checkText(field, raw, { max, required, multiline: true });
  }

  date(field: string, raw: string | null, required = false): string | null {
    if (raw === null || raw.trim() === '') {
      if (required) this.add(field, 'field.required');
      return null;
    }
    const date = parseCalendarDate(raw);
    if (date === null) this.add(field, 'field.invalidDate');
    return date;
  }

  time(field: string, raw: string | null): string | null {
    if (raw === null || raw.trim() === '') return null;
    const time = parseClockTime(raw);
    if (time === null) this.add(field, 'field.invalidTime');
    return time;
  }

  /** Reports an end time that is not after its start; both are 'HH:MM' so text order is time order. */
  timeRange(endField: string, start: string | null, end: string | null): void {
    if (start !== null && end !== null && end <= start) this.add(endField, 'field.endBeforeStart');
  }

  choice(field: string, id: string | null, entries: readonly ListEntry[], required = true): string | null {
    if (id === null) {
      if (required) this.add(field, 'field.required');
      return null;
    }
    if (!entries.some((entry) => entry.id === id)) this.add(field, 'field.invalidChoice');
    return id;
  }

  get hasIssues(): boolean {
    return this.issues.length > 0;
  }

  /** Throws AppError('validation.failed') with every issue found, if any. */
  finish(): void {
    if (this.issues.length > 0) throw new AppError('validation.failed', { fields: [...this.issues] });
  }

  /** The contract's one text rule, the forms' and the import's too; its issue is reported under `field`. */
  private checkText(field: string, raw: string, rule: TextRule): string {
    const { value, issue } = checkText(raw, rule);
    if (issue !== null) this.add(field, issue.code, issue.params);
    return value;
  }
}
