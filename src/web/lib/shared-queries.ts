/** Queries every page needs: the units the user may see, the user, the loaded Datenstände. */
import { useQuery } from '@tanstack/react-query';
import { apiGet } from './api.ts';
import type { Datenstand, UnitView, Viewer } from './types.ts';

export function useUnits() {
  return useQuery({
    queryKey: ['units'],
    queryFn: () => apiGet<UnitView[]>('/api/units'),
    staleTime: 10 * 60_000,
  });
}

export function useViewer() {
  return useQuery({
    queryKey: ['me'],
    queryFn: () => apiGet<Viewer>('/api/me'),
    staleTime: Infinity,
  });
}

export function useDatenstaende() {
  return useQuery({
    queryKey: ['datenstaende'],
    queryFn: () => apiGet<Datenstand[]>('/api/datenstaende'),
  });
}

/** Units by id, and the ids below a unit (for filters by Land or Träger). */
export function indexUnits(units: readonly UnitView[]) {
  const byId = new Map(units.map((u) => [u.id, u]));
  const isWithin = (unitId: string, ancestorId: string): boolean => {
    for (
      let u = byId.get(unitId);
      u !== undefined;
      u = u.parentId === null ? undefined : byId.get(u.parentId)
    )
      if (u.id === ancestorId) return true;
    return false;
  };
  return { byId, isWithin, childrenOf: (id: string) => units.filter((u) => u.parentId === id) };
}
