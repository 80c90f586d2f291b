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
}

export function SelectField({ id, label, value, onChange, options, placeholder, error }: SelectFieldProps) {
  return (
    <div className={`field ${error ? 'field--invalid' : ''}`}>
      <div className="field__label-row">
        <label htmlFor={id}>{label}</label>
      </div>
      <select
        id={id}
        className="input"
        value={value}
        aria-invalid={error ? true : undefined}
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
