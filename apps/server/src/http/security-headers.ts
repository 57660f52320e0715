import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Helmet's headers, worked out once at start instead of on every request: @fastify/helmet builds a
 * new helmet middleware per request (parsing the CSP directives each time), which cost about a third
 * of a small response's time. The headers are the same for every route, so helmet runs once against
 * a stand-in response and the hook copies what it set.
 */
export function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  } as unknown as ServerResponse;
  let failure: unknown;
  helmet(options)({} as IncomingMessage, response, (err?: unknown) => {
    failure = err;
  });
  if (failure) throw failure;
  return headers;
}

/**
 * API answers (JSON, PDF, CSV, .ics) are never rendered as pages: they get the short set the OWASP
 * REST Security Cheat Sheet recommends — nothing may load or frame them, no sniffing, no caching of
 * personal data — instead of the page policy, which is a third of the bytes of a small answer.
 * Routes that may be cached say so themselves.
 */
export function apiHeaders(pageHeaders: Record<string, string>): Record<string, string> {
  const headers: Record<string, string> = {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'cross-origin-resource-policy': 'same-origin',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  };
  const hsts = pageHeaders['strict-transport-security'];
  if (hsts) headers['strict-transport-security'] = hsts;
  return headers;
}

/** Pages (the web app, the API reference) get helmet's full set; API answers the short set. */
export function securityHeadersFor(options: HelmetOptions): (url: string) => Record<string, string> {
  const page = securityHeaders(options);
  const api = apiHeaders(page);
  return (url) => (url.startsWith('/api/') && !url.startsWith('/api/docs') ? api : page);
}
