/** What the HTTP server needs of identities, bound to one store: authenticate, log in, the login page's facts. */
import type { Executor } from '../../db/executor.ts';
import { DEMO_USERS } from '../demo/demo-users.ts';
import { authenticate, type Credentials } from './authenticate.ts';
import { logIn } from './login.ts';

export function identityFor(db: Executor, options: { demo: boolean; now?: () => Date }) {
  const now = options.now ?? (() => new Date());
  return {
    contextFor: (_request: Request, credentials: Credentials) => authenticate(db, credentials, now),
    logIn: (input: { username: string; password: string }) => logIn(db, { ...input, now: now() }),
    loginInfo: async () => ({
      demo: options.demo,
      accounts: options.demo ? DEMO_USERS.map((u) => ({ username: u.id, name: u.name })) : [],
    }),
  };
}
