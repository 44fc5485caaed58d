/** The agreements the user may see and the live status of their targets. */
import { useQuery } from '@tanstack/react-query';
import { apiGet, query } from '../../../lib/api.ts';
import type { AgreementMonitoring, AgreementSummary, YearOverview } from '../../../lib/types.ts';

export function useAgreements() {
  return useQuery({
    queryKey: ['agreements'],
    queryFn: () => apiGet<AgreementSummary[]>('/api/agreements'),
  });
}

/** The monitoring of an agreement with the newest figures, or as of the end of a month (1–12). */
export const monitoringQuery = (id: string, untilMonth?: number) => ({
  queryKey: ['monitoring', id, untilMonth ?? 'neuester'],
  queryFn: () =>
    apiGet<AgreementMonitoring>(`/api/agreements/${id}/monitoring${query({ untilMonth })}`),
});

/** The status of every target of every agreement of a year, in one request. */
export function useYearOverview(year: number | undefined) {
  return useQuery({
    queryKey: ['overview', year],
    queryFn: () => apiGet<YearOverview>(`/api/overview${query({ year })}`),
    enabled: year !== undefined,
  });
}
