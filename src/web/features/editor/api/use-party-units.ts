/** The units a party can be picked from: the user's own tree and the organisations outside it. */
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';
import type { UnitView } from '../../../lib/types.ts';

export function usePartyUnits(enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: ['units', 'organisationen'],
    queryFn: () => apiGet<UnitView[]>('/api/units?organisationen=ja'),
    staleTime: 10 * 60_000,
  });
}
