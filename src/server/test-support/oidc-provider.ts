/**
 * A real OpenID provider for tests (oidc-provider, in memory, on a random local port): one
 * confidential client whose redirect URI is the app's callback, accounts whose claims the tests
 * change between logins, a login interaction that logs in as the account named by `loginAs` and
 * grants every requested scope (no consent page), PKCE required. `authorize` plays the browser at
 * the provider: from the authorization URL through the interaction to the redirect back to the app.
 */
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';
import { parseClaimMapping } from '../../contracts/claim-mapping.ts';
import type { SingleSignOn } from '../../services/identity/app-identity.ts';
import { createOidcClient } from '../../services/identity/oidc-client.ts';

/** the app's callback as the app sees it in tests (app.request's base is http://localhost) */
export const TEST_REDIRECT_URI = 'http://localhost/api/session/oidc/callback';

export interface TestAccount {
  preferred_username?: string;
  name?: string;
  groups?: string[];
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** accounts by subject; a test may change their claims between logins */
  accounts: Map<string, TestAccount>;
  /** the subject the next login interaction logs in as */
  loginAs(subject: string): void;
  /** the query of every authorization request the provider received */
  authorizationRequests: URLSearchParams[];
  /** from the authorization URL to the URL the provider sends the browser back to (the app's callback) */
  authorize(url: string): Promise<URL>;
  close(): Promise<void>;
}

/** The rules of the tests: groups to roles and units of services/test-support.ts's tree. */
export const TEST_CLAIM_MAPPING = {
  scopes: ['groups'],
  rules: [
    { claim: 'groups', value: 'zs-mais-nrw', role: 'ministerium', unitId: '05' },
    {
      claim: 'groups',
      value: 'zs-controlling-borken',
      role: 'traeger',
      unitId: '05554',
      microdataRights: true,
      importSources: ['mikrodaten', 'manuell'],
    },
    { claim: 'groups', value: 'zs-jobcenter-ahaus', role: 'jobcenter', unitId: '05554004' },
    // configured wrongly on purpose: a unit that does not exist, a role that does not fit its unit
    { claim: 'groups', value: 'zs-nirgendwo', role: 'traeger', unitId: '99999' },
    { claim: 'groups', value: 'zs-falsche-rolle', role: 'jobcenter', unitId: '05' },
  ],
};

/** A cookie jar of one browser at the provider (names only: the provider's paths do not overlap). */
function remember(jar: Map<string, string>, response: Response): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair = '', ...attributes] = line.split(';');
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    const expired = attributes.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
    if (value === '' || expired) jar.delete(name);
    else jar.set(name, value);
  }
}

export async function startTestProvider(): Promise<TestProvider> {
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = new Map<string, TestAccount>();
  const clientId = 'zielsteuerung';
  const clientSecret = 'test-geheimnis-des-clients';
  let next = '';
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
    format: 'jwk',
  });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [TEST_REDIRECT_URI],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...signingKey, use: 'sig', kid: 'test' }] },
    cookies: { keys: ['test-cookie-schluessel'] },
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'], groups: ['groups'] },
    scopes: ['openid', 'profile', 'groups'],
    pkce: { methods: ['S256'], required: () => true },
    // lifetimes set, so that the provider does not remark on its defaults
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
      Grant: 600,
    },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => {
      const account = accounts.get(sub);
      return account === undefined
        ? undefined
        : { accountId: sub, claims: () => ({ sub, ...accounts.get(sub) }) };
    },
    // every requested scope is granted: no consent page in the tests
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope(String(ctx.oidc.params!.scope ?? 'openid'));
      await grant.save();
      return grant;
    },
  });
  const callback = provider.callback();
  const authorizationRequests: URLSearchParams[] = [];
  handle = (req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    if (url.pathname === '/auth' && url.search !== '')
      authorizationRequests.push(new URLSearchParams(url.searchParams));
    if (!url.pathname.startsWith('/interaction/')) return void callback(req, res);
    provider
      .interactionFinished(
        req,
        res,
        { login: { accountId: next } },
        {
          mergeWithLastSubmission: false,
        },
      )
      .catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
  };
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    loginAs: (subject) => {
      next = subject;
    },
    authorizationRequests,
    async authorize(start) {
      const jar = new Map<string, string>();
      let at = new URL(start);
      for (let hop = 0; hop < 10 && at.origin === issuer; hop++) {
        const response = await fetch(at, {
          redirect: 'manual',
          headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
        });
        remember(jar, response);
        const location = response.headers.get('location');
        const body = await response.text();
        if (location === null)
          throw new Error(`the provider answered ${response.status} at ${at.pathname}: ${body}`);
        at = new URL(location, at);
      }
      return at;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Single sign-on of the app against the test provider, with the tests' claim rules. */
export function testSingleSignOn(provider: TestProvider, label = 'Anmelden mit Single Sign-on') {
  const parsed = parseClaimMapping(TEST_CLAIM_MAPPING);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  const sso: SingleSignOn = {
    label,
    mapping: parsed.mapping,
    client: createOidcClient({
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      redirectUri: TEST_REDIRECT_URI,
      scopes: parsed.mapping.scopes,
    }),
  };
  return sso;
}
