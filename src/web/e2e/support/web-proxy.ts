/**
 * Until the server serves the web application itself (src/server/static.ts wired into the app),
 * the browser tests put this in front of it: dist/web with the SPA fallback, /api passed on.
 */
import { createServer, request, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { WEB_DIST } from '../../build/ensure-web-built.ts';
import { freePort } from './free-port.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

export async function startWebProxy(
  apiBase: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const api = new URL(apiBase);
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith('/api/')) {
      const upstream = request(
        {
          host: api.hostname,
          port: api.port,
          path: req.url,
          method: req.method,
          headers: req.headers,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
      return;
    }
    const relative = normalize(decodeURIComponent(path)).replace(/^\/+/, '');
    const file = relative === '' || extname(relative) === '' ? 'index.html' : relative;
    readFile(join(WEB_DIST, file))
      .then((body) =>
        res
          .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
          .end(body),
      )
      .catch(() => res.writeHead(404).end('Nicht gefunden'));
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
