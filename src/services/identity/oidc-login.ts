/**
 * Logging in with single sign-on (OpenID Connect, authorization code flow with PKCE). Start: the
 * flow's secrets are kept server-side under the hash of a random id that the browser holds in a
 * short-lived cookie, and the browser goes to the provider. Callback: the flow is taken (once,
 * within 10 minutes), openid-client checks the provider's answer, the claims are mapped to an
 * account (domain/access/claim-mapping.ts), the account is provisioned (sso-account.ts) and a
 * session opened exactly like a password login. A refusal after the provider confirmed the
 * identity is audited as login.failed.
 */
import {
  countOidcFlows,
  deleteExpiredOidcFlows,
  insertOidcFlow,
  takeOidcFlow,
} from '../../db/repositories/oidc-flows.ts';
import { inTransaction, type Executor } from '../../db/executor.ts';
import { mapClaims, type ClaimMapping } from '../../domain/access/claim-mapping.ts';
import { recordAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { anonymous, openSession, type OpenedSession } from './login.ts';
import type { OidcClient, ProviderIdentity } from './oidc-client.ts';
import { newSecret, secretHash } from './secrets.ts';
import { provisionSsoAccount } from './sso-account.ts';

/** how long a login may stay at the provider */
export const OIDC_FLOW_MS = 10 * 60_000;
/** open flows at most: each start writes a row before anyone is known */
const MAX_OPEN_FLOWS = 10_000;

export async function startOidcLogin(
  db: Executor,
  client: OidcClient,
  now: Date,
): Promise<{ flowId: string; location: string }> {
  // the provider first: when it does not answer, nothing is written
  const { url, secrets } = await client.authorizationRequest();
  await deleteExpiredOidcFlows(db, now);
  if ((await countOidcFlows(db, now)) >= MAX_OPEN_FLOWS)
    throw new AppError(
      'too_many_attempts',
      'Zu viele Anmeldungen gleichzeitig. Bitte in einigen Minuten erneut versuchen.',
      [],
      undefined,
      60,
    );
  const flowId = newSecret('');
  await insertOidcFlow(db, {
    idHash: secretHash(flowId),
    ...secrets,
    expiresAt: new Date(now.getTime() + OIDC_FLOW_MS),
  });
  return { flowId, location: url.href };
}

async function refuse(
  db: Executor,
  identity: ProviderIdentity,
  username: string,
  reason: string,
): Promise<never> {
  const name = username === '' ? identity.subject : username;
  await recordAudit(db, anonymous(name), 'login.failed', 'user', name, {
    via: 'oidc',
    subject: identity.subject,
    reason,
  });
  throw new AppError('forbidden', `Anmeldung nicht möglich. ${reason}`);
}

export async function finishOidcLogin(
  db: Executor,
  client: OidcClient,
  mapping: ClaimMapping,
  input: { flowId: string | null; query: URLSearchParams; now: Date },
): Promise<OpenedSession> {
  const flow =
    input.flowId === null ? undefined : await takeOidcFlow(db, secretHash(input.flowId), input.now);
  if (flow === undefined)
    throw new AppError(
      'unauthenticated',
      'Dieser Anmeldevorgang ist unbekannt oder abgelaufen. Bitte erneut mit Single Sign-on anmelden.',
    );
  const identity = await client.identify(input.query, flow);
  const mapped = mapClaims(mapping, identity.claims);
  if (!mapped.ok) return refuse(db, identity, mapped.username, mapped.reason);
  const today = input.now.toISOString().slice(0, 10);
  const result = await inTransaction(db, async (tx) => {
    const account = await provisionSsoAccount(tx, mapped.account, identity, today);
    return account.ok
      ? { ok: true as const, session: await openSession(tx, account.user, input.now, 'oidc') }
      : account;
  });
  if (!result.ok) return refuse(db, identity, mapped.account.username, result.reason);
  return result.session;
}
