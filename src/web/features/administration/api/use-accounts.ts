/** Accounts (administration): the list, creating, changing, resetting a password. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  createdUserSchema,
  CreateUserInput,
  passwordResetSchema,
  updatedUserSchema,
  UpdateUserInput,
  UserAccount,
} from '../../../../contracts/admin-users.ts';
import { apiGet, apiSend } from '../../../lib/api.ts';

export type { UserAccount };
export type CreatedUser = z.infer<typeof createdUserSchema>;
export type UpdatedUser = z.infer<typeof updatedUserSchema>;
export type PasswordReset = z.infer<typeof passwordResetSchema>;

const KEY = ['admin-users'];

export function useAccounts() {
  return useQuery({
    queryKey: KEY,
    queryFn: () => apiGet<UserAccount[]>('/api/admin/users'),
    retry: false,
  });
}

export function useCreateAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => apiSend<CreatedUser>('POST', '/api/admin/users', input),
    onSuccess: () => void client.invalidateQueries({ queryKey: KEY }),
  });
}

export function useUpdateAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateUserInput & { id: string }) =>
      apiSend<UpdatedUser>('PATCH', `/api/admin/users/${encodeURIComponent(id)}`, input),
    onSettled: () => void client.invalidateQueries({ queryKey: KEY }),
  });
}

export function useResetPassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiSend<PasswordReset>('POST', `/api/admin/users/${encodeURIComponent(id)}/password`, {}),
    onSuccess: () => void client.invalidateQueries({ queryKey: KEY }),
  });
}
