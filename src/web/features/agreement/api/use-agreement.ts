/** Reading one agreement with its monitoring, versions and assessment records. */
import { useQuery } from '@tanstack/react-query';
import { apiGet, query } from '../../../lib/api.ts';
import type {
  AgreementView,
  Decision,
  FrameworkChange,
  VersionChange,
} from '../../../lib/types.ts';
import { monitoringQuery } from '../../overview/api/use-overview.ts';

export const agreementKey = (id: string, version?: number) =>
  ['agreement', id, version ?? 'aktuell'] as const;

export function useAgreement(id: string, version?: number) {
  return useQuery({
    queryKey: agreementKey(id, version),
    queryFn: () => apiGet<AgreementView>(`/api/agreements/${id}${query({ version })}`),
  });
}

export function useMonitoring(id: string, untilMonth?: number) {
  return useQuery(monitoringQuery(id, untilMonth));
}

export function useCompare(id: string, from: number, to: number, enabled: boolean) {
  return useQuery({
    queryKey: ['compare', id, from, to],
    queryFn: () =>
      apiGet<{ from: number; to: number; changes: VersionChange[] }>(
        `/api/agreements/${id}/compare${query({ from, to })}`,
      ),
    enabled,
  });
}

export function useFrameworkChanges(id: string) {
  return useQuery({
    queryKey: ['framework-changes', id],
    queryFn: () => apiGet<FrameworkChange[]>(`/api/agreements/${id}/framework-changes`),
  });
}

export function useDecisions(id: string) {
  return useQuery({
    queryKey: ['decisions', id],
    queryFn: () => apiGet<Decision[]>(`/api/agreements/${id}/assessments`),
  });
}
