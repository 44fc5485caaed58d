import { useQuery } from '@tanstack/react-query';
import type {
  JobcenterComparison,
  VergleichstypComparison,
} from '../../../../domain/benchmarking/comparison-result.ts';
import { apiGet, query } from '../../../lib/api.ts';

export function useJobcenterComparison(
  parent: string | undefined,
  month: string | undefined,
  sex: string,
) {
  return useQuery({
    queryKey: ['comparison', parent, month, sex],
    enabled: parent !== undefined,
    queryFn: () => apiGet<JobcenterComparison>(`/api/comparison${query({ parent, month, sex })}`),
  });
}

export function useVergleichstyp(unit: string | undefined, month: string | undefined, sex: string) {
  return useQuery({
    queryKey: ['vergleichstyp', unit, month, sex],
    enabled: unit !== undefined,
    queryFn: () =>
      apiGet<VergleichstypComparison>(
        `/api/comparison/vergleichstyp${query({ unit, month, sex })}`,
      ),
  });
}
