/**
 * Form fields with their label, hint and error message tied to the control (aria-describedby,
 * aria-invalid), so that a screen reader reads the message with the field (WCAG 3.3.1, 3.3.2).
 * Errors come from a context keyed by the field's path ("criterion.change").
 */
import { createContext, useContext, type ReactNode } from 'react';

export const FieldErrors = createContext<ReadonlyMap<string, string>>(new Map());

/** The element id of a field path, also the target of links in the error summary. */
export const fieldId = (path: string) => `feld-${path.replace(/\./g, '-')}`;

interface Base {
  path: string;
  label: string;
  hint?: string;
}

function useDescribed(path: string, hint: string | undefined) {
  const error = useContext(FieldErrors).get(path);
  const id = fieldId(path);
  const describedBy =
    [hint ? `${id}-hinweis` : null, error ? `${id}-fehler` : null].filter(Boolean).join(' ') ||
    undefined;
  const messages: ReactNode = (
    <>
      {hint && (
        <span id={`${id}-hinweis`} className="hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-fehler`} className="field-error">
          <span className="visually-hidden">Fehler: </span>
          {error}
        </span>
      )}
    </>
  );
  return { id, error, describedBy, messages };
}

export function TextField({
  path,
  label,
  hint,
  value,
  onChange,
  type = 'text',
  inputMode,
  multiline,
  required,
}: Base & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'month';
  inputMode?: 'decimal' | 'numeric';
  multiline?: boolean;
  required?: boolean;
}) {
  const { id, error, describedBy, messages } = useDescribed(path, hint);
  const common = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    'aria-required': required || undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {messages}
      {multiline ? (
        <textarea {...common} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          inputMode={inputMode}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </div>
  );
}

export function SelectField<T extends string>({
  path,
  label,
  hint,
  value,
  options,
  onChange,
}: Base & {
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  const { id, error, describedBy, messages } = useDescribed(path, hint);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {messages}
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value as T)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A group of checkboxes (e.g. the parts of a composite target) with one error for the group. */
export function CheckboxGroup({
  path,
  label,
  hint,
  options,
  selected,
  onChange,
}: Base & {
  options: readonly { value: string; label: string }[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}) {
  const { id, error, describedBy, messages } = useDescribed(path, hint);
  const toggle = (value: string) =>
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  return (
    <fieldset
      id={id}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
      tabIndex={-1}
    >
      <legend>{label}</legend>
      {messages}
      {options.map((o) => (
        <div key={o.value} className="checkbox">
          <input
            type="checkbox"
            id={`${id}-${o.value}`}
            checked={selected.includes(o.value)}
            onChange={() => toggle(o.value)}
          />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
