/** All problems of a form at its top, each linking to its field; focused when it appears (WCAG 3.3.1). */
import { useEffect, useRef } from 'react';
import type { FieldError } from '../lib/criterion-draft.ts';
import { FieldLink, fieldId } from '../../../components/form-fields.tsx';

/** `focusKey` changes with each submit attempt: only then does the summary take the focus. */
export function ErrorSummary({
  fields,
  general,
  focusKey,
}: {
  fields: readonly FieldError[];
  general: readonly string[];
  focusKey: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const count = fields.length + general.length;
  // only a new attempt moves the focus, not each keystroke that changes the count
  useEffect(() => {
    if (count > 0) box.current?.focus();
  }, [focusKey]);
  if (count === 0) return null;
  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={box}
      aria-labelledby="fehler-ueberschrift"
    >
      <h2 id="fehler-ueberschrift">
        {count === 1 ? 'Eine Angabe ist zu prüfen' : `${count} Angaben sind zu prüfen`}
      </h2>
      <ul>
        {fields.map((f) => (
          <li key={`${f.path}:${f.message}`}>
            <FieldLink target={fieldId(f.path)}>{f.message}</FieldLink>
          </li>
        ))}
        {general.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  );
}
