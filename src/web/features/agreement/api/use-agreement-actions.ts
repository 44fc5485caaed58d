/** Lifecycle steps, a new version after signing, and next year's draft. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Signature } from '../../../../domain/agreements/agreement.ts';
import type { AgreementAction } from '../../../../domain/agreements/lifecycle.ts';
import { ApiError, apiSend } from '../../../lib/api.ts';
import type { AgreementView } from '../../../lib/types.ts';

export interface TransitionInput {
  action: AgreementAction;
  comment: string | null;
  signatures?: Signature[];
}

/** A stale row version (409): read the agreement again so that the page shows what is current. */
function useReloadOnConflict(id: string) {
  const client = useQueryClient();
  return (error: unknown) => {
    if (error instanceof ApiError && error.code === 'conflict')
      void client.invalidateQueries({ queryKey: ['agreement', id] });
  };
}

/** After any change the agreement, its monitoring and the overview are read again. */
function useRefresh() {
  const client = useQueryClient();
  return async (view: AgreementView) => {
    client.setQueryData(['agreement', view.id, 'aktuell'], view);
    await Promise.all([
      client.invalidateQueries({ queryKey: ['agreement', view.id] }),
      client.invalidateQueries({ queryKey: ['monitoring', view.id] }),
      client.invalidateQueries({ queryKey: ['agreements'] }),
    ]);
  };
}

export function useTransition(agreement: AgreementView) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: TransitionInput) =>
      apiSend<AgreementView>('POST', `/api/agreements/${agreement.id}/transitions`, {
        rowVersion: agreement.rowVersion,
        ...input,
      }),
    onSuccess: refresh,
    onError: useReloadOnConflict(agreement.id),
  });
}

export function useRevise(agreement: AgreementView) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (reason: string) =>
      apiSend<AgreementView>('POST', `/api/agreements/${agreement.id}/revisions`, {
        rowVersion: agreement.rowVersion,
        reason,
      }),
    onSuccess: refresh,
    onError: useReloadOnConflict(agreement.id),
  });
}

export function useNextYearDraft(agreement: AgreementView) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () =>
      apiSend<AgreementView>('POST', `/api/agreements/${agreement.id}/next-year-draft`, {}),
    onSuccess: refresh,
  });
}
