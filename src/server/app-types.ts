import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ServiceContext } from '../services/context.ts';
import type { Credentials } from '../services/identity/authenticate.ts';
import type { OpenedSession } from '../services/identity/login.ts';
import type { HostRules } from './edge/hosts.ts';

export type AppEnv = { Variables: { ctx: ServiceContext } };
export type App = OpenAPIHono<AppEnv>;

export interface LoginInfo {
  /** demo mode: the demo accounts and their password are said on the login page */
  demo: boolean;
  accounts: { username: string; name: string }[];
  /** single sign-on: the text of the login page's button; null: not configured */
  sso: { label: string } | null;
}

export interface AppDeps {
  /** the service context of one request from its credentials; null: not logged in (401) */
  contextFor(request: Request, credentials: Credentials): Promise<ServiceContext | null>;
  /** local login: opens a session (services/identity/login.ts); none: no local login here */
  logIn?(input: { username: string; password: string }): Promise<OpenedSession>;
  /** single sign-on (services/identity/oidc-login.ts); none: not configured here */
  oidc?: {
    /** a new flow: its id (for the cookie) and the provider's address to send the browser to */
    start(): Promise<{ flowId: string; location: string }>;
    /** the provider's answer to the callback, with the flow cookie's id: opens a session */
    finish(input: { flowId: string | null; query: URLSearchParams }): Promise<OpenedSession>;
  };
  /** what the login page may say before anyone is logged in; none: no demo accounts */
  loginInfo?(): Promise<LoginInfo>;
  /** whether the store answers (for /api/health) */
  checkStore(): Promise<boolean>;
  /** the names the server answers to (Host, Origin); default: localhost, 127.0.0.1, [::1] on any port */
  hosts?: HostRules;
}
