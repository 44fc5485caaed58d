/**
 * Which names the server answers to. A browser page of another site can make the browser send
 * requests to 127.0.0.1 (DNS rebinding: its own name resolves to this machine) or post forms
 * here (cross-site request forgery). So every request must name an allowed host in `Host`, and
 * a write that comes from a page must come from an allowed origin.
 */
import type { MiddlewareHandler } from 'hono';
import { errorJson } from '../errors.ts';

export interface HostRules {
  /** extra host names (e.g. the name behind a reverse proxy), optionally with a port ("zs.example.de", "zs.example.de:8443") */
  allowedHosts: readonly string[];
  /** the port the server listens on; null = any port (tests call the app without a socket) */
  port: number | null;
}

export const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'] as const;

/** "Host: name" or "name:port" → lower-case name and port ('' when none). */
function splitAuthority(authority: string): { name: string; port: string } | null {
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(authority.trim());
  return match === null ? null : { name: match[1]!.toLowerCase(), port: match[2] ?? '' };
}

/** Whether `authority` (host[:port]) is one the server answers to. */
export function isAllowedAuthority(authority: string, rules: HostRules): boolean {
  const given = splitAuthority(authority);
  if (given === null) return false;
  for (const entry of [...LOCAL_HOSTS, ...rules.allowedHosts]) {
    const allowed = splitAuthority(entry);
    if (allowed === null || allowed.name !== given.name) continue;
    // an entry with a port allows exactly that port; one without allows the bare name and the server's port
    if (allowed.port !== '') {
      if (given.port === allowed.port) return true;
    } else if (given.port === '' || rules.port === null || given.port === String(rules.port)) {
      return true;
    }
  }
  return false;
}

/** 421 in the one error shape when the Host header names another server. */
export function hostGuard(rules: HostRules): MiddlewareHandler {
  return async (c, next) => {
    // node-server builds the request URL from the Host header; without a socket it is the URL given
    const authority = c.req.header('host') ?? new URL(c.req.url).host;
    if (!isAllowedAuthority(authority, rules)) {
      return errorJson(
        c,
        421,
        'wrong_host',
        'Diese Adresse (Host) bedient der Server nicht. Weitere Namen erlaubt die Einstellung ALLOWED_HOSTS.',
      );
    }
    await next();
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * 403 in the one error shape for a write whose Origin (set by every browser on a cross-site or
 * non-GET request) is not an allowed host. Requests without Origin (curl, the CLI) pass.
 */
export function originGuard(rules: HostRules): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (
      !SAFE_METHODS.has(c.req.method) &&
      origin !== undefined &&
      !isAllowedOrigin(origin, rules)
    ) {
      return errorJson(
        c,
        403,
        'forbidden',
        'Schreibende Anfragen nur von der eigenen Anwendung (Origin nicht erlaubt).',
      );
    }
    await next();
  };
}

function isAllowedOrigin(origin: string, rules: HostRules): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, file://) and garbage
  }
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') && isAllowedAuthority(url.host, rules)
  );
}
