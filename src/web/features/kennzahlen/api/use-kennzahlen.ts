/** All Kennzahlen of one unit over all months and sexes, and the events behind the averaged rates. */
import { useQuery } from '@tanstack/react-query';
import { RATE_EVENTS } from '../../../../domain/benchmarking/count-basis.ts';
import { KENNZAHL_IDS } from '../../../../domain/kpi/catalog.ts';
import { apiGet, query } from '../../../lib/api.ts';
import type { StoredValue } from '../../../lib/types.ts';

const ALL_MONTHS = { from: '2005-01', to: '2100-12' };

export function useKennzahlValues(unitId: string | undefined) {
  return useQuery({
    queryKey: ['kennzahlen', unitId],
    enabled: unitId !== undefined,
    queryFn: async () => {
      const [values, events] = await Promise.all([
        apiGet<StoredValue[]>(
          `/api/values${query({ units: unitId, kind: 'kennzahl', metrics: KENNZAHL_IDS.join(','), ...ALL_MONTHS })}`,
        ),
        apiGet<StoredValue[]>(
          `/api/values${query({ units: unitId, kind: 'grundgroesse', metrics: [...new Set(Object.values(RATE_EVENTS))].join(','), ...ALL_MONTHS })}`,
        ),
      ]);
      return { values, events };
    },
  });
}
