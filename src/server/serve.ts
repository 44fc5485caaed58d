/** Serving the app over HTTP (Node), with a clean shutdown. */
import { serve, type ServerType } from '@hono/node-server';
import { ConfigError } from '../config/config.ts';
import type { createApp } from './app.ts';

/** Why listening failed, in the operator's terms (a setting to change), or null for other faults. */
function listenProblem(
  error: NodeJS.ErrnoException,
  port: number,
  hostname: string,
): string | null {
  if (error.code === 'EADDRINUSE')
    return `PORT ${port} ist schon belegt (läuft der Server schon?); anderen PORT einstellen`;
  if (error.code === 'EACCES')
    return `PORT ${port}: keine Berechtigung, diesen Port zu öffnen; einen Port über 1024 einstellen`;
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND')
    return `HOST ${hostname}: diese Adresse hat der Rechner nicht`;
  return null;
}

/** Listens on `hostname` (default loopback: reachable from this machine only). */
export function serveApp(
  app: ReturnType<typeof createApp>,
  port: number,
  hostname = '127.0.0.1',
): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) => {
      const problem = listenProblem(error, port, hostname);
      reject(problem === null ? error : new ConfigError(`Ungültige Einstellung: ${problem}`));
    });
  });
}

export function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
