/**
 * What the last action did, said once: the server's notices (sessions ended, tokens) and a
 * generated one-time password — shown only here, until hidden. Takes the focus when it appears.
 */
import { useEffect, useRef } from 'react';

export interface Outcome {
  /** changes with each action, so that a repeated text is announced again */
  key: number;
  text: string;
  notices: readonly string[];
  oneTimePassword?: { userId: string; password: string };
}

export function OutcomeMessage({
  outcome,
  onDismiss,
}: {
  outcome: Outcome | null;
  onDismiss: () => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome !== null) box.current?.focus();
  }, [outcome?.key]);
  if (outcome === null) return null;
  return (
    <div className="message message-success outcome" role="status" tabIndex={-1} ref={box}>
      <p>
        <strong>{outcome.text}</strong>
      </p>
      {outcome.notices.map((n) => (
        <p key={n}>{n}</p>
      ))}
      {outcome.oneTimePassword !== undefined && (
        <div className="one-time-password">
          <p>
            Einmalkennwort für <strong>{outcome.oneTimePassword.userId}</strong> (nur jetzt
            sichtbar; bitte auf sicherem Weg weitergeben und nach der ersten Anmeldung ändern
            lassen):
          </p>
          <p>
            <code aria-label="Einmalkennwort">{outcome.oneTimePassword.password}</code>
          </p>
        </div>
      )}
      <button type="button" className="button-secondary" onClick={onDismiss}>
        {outcome.oneTimePassword === undefined ? 'Hinweis schließen' : 'Kennwort ausblenden'}
      </button>
    </div>
  );
}
