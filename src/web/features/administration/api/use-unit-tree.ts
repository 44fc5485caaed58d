/** The unit tree (administration): every unit with validity and links; creating and changing. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AdminUnit,
  CreateUnitInput,
  UpdateUnitInput,
} from '../../../../contracts/admin-units.ts';
import { apiGet, apiSend } from '../../../lib/api.ts';

export type { AdminUnit, CreateUnitInput, UpdateUnitInput };

const KEY = ['admin-units'];

export function useUnitTree() {
  return useQuery({
    queryKey: KEY,
    queryFn: () => apiGet<AdminUnit[]>('/api/admin/units'),
    retry: false,
  });
}

/** After a change of the tree every list of units is old (the shared one included). */
function useRefreshUnits() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: KEY });
    void client.invalidateQueries({ queryKey: ['units'] });
    void client.invalidateQueries({ queryKey: ['admin-users'] });
  };
}

export function useCreateUnit() {
  const refresh = useRefreshUnits();
  return useMutation({
    mutationFn: (input: CreateUnitInput) => apiSend<AdminUnit>('POST', '/api/admin/units', input),
    onSuccess: refresh,
  });
}

export function useUpdateUnit() {
  const refresh = useRefreshUnits();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateUnitInput & { id: string }) =>
      apiSend<AdminUnit>('PATCH', `/api/admin/units/${encodeURIComponent(id)}`, input),
    onSettled: refresh,
  });
}
