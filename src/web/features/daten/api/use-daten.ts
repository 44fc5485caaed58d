import { useQuery } from '@tanstack/react-query';
import { KENNZAHL_IDS } from '../../../../domain/kpi/catalog.ts';
import { apiGet, query } from '../../../lib/api.ts';
import type { ShownValue } from '../../../lib/types.ts';

/** The Kennzahlen of a unit as loaded with one given Datenstand (for revisions). */
export function useValuesOfDatenstand(
  unitId: string | undefined,
  datenstandId: number | undefined,
) {
  return useQuery({
    queryKey: ['werte-datenstand', unitId, datenstandId],
    enabled: unitId !== undefined && datenstandId !== undefined,
    queryFn: () =>
      apiGet<ShownValue[]>(
        `/api/values${query({ units: unitId, kind: 'kennzahl', metrics: KENNZAHL_IDS.join(','), from: '2005-01', to: '2100-12', datenstand: datenstandId })}`,
      ),
  });
}
