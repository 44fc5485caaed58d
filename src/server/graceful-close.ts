/**
 * Stopping the HTTP server without cutting requests short and without hanging: no new
 * connections, idle keep-alive connections closed at once, requests under way get until the
 * deadline, then every connection is closed.
 */
import type { Server } from 'node:http';
import type { ServerType } from '@hono/node-server';

export async function closeGracefully(
  server: ServerType,
  deadlineMs: number,
): Promise<'clean' | 'forced'> {
  const http = server as Server;
  let forced = false;
  const closed = new Promise<void>((resolve) => http.close(() => resolve()));
  http.closeIdleConnections?.();
  const timer = setTimeout(() => {
    forced = true;
    http.closeAllConnections?.();
  }, deadlineMs);
  await closed;
  clearTimeout(timer);
  return forced ? 'forced' : 'clean';
}
