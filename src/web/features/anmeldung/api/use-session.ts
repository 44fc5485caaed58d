/** The session: who is logged in (null: nobody), logging in and out. */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ApiError, apiGet, apiSend, setCsrfToken } from '../../../lib/api.ts';
import type { Viewer } from '../../../lib/types.ts';

export interface Session {
  user: Viewer;
  csrfToken: string | null;
}

export interface LoginInfo {
  demo: boolean;
  accounts: { username: string; name: string }[];
  /** single sign-on: the button's text; null: not configured */
  sso: { label: string } | null;
}

/** Where the browser goes to log in with single sign-on (a plain link: the server redirects). */
export const SSO_START = '/api/session/oidc';

async function currentSession(): Promise<Session | null> {
  try {
    const session = await apiGet<Session>('/api/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSession() {
  return useQuery({
    queryKey: ['session'],
    queryFn: currentSession,
    staleTime: 60_000,
    retry: false,
  });
}

export function useLoginInfo() {
  return useQuery({
    queryKey: ['login-info'],
    queryFn: () => apiGet<LoginInfo>('/api/session/info'),
    staleTime: Infinity,
  });
}

/** Another user, or none: nothing the previous one saw stays in the cache, the session is the new one. */
function forgetAllBut(client: QueryClient, session: Session | null): void {
  client.removeQueries({
    predicate: (q) => q.queryKey[0] !== 'session' && q.queryKey[0] !== 'login-info',
  });
  client.setQueryData(['session'], session);
}

export function useLogIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { username: string; password: string }) =>
      apiSend<Session>('POST', '/api/session', input),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      forgetAllBut(client, session);
    },
  });
}

export function useLogOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend<null>('DELETE', '/api/session'),
    onSettled: () => {
      setCsrfToken(null);
      forgetAllBut(client, null);
    },
  });
}
