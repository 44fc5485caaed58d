/**
 * Form fields of the administration pages with the server's answer tied to them: the German
 * message at the top of the form (focused after each failed attempt, WCAG 3.3.1), each field's
 * detail beside its control (aria-describedby, aria-invalid). Field paths are those of the API
 * ("unitId", "move.validFrom").
 */
import {
  createContext,
  useContext,
  useEffect,
  useRef,
  type FormEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { ApiError } from '../../../lib/api.ts';

export interface FormProblems {
  message: string;
  /** field path → message */
  fields: ReadonlyMap<string, string>;
}

/** The server's refusal as form problems (a network failure: its message alone). */
export function problemsOf(error: unknown): FormProblems | null {
  if (error === null || error === undefined) return null;
  if (!(error instanceof ApiError)) return { message: 'Unbekannter Fehler.', fields: new Map() };
  const fields = new Map<string, string>();
  for (const d of error.details) if (!fields.has(d.path)) fields.set(d.path, d.message);
  return { message: error.message, fields };
}

const FormContext = createContext<{ id: string; fields: ReadonlyMap<string, string> }>({
  id: 'formular',
  fields: new Map(),
});

export const fieldDomId = (formId: string, path: string) =>
  `${formId}-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;

function useField(path: string, hint: string | undefined) {
  const form = useContext(FormContext);
  const id = fieldDomId(form.id, path);
  const error = form.fields.get(path);
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
    control: { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy },
  };
}

/**
 * A form with its heading and the server's refusal (`error`, the mutation's error) above the
 * fields; each new refusal takes the focus.
 */
export function AdminForm({
  id,
  title,
  error,
  onSubmit,
  children,
  headingRef,
}: {
  id: string;
  title: string;
  error: unknown;
  onSubmit: () => void;
  children: ReactNode;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const summary = useRef<HTMLDivElement>(null);
  const problems = problemsOf(error);
  useEffect(() => {
    if (error !== null && error !== undefined) summary.current?.focus();
  }, [error]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const fields = problems?.fields ?? new Map<string, string>();
  return (
    <form className="admin-form" aria-labelledby={`${id}-titel`} onSubmit={submit} noValidate>
      <h2 id={`${id}-titel`} tabIndex={-1} ref={headingRef}>
        {title}
      </h2>
      {problems !== null && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary}>
          <p>
            <strong>Nicht gespeichert.</strong> {problems.message}
          </p>
          {fields.size > 0 && (
            <ul>
              {[...fields.entries()].map(([path, message]) => (
                <li key={path}>
                  <a
                    href={`#${fieldDomId(id, path)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      document.getElementById(fieldDomId(id, path))?.focus();
                    }}
                  >
                    {message}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <FormContext.Provider value={{ id, fields }}>{children}</FormContext.Provider>
    </form>
  );
}

export function TextInput({
  path,
  label,
  hint,
  value,
  onChange,
  type = 'text',
  autoComplete = 'off',
  required,
}: {
  path: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'password' | 'search';
  autoComplete?: string;
  required?: boolean;
}) {
  const { id, messages, control } = useField(path, hint);
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {messages}
      <input
        {...control}
        type={type}
        value={value}
        autoComplete={autoComplete}
        aria-required={required || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

export function SelectInput({
  path,
  label,
  hint,
  value,
  onChange,
  children,
  required,
}: {
  path: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
  required?: boolean;
}) {
  const { id, messages, control } = useField(path, hint);
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {messages}
      <select
        {...control}
        value={value}
        aria-required={required || undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {children}
      </select>
    </div>
  );
}

export function CheckboxInput({
  path,
  label,
  hint,
  checked,
  onChange,
}: {
  path: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { id, messages, control } = useField(path, hint);
  return (
    <div className="field">
      <div className="checkbox">
        <input
          {...control}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {messages}
    </div>
  );
}

/** Checkboxes for a set of values, one message for the group (on the fieldset). */
export function CheckboxGroupInput<T extends string>({
  path,
  legend,
  hint,
  options,
  selected,
  onChange,
}: {
  path: string;
  legend: string;
  hint?: string;
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
}) {
  const { id, messages, control } = useField(path, hint);
  const toggle = (value: T) =>
    onChange(
      selected.includes(value)
        ? selected.filter((v) => v !== value)
        : options.map((o) => o.value).filter((v) => v === value || selected.includes(v)),
    );
  return (
    <fieldset {...control} tabIndex={-1}>
      <legend>{legend}</legend>
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
