/** Serving the app over HTTP (Node), with a clean shutdown. */
import { serve, type ServerType } from '@hono/node-server';
import type { createApp } from './app.ts';

export function serveApp(app: ReturnType<typeof createApp>, port: number): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: '0.0.0.0' }, () => resolve(server));
    server.once('error', reject);
  });
}

export function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
