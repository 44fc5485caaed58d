/**
 * The HTTP API: Hono with zod contracts, OpenAPI at /api/openapi.json, one error shape. Routes
 * live one per file under routes/; each validates, calls one service and presents the result.
 * Before any route: security headers, the Host and Origin rules, body size and type (edge/).
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from './app-types.ts';
import { authentication, SESSION_COOKIE } from './edge/authentication.ts';
import { bodyLimits, jsonBodiesOnly } from './edge/body-rules.ts';
import { hostGuard, originGuard, type HostRules } from './edge/hosts.ts';
import { noStore, securityHeaders } from './edge/security-headers.ts';
import { errorJson, errorResponse, validationResponse } from './errors.ts';
import { OPENAPI_DOCUMENT } from './openapi.ts';
import { withCallers } from './routes/callers.ts';
import { responseCache } from './response-cache.ts';
import { ROUTES } from './routes/index.ts';
import { registerHealth } from './routes/system/health.ts';
import { registerWebApp } from './static.ts';

const DEFAULT_HOST_RULES: HostRules = { allowedHosts: [], port: null };

export function createApp(deps: AppDeps) {
  const hosts = deps.hosts ?? DEFAULT_HOST_RULES;
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      // a path that names no possible record (an id of another shape) names nothing: 404
      if (result.target === 'param') {
        return errorJson(
          c,
          404,
          'not_found',
          'Nicht gefunden: ungültige Kennung im Pfad',
          result.error.issues.map((i) => ({
            path: ['param', ...i.path.map(String)].join('.'),
            message: i.message,
          })),
        );
      }
      return validationResponse(c, result.error.issues, result.target);
    },
  });
  app.onError((error, c) => errorResponse(c, error));
  app.use('*', securityHeaders());
  app.use('*', hostGuard(hosts));
  app.use('/api/*', noStore());
  app.use('/api/*', originGuard(hosts));
  app.use('/api/*', bodyLimits());
  app.use('/api/*', jsonBodiesOnly());
  registerHealth(app, deps);
  app.use('/api/*', authentication(deps));
  app.use('/api/*', responseCache());
  for (const register of ROUTES) register(app, deps);
  app.openAPIRegistry.registerComponent('securitySchemes', 'sitzung', {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'Sitzung aus POST /api/session; schreibende Anfragen zusätzlich mit X-CSRF-Token',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'persönliches API-Token (POST /api/tokens)',
  });
  // the document, with who may call each operation (routes/callers.ts); built once
  let document: unknown;
  app.get('/api/openapi.json', (c) =>
    c.json((document ??= withCallers(app.getOpenAPI31Document(OPENAPI_DOCUMENT))) as object),
  );
  // the web application (dist/web) at every other path, after the API
  registerWebApp(app);
  app.notFound((c) =>
    errorJson(c, 404, 'not_found', `Keine Schnittstelle ${c.req.method} ${c.req.path}`),
  );
  return app;
}
