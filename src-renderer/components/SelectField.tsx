import { FieldLabel } from './FieldLabel';

/** A labelled select with its error under it, as TextField is for text: one markup for every form's choices. */
interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  /** The first, empty choice ("चुनें"), if there is one. */
  placeholder?: string | undefined;
  error?: string | undefined;
  /** The record cannot be saved without a choice: marked beside the label and told to screen readers. */
  required?: boolean | undefined;
}

export function SelectField({ id, label, value, onChange, options, placeholder, error, required = false }: SelectFieldProps) {
  return (
    <div className={`field ${error ? 'field--invalid' : ''}`}>
      <FieldLabel htmlFor={id} label={label} required={required} />
      <select
        id={id}
        className="input"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-required={required ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
