import { STATUS_LABELS } from '../../domain/agreements/lifecycle.ts';
import type { AgreementSummary } from '../lib/types.ts';

export function LifecycleBadge({ status }: { status: AgreementSummary['status'] }) {
  return <span className={`lifecycle lifecycle-${status}`}>{STATUS_LABELS[status]}</span>;
}
