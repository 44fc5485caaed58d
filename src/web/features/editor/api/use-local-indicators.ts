/**
 * The local indicators the user sees (GET /api/local-indicators, each with whether the server
 * lets the user change it) and saving one: create (rowVersion null) or change.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { LocalIndicator } from '../../../../domain/agreements/criteria.ts';
import { ApiError, apiGet, apiSend, type ErrorDetail } from '../../../lib/api.ts';
import { indicatorPathSegment } from '../lib/indicator-draft.ts';

export interface ListedIndicator extends LocalIndicator {
  rowVersion: number;
  /** the server's decision: the user's unit owns it and may change it */
  editable: boolean;
}

export const localIndicatorsKey = ['local-indicators'] as const;

export function useLocalIndicators() {
  return useQuery({
    queryKey: localIndicatorsKey,
    queryFn: () => apiGet<ListedIndicator[]>('/api/local-indicators'),
  });
}

export type IndicatorSaveOutcome =
  | { kind: 'saved'; indicator: LocalIndicator & { rowVersion: number } }
  | { kind: 'refused'; code: string; message: string; details: ErrorDetail[] };

export function useSaveLocalIndicator() {
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const save = async (
    indicator: LocalIndicator,
    rowVersion: number | null,
  ): Promise<IndicatorSaveOutcome> => {
    setBusy(true);
    try {
      const saved = await apiSend<LocalIndicator & { rowVersion: number }>(
        'PUT',
        `/api/local-indicators/${indicatorPathSegment(indicator.id)}`,
        { ...indicator, rowVersion },
      );
      await client.invalidateQueries({ queryKey: localIndicatorsKey });
      // agreement views name their indicators: a changed name shows there too
      void client.invalidateQueries({ queryKey: ['agreement'] });
      return { kind: 'saved', indicator: saved };
    } catch (error) {
      if (error instanceof ApiError)
        return {
          kind: 'refused',
          code: error.code,
          message: error.message,
          details: error.details,
        };
      return {
        kind: 'refused',
        code: 'unknown',
        message: 'Unbekannter Fehler beim Speichern.',
        details: [],
      };
    } finally {
      setBusy(false);
    }
  };
  return { save, busy };
}
