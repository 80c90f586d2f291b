import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useSettings } from '../features/settings/queries';
import type { CalendarInputFailure, CalendarInputResult } from '../lib/calendar-input';
import type { FormatDigits } from '../lib/format';
import { FieldLabel } from './FieldLabel';

/** What a date or a time field reads, writes and describes; DateField and TimeField supply one each. */
export interface CalendarReading {
  parse: (text: string) => CalendarInputResult;
  format: (value: string, digits: FormatDigits) => string;
  /** One ArrowUp/ArrowDown step (a day, five minutes), applied to a stored value. */
  step: (value: string, direction: 1 | -1) => string;
  /** The line under the field for a stored value ("17 अप्रैल 2024", "प्रातः 10:30"). */
  describe: (value: string) => string;
  /** The line under the field while it holds no value: an example of what to write. */
  example: string;
  /** The error for a text that cannot be read, naming the field (already translated). */
  problemText: (failure: CalendarInputFailure, label: string, typed: string) => string;
}

export interface CalendarFieldProps {
  id: string;
  label: string;
  /** The stored value ('YYYY-MM-DD' or 'HH:MM'), '' when empty. */
  value: string;
  onChange: (value: string) => void;
  /** An error from the last save, shown unless the field has its own complaint about the text. */
  error?: string | undefined;
  required?: boolean | undefined;
  /**
   * What onChange gets while the text cannot be read. A form that saves sends the text itself,
   * so the save refuses it rather than silently keeping the last good value; a filter holds its
   * last good value, as a half-typed date must not empty the list.
   */
  whenUnreadable?: 'sendText' | 'hold';
  /** The wrapper's class, for fields that sit in a toolbar rather than a form. */
  className?: string;
}

/**
 * A text input for a date or a time, in the form a Hindi office writes it, whatever the
 * system's locale: the browser's own date and time inputs showed "mm/dd/yyyy" and "11:00 AM" in
 * a Hindi window. What is typed stays as typed while the field has focus; on leaving, a
 * readable text is rewritten in the field's own form and an unreadable one gets an error that
 * says what to write.
 */
export function CalendarTextField({ reading, ...props }: CalendarFieldProps & { reading: CalendarReading }) {
  const { id, label, value, onChange, error, required = false, whenUnreadable = 'sendText', className = 'field' } = props;
  const { digits } = useSettings();
  const [text, setText] = useState(() => reading.format(value, digits));
  // Set when the field is left holding a text it cannot read; the complaint then follows the
  // text as it is corrected, and goes once the text reads.
  const [complaining, setComplaining] = useState(false);
  // The value this field last sent, and the digits it last wrote in: a different value coming
  // back (a reset, a reload) or a change of digits rewrites the text; its own echo does not.
  const sent = useRef(value);
  const shownDigits = useRef(digits);

  useEffect(() => {
    if (value === sent.current && digits === shownDigits.current) return;
    sent.current = value;
    shownDigits.current = digits;
    setText(reading.format(value, digits));
    setComplaining(false);
  }, [value, digits, reading]);

  const send = (next: string) => {
    sent.current = next;
    onChange(next);
  };

  const onType = (typed: string) => {
    setText(typed);
    const result = reading.parse(typed);
    if (result.ok) {
      setComplaining(false);
      if (result.value !== value) send(result.value);
    } else if (whenUnreadable === 'sendText' && typed !== value) {
      send(typed);
    }
  };

  const onBlur = () => {
    const result = reading.parse(text);
    if (result.ok) {
      setText(reading.format(result.value, digits));
      setComplaining(false);
    } else {
      setComplaining(true);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    const result = reading.parse(text);
    if (!result.ok || result.value === '') return;
    event.preventDefault();
    const next = reading.step(result.value, event.key === 'ArrowUp' ? 1 : -1);
    setText(reading.format(next, digits));
    setComplaining(false);
    send(next);
  };

  const understood = reading.parse(text);
  const description = understood.ok && understood.value !== '' ? reading.describe(understood.value) : reading.example;
  const shownError = complaining && !understood.ok ? reading.problemText(understood, label, text.trim()) : error;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;

  return (
    <div className={`${className} ${shownError ? 'field--invalid' : ''}`}>
      <FieldLabel htmlFor={id} label={label} required={required} />
      <input
        id={id}
        name={id}
        className="input input--calendar"
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={text}
        aria-invalid={shownError ? true : undefined}
        aria-required={required ? true : undefined}
        aria-describedby={shownError ? `${errorId} ${hintId}` : hintId}
        onChange={(event) => onType(event.target.value)}
        onBlur={onBlur}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} className="field__hint">
        {description}
      </p>
      {shownError && (
        <p id={errorId} className="field__error">
          {shownError}
        </p>
      )}
    </div>
  );
}
