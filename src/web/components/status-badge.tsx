/**
 * A target's status as word and symbol, never by colour alone (WCAG 1.4.1). Words from the
 * domain (status-rules.ts), so the screen says what the documents say.
 */
import { REASON_LABELS, shownReason, STATUS_WORDS } from '../../domain/monitoring/status-rules.ts';
import type { AssessmentReason } from '../../domain/monitoring/types.ts';
import type { TargetStatus } from '../lib/types.ts';

export const STATUS_SYMBOLS: Record<TargetStatus, string> = {
  erreicht: '✓',
  nicht_erreicht: '✗',
  auf_kurs: '↗',
  gefaehrdet: '!',
  offen: '○',
  nicht_bewertbar: '–',
};

export const STATUS_ORDER: readonly TargetStatus[] = [
  'erreicht',
  'auf_kurs',
  'offen',
  'gefaehrdet',
  'nicht_erreicht',
  'nicht_bewertbar',
];

export function statusWord(status: TargetStatus): string {
  return STATUS_WORDS[status];
}

/**
 * The full badge: symbol and word, and why a target is not (yet) judged where the domain says
 * so ("nicht bewertbar – Stand nicht festgehalten").
 */
export function StatusBadge({
  status,
  reason,
}: {
  status: TargetStatus;
  reason?: AssessmentReason | null;
}) {
  const shown = shownReason(status, reason);
  return (
    <span className={`status status-${status}`}>
      <span aria-hidden="true" className="status-symbol">
        {STATUS_SYMBOLS[status]}
      </span>{' '}
      {STATUS_WORDS[status]}
      {shown ? ` – ${REASON_LABELS[shown]}` : ''}
    </span>
  );
}

/** A compact chip "II ✗" for tables; the word is there for screen readers and as tooltip. */
export function StatusChip({ label, status }: { label: string; status: TargetStatus }) {
  return (
    <span
      className={`status status-chip status-${status}`}
      title={`Ziel ${label}: ${STATUS_WORDS[status]}`}
    >
      {label}{' '}
      <span aria-hidden="true" className="status-symbol">
        {STATUS_SYMBOLS[status]}
      </span>
      <span className="visually-hidden">: {STATUS_WORDS[status]}</span>
    </span>
  );
}

export function StatusLegend() {
  return (
    <div className="status-legend">
      <span className="status-legend-title">Legende der Zielstatus:</span>
      <dl>
        {STATUS_ORDER.map((s) => (
          <div key={s}>
            <dt>
              <span aria-hidden="true" className={`status status-chip status-${s}`}>
                {STATUS_SYMBOLS[s]}
              </span>
            </dt>
            <dd>{STATUS_WORDS[s]}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
