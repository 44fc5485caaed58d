/**
 * The relying party of single sign-on (openid-client): the authorization request with PKCE
 * (S256), state and nonce, and the callback — openid-client checks state, issuer, the code
 * exchange with the verifier, the ID token (issuer, audience, expiry, nonce) and that userinfo
 * speaks of the same subject. The provider's metadata is discovered on first use and again after
 * a failure. A provider that does not answer is 'unavailable' (503), a login it does not confirm
 * 'unauthenticated' (401); the technical reason goes to the server log only.
 */
import * as oidc from 'openid-client';
import { AppError } from '../errors.ts';

export interface OidcClientSettings {
  issuer: string;
  clientId: string;
  /** null: a public client, proven by PKCE alone */
  clientSecret: string | null;
  redirectUri: string;
  /** scopes besides openid and profile */
  scopes: readonly string[];
}

/** What the callback must check; kept on the server between the two requests. */
export interface FlowSecrets {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface ProviderIdentity {
  /** the issuer as the provider names itself, and its subject: together the identity's key */
  issuer: string;
  subject: string;
  /** the ID token's claims, with userinfo's where the ID token has none */
  claims: Record<string, unknown>;
}

export interface OidcClient {
  authorizationRequest(): Promise<{ url: URL; secrets: FlowSecrets }>;
  /** `query`: the parameters the provider sent to the callback */
  identify(query: URLSearchParams, secrets: FlowSecrets): Promise<ProviderIdentity>;
}

/** seconds to wait for the provider per request */
const TIMEOUT_SECONDS = 10;
/** Retry-After of a 503 when the provider does not answer */
const RETRY_SECONDS = 30;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

const unavailable = () =>
  new AppError(
    'unavailable',
    'Der Anmeldedienst (Single Sign-on) ist im Moment nicht erreichbar. Bitte später erneut versuchen.',
    [],
    undefined,
    RETRY_SECONDS,
  );

/** Whether the provider did not answer usefully (network, timeout, its own 5xx) rather than refuse. */
function unreachable(error: unknown): boolean {
  if (error instanceof TypeError) return error.message === 'fetch failed';
  if (!(error instanceof oidc.ClientError)) return false;
  if (error.code === 'OAUTH_TIMEOUT' || error.code === 'OAUTH_ABORT') return true;
  const cause: unknown = error.cause;
  return (
    error.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' &&
    cause instanceof Response &&
    cause.status >= 500
  );
}

/** One line for the server log: what failed, without the provider's answer in full. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = 'code' in error && typeof error.code === 'string' ? ` [${error.code}]` : '';
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.name}: ${error.message}${code}${cause}`;
}

function refused(error: unknown): AppError {
  if (error instanceof oidc.AuthorizationResponseError && /^[\w.-]{1,64}$/.test(error.error))
    return new AppError(
      'unauthenticated',
      `Der Anmeldedienst hat die Anmeldung nicht bestätigt (${error.error}).`,
    );
  return new AppError(
    'unauthenticated',
    'Die Anmeldung mit Single Sign-on ist fehlgeschlagen: die Antwort des Anmeldedienstes ließ sich nicht bestätigen. Bitte erneut anmelden.',
  );
}

export function createOidcClient(settings: OidcClientSettings): OidcClient {
  const insecure = new URL(settings.issuer).protocol === 'http:';
  if (insecure && !LOOPBACK.has(new URL(settings.issuer).hostname))
    throw new TypeError('plain http is for a provider on this machine only');
  let discovered: Promise<oidc.Configuration> | null = null;
  const configuration = () => {
    discovered ??= oidc.discovery(
      new URL(settings.issuer),
      settings.clientId,
      settings.clientSecret ?? undefined,
      settings.clientSecret === null ? oidc.None() : oidc.ClientSecretBasic(settings.clientSecret),
      { timeout: TIMEOUT_SECONDS, execute: insecure ? [oidc.allowInsecureRequests] : [] },
    );
    return discovered;
  };
  /** Runs one exchange with the provider; failures become the caller's 503 or 401. */
  const talk = async <T>(step: string, work: (c: oidc.Configuration) => Promise<T>) => {
    let config: oidc.Configuration;
    try {
      config = await configuration();
    } catch (error) {
      discovered = null;
      console.error(`Single Sign-on: discovery of ${settings.issuer} failed: ${describe(error)}`);
      throw unavailable();
    }
    try {
      return await work(config);
    } catch (error) {
      console.warn(`Single Sign-on: ${step} failed: ${describe(error)}`);
      if (unreachable(error)) {
        discovered = null;
        throw unavailable();
      }
      throw refused(error);
    }
  };
  const scope = [...new Set(['openid', 'profile', ...settings.scopes])].join(' ');
  return {
    authorizationRequest: () =>
      talk('authorization request', async (config) => {
        const secrets: FlowSecrets = {
          state: oidc.randomState(),
          nonce: oidc.randomNonce(),
          codeVerifier: oidc.randomPKCECodeVerifier(),
        };
        const url = oidc.buildAuthorizationUrl(config, {
          redirect_uri: settings.redirectUri,
          scope,
          state: secrets.state,
          nonce: secrets.nonce,
          code_challenge: await oidc.calculatePKCECodeChallenge(secrets.codeVerifier),
          code_challenge_method: 'S256',
        });
        return { url, secrets };
      }),
    identify: (query, secrets) =>
      talk('callback', async (config) => {
        // the redirect URI as registered (openid-client sends it with the code), the provider's answer as sent
        const current = new URL(settings.redirectUri);
        current.search = query.toString();
        const tokens = await oidc.authorizationCodeGrant(config, current, {
          pkceCodeVerifier: secrets.codeVerifier,
          expectedState: secrets.state,
          expectedNonce: secrets.nonce,
          idTokenExpected: true,
        });
        const idToken = tokens.claims()!;
        const userinfo =
          config.serverMetadata().userinfo_endpoint === undefined
            ? {}
            : await oidc.fetchUserInfo(config, tokens.access_token, idToken.sub);
        return {
          issuer: idToken.iss,
          subject: idToken.sub,
          claims: { ...userinfo, ...idToken },
        };
      }),
  };
}
