/**
 * Form fields with their label, hint and error message tied to the control (aria-describedby,
 * aria-invalid), so that a screen reader reads the message with the field (WCAG 3.3.1, 3.3.2).
 * A field is named by its path ("criterion.change", "move.validFrom"); the `FieldScope` around it
 * turns the path into the element id (also the target of an error summary's links) and holds the
 * messages reported for the paths. Without a scope: ids "feld-…", no messages.
 */
import { createContext, useContext, type ReactNode } from 'react';

const NO_ERRORS: ReadonlyMap<string, string> = new Map();

interface Scope {
  /** the ids' first part: "feld", the form's id */
  prefix: string;
  /** field path → message */
  errors: ReadonlyMap<string, string>;
  /** of the text fields that name none */
  autoComplete?: string;
}

const ScopeContext = createContext<Scope>({ prefix: 'feld', errors: NO_ERRORS });

export function FieldScope({
  prefix = 'feld',
  errors = NO_ERRORS,
  autoComplete,
  children,
}: Partial<Scope> & { children: ReactNode }) {
  return (
    <ScopeContext.Provider value={{ prefix, errors, autoComplete }}>
      {children}
    </ScopeContext.Provider>
  );
}

/** The element id of a field path: "feld-criterion-change", "einheit-verschieben-move-validFrom". */
export const fieldId = (path: string, prefix = 'feld') =>
  `${prefix}-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** A link of an error summary: it moves the focus to the field, not only the view. */
export function FieldLink({ target, children }: { target: string; children: ReactNode }) {
  return (
    <a
      href={`#${target}`}
      onClick={(e) => {
        e.preventDefault();
        document.getElementById(target)?.focus();
      }}
    >
      {children}
    </a>
  );
}

interface Base {
  path: string;
  label: string;
  hint?: string;
}

/** The field's id, its hint and error (to show), the attributes that tie them to the control. */
function useField(path: string, hint: string | undefined) {
  const scope = useContext(ScopeContext);
  const id = fieldId(path, scope.prefix);
  const error = scope.errors.get(path);
  const describedBy =
    [hint ? `${id}-hinweis` : null, error ? `${id}-fehler` : null].filter(Boolean).join(' ') ||
    undefined;
  const messages = (
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
  return {
    id,
    messages,
    autoComplete: scope.autoComplete,
    control: { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy },
  };
}

function Label({ id, label, required }: { id: string; label: string; required?: boolean }) {
  return (
    <label htmlFor={id}>
      {label}
      {required && <span aria-hidden="true"> *</span>}
    </label>
  );
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
  autoComplete,
  required,
}: Base & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'month' | 'password' | 'search';
  inputMode?: 'decimal' | 'numeric';
  multiline?: boolean;
  /** else the scope's */
  autoComplete?: string;
  required?: boolean;
}) {
  const field = useField(path, hint);
  const common = {
    ...field.control,
    value,
    autoComplete: autoComplete ?? field.autoComplete,
    'aria-required': required || undefined,
  };
  return (
    <div className="field">
      <Label id={field.id} label={label} required={required} />
      {field.messages}
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

/** A choice of `options`, after the `children` (a first empty option, option groups). */
export function SelectField<T extends string>({
  path,
  label,
  hint,
  value,
  options,
  onChange,
  children,
  required,
  disabled,
}: Base & {
  value: T;
  options?: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  children?: ReactNode;
  required?: boolean;
  disabled?: boolean;
}) {
  const field = useField(path, hint);
  return (
    <div className="field">
      <Label id={field.id} label={label} required={required} />
      {field.messages}
      <select
        {...field.control}
        value={value}
        disabled={disabled}
        aria-required={required || undefined}
        onChange={(e) => onChange(e.target.value as T)}
      >
        {children}
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField({
  path,
  label,
  hint,
  checked,
  onChange,
}: Base & {
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const field = useField(path, hint);
  return (
    <div className="field">
      <div className="checkbox">
        <input
          {...field.control}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
        />
        <label htmlFor={field.id}>{label}</label>
      </div>
      {field.messages}
    </div>
  );
}

/**
 * A group of checkboxes (the parts of a composite target, a set of sources) with one message for
 * the group, on the fieldset. A value ticked joins the selection at its end; with
 * `inOptionOrder` the selection is kept in the order of the options instead.
 */
export function CheckboxGroup<T extends string>({
  path,
  label,
  hint,
  options,
  selected,
  onChange,
  inOptionOrder,
}: Base & {
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  inOptionOrder?: boolean;
}) {
  const field = useField(path, hint);
  const toggle = (value: T) =>
    onChange(
      selected.includes(value)
        ? selected.filter((v) => v !== value)
        : inOptionOrder
          ? options.map((o) => o.value).filter((v) => v === value || selected.includes(v))
          : [...selected, value],
    );
  return (
    <fieldset {...field.control} tabIndex={-1}>
      <legend>{label}</legend>
      {field.messages}
      {options.map((o) => (
        <div key={o.value} className="checkbox">
          <input
            type="checkbox"
            id={`${field.id}-${o.value}`}
            checked={selected.includes(o.value)}
            onChange={() => toggle(o.value)}
          />
          <label htmlFor={`${field.id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
