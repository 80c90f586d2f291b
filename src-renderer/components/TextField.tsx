import type { InputHTMLAttributes } from 'react';
import { FieldLabel } from './FieldLabel';
import { useKrutiDevOffer } from './KrutiDevOfferBar';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  /** The record cannot be saved without it: marked beside the label and told to screen readers. */
  required?: boolean | undefined;
  multiline?: boolean;
  type?: InputHTMLAttributes<HTMLInputElement>['type'];
  inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  autoComplete?: string;
  autoFocus?: boolean;
  dir?: 'ltr' | 'auto';
  readOnly?: boolean;
  /** A line of guidance under the input, read out as its description. */
  hint?: string | undefined;
  /** The id of a <datalist> whose entries are offered while typing (the input stays free text). */
  list?: string;
}

/**
 * A labelled input whose error sits beside it and is tied to it for screen readers. Text pasted
 * in the old Kruti Dev font is recognised and can be converted to Unicode with one click.
 */
export function TextField(props: TextFieldProps) {
  const { id, label, value, onChange, error, required = false, hint, multiline = false, ...rest } = props;
  const krutiDev = useKrutiDevOffer(value, onChange);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter((part) => part !== null).join(' ');
  const common = {
    id,
    name: id,
    value,
    onPaste: krutiDev.onPaste,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy === '' ? undefined : describedBy,
    'aria-required': required ? true : undefined,
    readOnly: rest.readOnly,
    className: 'input',
  } as const;
  return (
    <div className={`field ${error ? 'field--invalid' : ''}`}>
      <FieldLabel htmlFor={id} label={label} required={required} />
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} autoFocus={rest.autoFocus} />
      ) : (
        <input
          {...common}
          type={rest.type ?? 'text'}
          inputMode={rest.inputMode}
          autoComplete={rest.autoComplete ?? 'off'}
          autoFocus={rest.autoFocus}
          dir={rest.dir}
          list={rest.list}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {krutiDev.offerBar}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
