import type { Role } from '@brug/domain';
import { AppError, LOGIN_DEVICE_DAYS } from '@brug/domain';
import { parseCookie, stringifySetCookie } from 'cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ActiveSession, SessionUser } from '../modules/accounts/session-store.ts';
import { safeEqual } from './tokens.ts';

export const SESSION_COOKIE = 'brug_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Done = (err?: Error) => void;

/**
 * Loads the session from its cookie and checks the CSRF token on every cookie-authenticated write.
 * Runs in the request's first hook, before the body is read. Callback style: a request without a
 * session cookie (health checks, public pages) costs no promise, and one whose session is in memory
 * none either.
 */
export function sessionAuthenticator(app: FastifyInstance): (request: FastifyRequest, done: Done) => void {
  const check = (request: FastifyRequest, session: ActiveSession | null, done: Done) => {
    request.session = session;
    if (session && UNSAFE.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !safeEqual(header, session.csrfToken)) {
        return done(new AppError('CSRF', 'Missing or wrong X-CSRF-Token header'));
      }
    }
    done();
  };
  return (request, done) => {
    const header = request.headers.cookie;
    if (!header) return done();
    const token = parseCookie(header)[SESSION_COOKIE];
    if (!token) return done();
    const session = app.ctx.sessions.get(token);
    if (session instanceof Promise) session.then((s) => check(request, s, done), done);
    else check(request, session, done);
  };
}

const COOKIE_ATTRIBUTES = { path: '/', httpOnly: true, sameSite: 'lax' } as const;

/** Sets the session cookie: httpOnly, SameSite=Lax, Secure behind https. */
export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  secure: boolean,
  maxAgeSeconds: number,
): void {
  reply.header(
    'set-cookie',
    stringifySetCookie(SESSION_COOKIE, token, { ...COOKIE_ATTRIBUTES, secure, maxAge: maxAgeSeconds }),
  );
}

/** Clears the session cookie, with the attributes it was set with. */
export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.header(
    'set-cookie',
    stringifySetCookie(SESSION_COOKIE, '', { ...COOKIE_ATTRIBUTES, secure, maxAge: 0, expires: new Date(0) }),
  );
}

/**
 * The browser's login-throttling cookie: it tells a browser the account logged in from before, which
 * is not held up by someone else's failed guesses. Sent to the login route only.
 */
export const DEVICE_COOKIE = 'brug_device';

export function setDeviceCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.header(
    'set-cookie',
    stringifySetCookie(DEVICE_COOKIE, token, {
      path: '/api/auth/login',
      httpOnly: true,
      sameSite: 'strict',
      secure,
      maxAge: LOGIN_DEVICE_DAYS * 86_400,
    }),
  );
}

export function readDeviceCookie(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  const value = header ? parseCookie(header)[DEVICE_COOKIE] : undefined;
  return value && /^[\w-]{43}$/.test(value) ? value : undefined;
}

export function requireSession(request: FastifyRequest): ActiveSession {
  if (!request.session) throw new AppError('UNAUTHENTICATED', 'Log in first');
  return request.session;
}

export function requireUser(request: FastifyRequest): SessionUser {
  return requireSession(request).user;
}

/** Default deny: the handler runs only for the listed roles. */
export function requireRole(request: FastifyRequest, roles: readonly Role[]): SessionUser {
  const user = requireUser(request);
  if (!roles.includes(user.role as Role)) throw new AppError('FORBIDDEN', 'Your role may not do this');
  return user;
}
