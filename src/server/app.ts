/**
 * The HTTP API: Hono with zod contracts, OpenAPI at /api/openapi.json, one error shape. Routes
 * live one per file under routes/; each validates, calls one service and presents the result.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from './app-types.ts';
import { errorResponse, validationResponse } from './errors.ts';
import { ROUTES } from './routes/index.ts';
import { registerHealth } from './routes/system/health.ts';
import { registerWebApp } from './static.ts';

export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return validationResponse(c, result.error.issues, result.target);
    },
  });
  app.onError((error, c) => errorResponse(c, error));
  registerHealth(app, deps);
  app.use('/api/*', async (c, next) => {
    c.set('ctx', await deps.contextFor(c.req.raw));
    await next();
  });
  for (const register of ROUTES) register(app);
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Zielsteuerung SGB II', version: '0.1.0', description: 'Kennzahlen nach § 48a SGB II, Zielvereinbarungen nach § 48b SGB II, Monitoring und Bewertung.' },
  });
  // the web application (dist/web) at every other path, after the API
  registerWebApp(app);
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `Keine Schnittstelle ${c.req.method} ${c.req.path}`, details: [] } }, 404));
  return app;
}
