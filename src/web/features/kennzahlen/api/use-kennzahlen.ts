/** All Kennzahlen of one unit over all months and sexes, as the server releases them to the viewer. */
import { useQuery } from '@tanstack/react-query';
import { KENNZAHL_IDS } from '../../../../domain/kpi/catalog.ts';
import { apiGet, query } from '../../../lib/api.ts';
import type { ShownValue } from '../../../lib/types.ts';

const ALL_MONTHS = { from: '2005-01', to: '2100-12' };

export function useKennzahlValues(unitId: string | undefined) {
  return useQuery({
    queryKey: ['kennzahlen', unitId],
    enabled: unitId !== undefined,
    queryFn: async () => {
      const values = await apiGet<ShownValue[]>(
        `/api/values${query({ units: unitId, kind: 'kennzahl', metrics: KENNZAHL_IDS.join(','), ...ALL_MONTHS })}`,
      );
      return { values };
    },
  });
}
