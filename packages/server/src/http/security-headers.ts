import type { MiddlewareHandler } from 'hono';
import { peerAddress, type TrustedProxies } from './rate-limit.ts';
import { secureHeaders } from 'hono/secure-headers';

type SecureHeadersOptions = NonNullable<Parameters<typeof secureHeaders>[0]>;

/** JSON, CSV and Atom answers are never rendered as pages: nothing may load, run, frame or submit. */
export const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox";

/**
 * Static files (the demo pages, copro.js). The pages carry their own strict CSP in a meta tag
 * (script-src 'self' and so on); a header only adds what a meta tag cannot say (frame-ancestors)
 * and must not narrow what the pages load, or two policies would have to agree on every change.
 */
export const staticContentSecurityPolicy = "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

export const hstsValue = 'max-age=31536000; includeSubDomains';

const common: Partial<SecureHeadersOptions> = {
  referrerPolicy: 'no-referrer',
  xContentTypeOptions: 'nosniff',
  xFrameOptions: 'DENY',
  // Other sites load copro.js and call the API with CORS; a site that sets
  // Cross-Origin-Embedder-Policy can do so only when this says cross-origin.
  crossOriginResourcePolicy: 'cross-origin',
  // Set below, only over HTTPS.
  strictTransportSecurity: false,
  permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [] },
};

const api = secureHeaders({ ...common, crossOriginOpenerPolicy: false });
const files = secureHeaders({ ...common, crossOriginOpenerPolicy: 'same-origin' });

/**
 * Security headers on every answer, errors and 404s included. Strict-Transport-Security only when
 * the request came over HTTPS: directly, or through a trusted proxy (`trustProxy`) that says so in
 * `X-Forwarded-Proto`. Over plain HTTP browsers ignore it, and on localhost it would pin HTTPS for
 * every other local project on that host name.
 */
export function securityHeaders(options: { trustProxy: TrustedProxies }): MiddlewareHandler {
  return async (c, next) => {
    const isApi = c.req.path === '/v1' || c.req.path.startsWith('/v1/');
    await (isApi ? api : files)(c, next);
    // A page the server writes itself (the kiosk page) may bring its own, stricter policy.
    if (isApi || !c.res.headers.has('Content-Security-Policy')) {
      c.res.headers.set('Content-Security-Policy', isApi ? apiContentSecurityPolicy : staticContentSecurityPolicy);
    }
    if (overHttps(c.req.url, options.trustProxy(peerAddress(c)) ? c.req.header('x-forwarded-proto') : undefined)) {
      c.res.headers.set('Strict-Transport-Security', hstsValue);
    }
  };
}

function overHttps(url: string, forwardedProto: string | undefined): boolean {
  if (url.startsWith('https:')) return true;
  const last = forwardedProto?.split(',').at(-1)?.trim().toLowerCase();
  return last === 'https';
}
