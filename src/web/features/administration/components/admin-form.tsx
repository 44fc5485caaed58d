/**
 * A form of the administration pages with the server's answer tied to it: the German message at
 * the top of the form (focused after each failed attempt, WCAG 3.3.1), each field's detail beside
 * its control (the fields of src/web/components/form-fields.tsx). Field paths are those of the API
 * ("unitId", "move.validFrom").
 */
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { FieldLink, fieldId, FieldScope } from '../../../components/form-fields.tsx';
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

/**
 * A form with its heading and the server's refusal (`error`, the mutation's error) above the
 * fields; each new refusal takes the focus, and so does the heading of a form that opens on request
 * (`focusHeading`, a new account or unit). The fields' ids begin with the form's id; no browser
 * fills in what it remembers (these are other people's accounts).
 */
export function AdminForm({
  id,
  title,
  error,
  onSubmit,
  children,
  focusHeading,
}: {
  id: string;
  title: string;
  error: unknown;
  onSubmit: () => void;
  children: ReactNode;
  focusHeading?: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const problems = problemsOf(error);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, []);
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
      <h2 id={`${id}-titel`} tabIndex={-1} ref={heading}>
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
                  <FieldLink target={fieldId(path, id)}>{message}</FieldLink>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <FieldScope prefix={id} errors={fields} autoComplete="off">
        {children}
      </FieldScope>
    </form>
  );
}
