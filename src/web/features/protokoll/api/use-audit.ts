/** The audit trail (administration): pages of records, newest first, and the chain check. */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { auditPageSchema, chainCheckSchema } from '../../../../contracts/audit.ts';
import { apiGet, query } from '../../../lib/api.ts';
import { downloadFile } from '../../../lib/download.ts';

export type AuditPage = z.infer<typeof auditPageSchema>;
export type AuditEntry = AuditPage['entries'][number];
export type ChainCheck = z.infer<typeof chainCheckSchema>;

/** The filters as the API takes them (from/to: ISO instants). */
export interface AuditFilters {
  from?: string;
  to?: string;
  actor?: string;
  action?: string;
  entity?: string;
  entityId?: string;
}

const PAGE = 100;

export function useAuditTrail(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', filters],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      apiGet<AuditPage>(
        `/api/audit${query({ ...filters, order: 'desc', limit: PAGE, cursor: pageParam })}`,
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    retry: false,
  });
}

export function useChainCheck() {
  return useQuery({
    queryKey: ['audit-chain'],
    queryFn: () => apiGet<ChainCheck>('/api/audit/chain'),
    retry: false,
  });
}

export function downloadAuditTrail(filters: AuditFilters, format: 'xlsx' | 'csv') {
  return downloadFile(
    `/api/audit/export${query({ ...filters, format })}`,
    `Audit-Protokoll.${format}`,
  );
}
