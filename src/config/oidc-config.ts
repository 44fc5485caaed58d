/**
 * Single sign-on settings (OIDC_*): all unset, or empty, and there is none. With OIDC_ISSUER the
 * client id, the redirect URI as registered at the provider (never derived from a request: a
 * forged Host would choose where codes go) and the claim-mapping file are required. The client
 * secret is never echoed.
 */
import { resolve } from 'node:path';

export interface OidcConfig {
  /** the provider's issuer identifier; its discovery document lies below it */
  issuer: string;
  clientId: string;
  /** null: a public client (PKCE only) */
  clientSecret: string | null;
  /** the callback as registered at the provider: …/api/session/oidc/callback */
  redirectUri: string;
  /** the JSON file of claim rules (absolute path; read when the server starts) */
  claimMappingFile: string;
  /** the text of the login page's button */
  label: string;
}

export const DEFAULT_OIDC_LABEL = 'Anmelden mit Single Sign-on';
export const OIDC_CALLBACK_PATH = '/api/session/oidc/callback';

const NAMES = [
  'OIDC_ISSUER',
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'OIDC_REDIRECT_URI',
  'OIDC_CLAIM_MAPPING',
  'OIDC_LABEL',
] as const;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
// eslint-disable-next-line no-control-regex -- control characters are what is refused
const CONTROL = /[\u0000-\u001f\u007f]/;

/** An http(s) URL; plain http only on this machine (a provider or server for tests and trials). */
function webUrl(text: string): URL | null {
  if (!URL.canParse(text)) return null;
  const url = new URL(text);
  const secure =
    url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  return secure && url.username === '' && url.password === '' && url.hash === '' ? url : null;
}

export function readOidcConfig(env: NodeJS.ProcessEnv): {
  config: OidcConfig | null;
  problems: string[];
} {
  const given = (name: (typeof NAMES)[number]) => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? null : value;
  };
  const issuerText = given('OIDC_ISSUER');
  if (issuerText === null) {
    const stray = NAMES.filter((n) => given(n) !== null);
    return {
      config: null,
      problems: stray.map(
        (n) => `${n} ist gesetzt, aber OIDC_ISSUER nicht (Single Sign-on braucht OIDC_ISSUER)`,
      ),
    };
  }
  const problems: string[] = [];
  const issuer = webUrl(issuerText);
  if (issuer === null || issuer.search !== '')
    problems.push(
      'OIDC_ISSUER: https-URL des Anmeldedienstes erwartet (z. B. https://login.example.de/realms/jobcenter; http nur für localhost)',
    );
  const clientId = given('OIDC_CLIENT_ID');
  if (clientId === null) problems.push('OIDC_CLIENT_ID fehlt (nötig mit OIDC_ISSUER)');
  else if (CONTROL.test(clientId))
    problems.push('OIDC_CLIENT_ID: Steuerzeichen sind nicht erlaubt');
  const secret = given('OIDC_CLIENT_SECRET');
  if (secret !== null && CONTROL.test(secret))
    problems.push('OIDC_CLIENT_SECRET: Steuerzeichen sind nicht erlaubt');
  const redirectText = given('OIDC_REDIRECT_URI');
  const redirect = redirectText === null ? null : webUrl(redirectText);
  if (redirectText === null)
    problems.push(
      `OIDC_REDIRECT_URI fehlt (nötig mit OIDC_ISSUER: die beim Anmeldedienst eingetragene Adresse, z. B. https://zs.example.de${OIDC_CALLBACK_PATH})`,
    );
  else if (
    redirect === null ||
    redirect.search !== '' ||
    !redirect.pathname.endsWith(OIDC_CALLBACK_PATH)
  )
    problems.push(
      `OIDC_REDIRECT_URI: https-URL erwartet, die auf ${OIDC_CALLBACK_PATH} endet (z. B. https://zs.example.de${OIDC_CALLBACK_PATH}; http nur für localhost)`,
    );
  const mapping = given('OIDC_CLAIM_MAPPING');
  if (mapping === null)
    problems.push(
      'OIDC_CLAIM_MAPPING fehlt (nötig mit OIDC_ISSUER: Pfad der JSON-Datei mit den Zuordnungsregeln)',
    );
  const label = given('OIDC_LABEL') ?? DEFAULT_OIDC_LABEL;
  if (label.length > 100 || CONTROL.test(label))
    problems.push('OIDC_LABEL: Text von höchstens 100 Zeichen ohne Steuerzeichen erwartet');
  if (problems.length > 0) return { config: null, problems };
  return {
    config: {
      issuer: issuer!.href,
      clientId: clientId!,
      clientSecret: secret,
      redirectUri: redirect!.href,
      claimMappingFile: resolve(mapping!),
      label,
    },
    problems: [],
  };
}
