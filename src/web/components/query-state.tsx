/** Loading and error states of a query, announced politely to screen readers. */
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../lib/api.ts';

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      {what} wird geladen …
    </p>
  );
}

export function ErrorMessage({ error, what }: { error: unknown; what: string }) {
  const message = error instanceof ApiError ? error.message : 'Unbekannter Fehler.';
  return (
    <div className="message message-error" role="alert">
      <p>
        <strong>{what} konnte nicht geladen werden.</strong> {message}
      </p>
      {error instanceof ApiError && error.details.length > 0 && (
        <ul>
          {error.details.map((d) => (
            <li key={`${d.path}:${d.message}`}>
              {d.path}: {d.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function QueryState<T>({
  query,
  what,
  children,
}: {
  query: UseQueryResult<T>;
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading what={what} />;
  if (query.isError) return <ErrorMessage error={query.error} what={what} />;
  return <>{children(query.data)}</>;
}
