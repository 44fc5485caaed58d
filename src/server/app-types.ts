import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ServiceContext } from '../services/context.ts';
import type { HostRules } from './edge/hosts.ts';

export type AppEnv = { Variables: { ctx: ServiceContext } };
export type App = OpenAPIHono<AppEnv>;

export interface AppDeps {
  /** the service context of one request: store, acting user (until login: the configured demo user), clock */
  contextFor(request: Request): Promise<ServiceContext>;
  /** whether the store answers (for /api/health) */
  checkStore(): Promise<boolean>;
  /** the names the server answers to (Host, Origin); default: localhost, 127.0.0.1, [::1] on any port */
  hosts?: HostRules;
}
