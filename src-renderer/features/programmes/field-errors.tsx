import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../src-main/core/contract/index.js';
import { DateField } from '../../components/DateField';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { TimeField } from '../../components/TimeField';
import { useFieldErrorText } from '../people/use-field-error-text';
import { inputIdFor } from './programme-draft';

/** Messages the core gave for the last save, keyed by field path ('sessions.0.date'). */
export type FieldErrors = ReadonlyMap<string, string>;

const FieldErrorsContext = createContext<FieldErrors>(new Map());

export function FieldErrorsProvider({ errors, children }: { errors: FieldErrors; children: ReactNode }) {
  return <FieldErrorsContext.Provider value={errors}>{children}</FieldErrorsContext.Provider>;
}

export function useFieldError(path: string): string | undefined {
  return useContext(FieldErrorsContext).get(path);
}

const LEAVES = [
  'title', 'kindId', 'organiser', 'venue', 'referenceNumber', 'status', 'days', 'date', 'partOfDay',
  'startTime', 'endTime', 'purpose', 'contentPoints', 'occasion', 'outcomes', 'attendeeSummary',
  'sessions', 'name', 'roles', 'roleId', 'holders', 'designation', 'personId', 'activities',
  'activityId', 'text', 'speeches', 'sessionId', 'speaker', 'designationAtTime', 'summary', 'citationIds',
  'organiserShort', 'sponsor', 'sponsorRelation', 'city', 'agenda', 'subject', 'discussion', 'decision',
  'gender', 'organisation', 'organisationAtTime', 'summaryStyle', 'proceedings',
] as const;
type Leaf = (typeof LEAVES)[number];
const COLLECTIONS = ['days', 'sessions', 'roles', 'holders', 'activities', 'speeches', 'contentPoints', 'outcomes', 'citationIds', 'agenda'] as const;
type Collection = (typeof COLLECTIONS)[number];

const isLeaf = (segment: string): segment is Leaf => (LEAVES as readonly string[]).includes(segment);
const isCollection = (segment: string): segment is Collection => (COLLECTIONS as readonly string[]).includes(segment);

/**
 * Names a field path the way the form shows it: 'sessions.0.roles.1.holders' becomes
 * "सत्र 1, भूमिका 2, धारक", so a message read out of context still says where to look.
 */
export function useFieldLabel(): (path: string) => string {
  const { t } = useTranslation('programmes');
  return (path) => {
    const segments = path.split('.');
    const parts: string[] = [];
    segments.forEach((segment, index) => {
      const next = segments[index + 1];
      if (/^\d+$/.test(segment)) return;
      if (next !== undefined && /^\d+$/.test(next) && isCollection(segment)) {
        parts.push(t(`items.${segment}`, { n: Number(next) + 1 }));
      } else if (segment === 'id') {
        return;
      } else if (segment === 'title' && index > 0) {
        // A holder's title is the one before a name (श्री, डॉ.), not the programme's.
        parts.push(t('fields.holderTitle'));
      } else {
        parts.push(isLeaf(segment) ? t(`fields.${segment}`) : t('fields.unknown'));
      }
    });
    return parts.join(', ');
  };
}

/** Turns the core's field issues into messages keyed by path, naming each field by its label. */
export function useIssueMessages(): (issues: readonly FieldIssue[]) => Map<string, string> {
  const label = useFieldLabel();
  const text = useFieldErrorText();
  return (issues) => {
    const messages = new Map<string, string>();
    for (const issue of issues) {
      const field = issue.field.replace(/^programme\./, '');
      if (!messages.has(field)) messages.set(field, text(issue, label(field)));
    }
    return messages;
  };
}

type PathTextFieldProps = Omit<Parameters<typeof TextField>[0], 'id' | 'error'> & { path: string };

/** A TextField whose id and error come from its field path. */
export function PathTextField({ path, ...rest }: PathTextFieldProps) {
  const error = useFieldError(path);
  return <TextField id={inputIdFor(path)} error={error} {...rest} />;
}

interface PathSelectProps {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  /** The first, empty choice ("चुनें"), if there is one. */
  placeholder?: string;
  required?: boolean;
}

export function PathSelect({ path, ...rest }: PathSelectProps) {
  return <SelectField id={inputIdFor(path)} error={useFieldError(path)} {...rest} />;
}

type PathCalendarFieldProps = Omit<Parameters<typeof DateField>[0], 'id' | 'error'> & { path: string };

/** A DateField whose id and error come from its field path. */
export function PathDateField({ path, ...rest }: PathCalendarFieldProps) {
  return <DateField id={inputIdFor(path)} error={useFieldError(path)} {...rest} />;
}

/** A TimeField whose id and error come from its field path. */
export function PathTimeField({ path, ...rest }: PathCalendarFieldProps) {
  return <TimeField id={inputIdFor(path)} error={useFieldError(path)} {...rest} />;
}

/** An error for a whole group (e.g. "this role has no holder"), shown where the group starts. */
export function GroupError({ path }: { path: string }) {
  const error = useFieldError(path);
  if (!error) return null;
  return (
    // The message itself takes focus when it is the first problem, as a group has no single input.
    <p id={inputIdFor(path)} className="field__error" tabIndex={-1}>
      {error}
    </p>
  );
}
