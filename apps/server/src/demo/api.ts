import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { Client } from '../../test/helpers.ts';

/** Answers are read field by field where the step needs them, as the web app's pages do. */
// biome-ignore lint/suspicious/noExplicitAny: see above
type Answer = any;

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A refused demo step: names the request and the server's answer, so a change in a rule is found at once. */
export class DemoStepError extends Error {
  constructor(method: Method, url: string, res: LightMyRequestResponse) {
    super(`demo: ${method} ${url} answered ${res.statusCode}: ${res.body.slice(0, 500)}`);
  }
}

/** How many times the demo logged in (each one verifies a password hash). */
export const logins = { count: 0 };

let address = 0;
/** Every login from an address of its own: the demo logs in often, the per-address limit is for people. */
const nextAddress = () => {
  address++;
  return `10.77.${(address >> 8) & 255}.${address & 255}`;
};

async function send(
  app: FastifyInstance,
  method: Method,
  url: string,
  body: unknown,
  headers: Record<string, string>,
  remoteAddress?: string,
) {
  return app.inject({ method, url, headers, payload: body as never, remoteAddress });
}

/**
 * A browser of one demo user, as far as the API can tell: logs in with e-mail and password, keeps the
 * session cookie and sends the CSRF header on writes. Logs in again when the session ended (the demo's
 * clock moves by weeks between steps, past the idle timeout).
 */
export class DemoSession {
  private cookie = '';
  private csrf = '';
  userId = '';

  constructor(
    private app: FastifyInstance,
    readonly email: string,
    private password: string,
  ) {}

  async login(): Promise<this> {
    logins.count++;
    const res = await send(
      this.app,
      'POST',
      '/api/auth/login',
      { email: this.email, password: this.password },
      {},
      nextAddress(),
    );
    if (res.statusCode !== 200) throw new DemoStepError('POST', '/api/auth/login', res);
    const cookie = res.cookies.find((c) => c.name === 'brug_session');
    this.cookie = `brug_session=${cookie?.value}`;
    this.csrf = res.json().csrfToken;
    this.userId = res.json().user.id;
    return this;
  }

  /**
   * The same browser as the API tests' `Client`, for the shared helpers that seal as the web app does
   * (conversations/analysis/findings test-support). Refreshes the session first.
   */
  async client(): Promise<Client> {
    await this.raw('GET', '/api/auth/me');
    return new Client(this.app, this.cookie, this.csrf);
  }

  async raw(method: Method, url: string, body?: unknown): Promise<LightMyRequestResponse> {
    const request = () => {
      const headers: Record<string, string> = { cookie: this.cookie };
      if (method !== 'GET') headers['x-csrf-token'] = this.csrf;
      return send(this.app, method, url, method === 'GET' ? undefined : (body ?? {}), headers);
    };
    let res = await request();
    if (res.statusCode === 401) {
      await this.login();
      res = await request();
    }
    return res;
  }

  private async call<T>(method: Method, url: string, body?: unknown): Promise<T> {
    const res = await this.raw(method, url, body);
    if (res.statusCode >= 300) throw new DemoStepError(method, url, res);
    return (res.body ? res.json() : undefined) as T;
  }
  get<T = Answer>(url: string) {
    return this.call<T>('GET', url);
  }
  post<T = Answer>(url: string, body?: unknown) {
    return this.call<T>('POST', url, body);
  }
  patch<T = Answer>(url: string, body?: unknown) {
    return this.call<T>('PATCH', url, body);
  }
  put<T = Answer>(url: string, body?: unknown) {
    return this.call<T>('PUT', url, body);
  }
  delete<T = Answer>(url: string) {
    return this.call<T>('DELETE', url);
  }
}

/** Requests without an account: public pages (invitation answers, registrations, surveys). */
export async function publicCall<T = Answer>(
  app: FastifyInstance,
  method: 'GET' | 'POST',
  url: string,
  body?: unknown,
): Promise<T> {
  const res = await send(app, method, url, body, {}, nextAddress());
  if (res.statusCode >= 300) throw new DemoStepError(method, url, res);
  return res.json() as T;
}
