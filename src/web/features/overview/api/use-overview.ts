/** The agreements the user may see and the live status of their targets. */
import { useQueries, useQuery } from '@tanstack/react-query';
import { apiGet, query } from '../../../lib/api.ts';
import type { AgreementMonitoring, AgreementSummary } from '../../../lib/types.ts';

export function useAgreements() {
  return useQuery({ queryKey: ['agreements'], queryFn: () => apiGet<AgreementSummary[]>('/api/agreements') });
}

/** The monitoring of an agreement with the newest figures, or as of the end of a month (1–12). */
export const monitoringQuery = (id: string, untilMonth?: number) => ({
  queryKey: ['monitoring', id, untilMonth ?? 'neuester'],
  queryFn: () => apiGet<AgreementMonitoring>(`/api/agreements/${id}/monitoring${query({ untilMonth })}`),
});

/** One monitoring request per agreement, in parallel; rows fill in as answers arrive. */
export function useMonitorings(ids: readonly string[]) {
  return useQueries({ queries: ids.map((id) => monitoringQuery(id)) });
}
