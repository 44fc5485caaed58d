/**
 * Response headers that keep the browser careful: a Content-Security-Policy that allows only the
 * application's own files (no inline scripts, no other sites, no framing), no MIME sniffing, no
 * referrer, and no caching of API answers (figures of social data, documents).
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * The web application (Vite build) loads its scripts, styles and fonts from /assets and talks to
 * /api only. `style-src 'unsafe-inline'`: React and ECharts set `style` attributes (positions of
 * tooltips and charts); styles cannot run code, scripts stay strictly 'self'. `img-src data: blob:`
 * for chart images and downloads.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    // served over plain HTTP on loopback; HSTS belongs to the TLS proxy in front of a shared server
    strictTransportSecurity: false,
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [] },
  });
}

/** `Cache-Control: no-store` on every API answer: figures, agreements and documents stay out of caches. */
export function noStore(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  };
}
