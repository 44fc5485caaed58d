/** What the HTTP server needs of identities, bound to one store: authenticate, log in, the login page's facts. */
import type { Executor } from '../../db/executor.ts';
import type { ClaimMapping } from '../../domain/access/claim-mapping.ts';
import { DEMO_USERS } from '../demo/demo-users.ts';
import { authenticate, type Credentials } from './authenticate.ts';
import { readClaimMapping } from './claim-mapping-file.ts';
import { logIn } from './login.ts';
import { createOidcClient, type OidcClient } from './oidc-client.ts';
import { finishOidcLogin, startOidcLogin } from './oidc-login.ts';

/** Single sign-on, ready to serve: the provider's client, the claim mapping, the button's text. */
export interface SingleSignOn {
  label: string;
  client: OidcClient;
  mapping: ClaimMapping;
}

/** Single sign-on from its settings (config/oidc-config.ts); reads the mapping file (fails fast). */
export async function prepareSingleSignOn(settings: {
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  redirectUri: string;
  claimMappingFile: string;
  label: string;
}): Promise<SingleSignOn> {
  const mapping = await readClaimMapping(settings.claimMappingFile);
  return {
    label: settings.label,
    mapping,
    client: createOidcClient({ ...settings, scopes: mapping.scopes }),
  };
}

export function identityFor(
  db: Executor,
  options: { demo: boolean; now?: () => Date; sso?: SingleSignOn },
) {
  const now = options.now ?? (() => new Date());
  const sso = options.sso;
  return {
    contextFor: (_request: Request, credentials: Credentials) => authenticate(db, credentials, now),
    logIn: (input: { username: string; password: string }) => logIn(db, { ...input, now: now() }),
    loginInfo: async () => ({
      demo: options.demo,
      accounts: options.demo ? DEMO_USERS.map((u) => ({ username: u.id, name: u.name })) : [],
      sso: sso === undefined ? null : { label: sso.label },
    }),
    ...(sso === undefined
      ? {}
      : {
          oidc: {
            start: () => startOidcLogin(db, sso.client, now()),
            finish: (input: { flowId: string | null; query: URLSearchParams }) =>
              finishOidcLogin(db, sso.client, sso.mapping, { ...input, now: now() }),
          },
        }),
  };
}
