import type { MeView } from '@brug/domain/accounts';
import type { Language, Role } from '@brug/domain/roles';
import createClient, { type Client } from 'openapi-fetch';
import type { BrowserContext } from 'playwright-core';
import type { paths } from './api-schema.ts';
import type { Mailbox } from './mailbox.ts';
import type { BrugServer } from './server.ts';

/** A client typed by the server's OpenAPI document (support/api-schema.ts, `npm run openapi:types`). */
export type BrugApi = Client<paths>;

/** An API client without a session, for the public operations (set-up, login, invitations). */
export function publicApi(baseUrl: string): BrugApi {
  return createClient<paths>({ baseUrl });
}

/** The answer's data, or an error naming the operation, its status and its body. */
function dataOf<T>(what: string, result: { data?: T; error?: unknown; response: Response }): NonNullable<T> {
  if (!result.response.ok || result.data === undefined)
    throw new Error(`${what} → ${result.response.status} ${JSON.stringify(result.error)}`);
  return result.data as NonNullable<T>;
}

export const E2E_PASSWORD = 'correct horse battery staple 42';

/** A logged-in API session (cookie + CSRF token) for arranging data without the browser. */
export class ApiSession {
  /** The typed client: the session's cookie on every request, its CSRF token on every write. */
  readonly api: BrugApi;

  constructor(
    readonly baseUrl: string,
    readonly cookie: string,
    readonly me: MeView,
  ) {
    this.api = createClient<paths>({ baseUrl });
    this.api.use({
      onRequest: ({ request }) => {
        request.headers.set('cookie', cookie);
        if (request.method !== 'GET') request.headers.set('x-csrf-token', me.csrfToken);
        return request;
      },
    });
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        'x-csrf-token': this.me.csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  get<T>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T>(path: string, body: unknown = {}) {
    return this.request<T>('POST', path, body);
  }
  patch<T>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }

  /** Puts this session's cookie into a browser context: its pages are logged in as this user. */
  async signIn(context: BrowserContext): Promise<void> {
    const pair = this.cookie.split('; ').find((c) => c.startsWith('brug_session=')) ?? this.cookie;
    const [name, ...rest] = pair.split('=');
    await context.addCookies([{ name, value: rest.join('='), url: this.baseUrl }]);
  }
}

function sessionFrom(
  baseUrl: string,
  what: string,
  result: { data?: unknown; error?: unknown; response: Response },
) {
  const me = dataOf(what, result) as MeView;
  const cookie = result.response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    // The session cookie only: a login also sets the browser's device cookie (login throttling).
    .filter((c) => c.startsWith('brug_session='))
    .join('; ');
  return new ApiSession(baseUrl, cookie, me);
}

export async function login(server: BrugServer, email: string, password = E2E_PASSWORD): Promise<ApiSession> {
  const result = await publicApi(server.url).POST('/api/auth/login', { body: { email, password } });
  return sessionFrom(server.url, `login ${email}`, result);
}

export type TestUser = { email: string; displayName: string; role: Role; password: string };

export const ADMIN: TestUser = {
  email: 'admin@brug.test',
  displayName: 'Ada Admin',
  role: 'admin',
  password: E2E_PASSWORD,
};

/** Completes first-run set-up through the API; returns the admin's session. */
export async function completeSetup(
  server: BrugServer,
  input: { zoneName?: string; language?: Language } = {},
): Promise<ApiSession> {
  if (!server.setupUrl) throw new Error('This server has no set-up link (already set up?)');
  const token = new URL(server.setupUrl).searchParams.get('token') ?? '';
  const result = await publicApi(server.url).POST('/api/setup', {
    body: {
      token,
      email: ADMIN.email,
      displayName: ADMIN.displayName,
      password: ADMIN.password,
      zoneName: input.zoneName ?? 'PZ Antwerpen',
      language: input.language ?? 'nl',
    },
  });
  return sessionFrom(server.url, 'set-up', result);
}

let mailbox: Mailbox | undefined;
/** A spec whose server sends by SMTP (SMTP_URL) registers the recipients' mailbox here. */
export function useMailbox(m: Mailbox | undefined): void {
  mailbox = m;
}

/**
 * The newest invitation link mailed to `email`: from the recipient's mailbox when the server sends
 * by SMTP, otherwise handed over by the admin from the outbox (which shows it redacted) — the one
 * personal link an admin may pass on without SMTP.
 */
export async function invitationLink(admin: ApiSession, email: string): Promise<string> {
  const pattern = /(https?:\/\/\S+\/invitation\?token=[\w-]+)/;
  if (mailbox) return pattern.exec((await mailbox.waitFor(email, (m) => pattern.test(m.text))).text)![1];
  const outbox = dataOf(
    'outbox',
    await admin.api.GET('/api/outbox', { params: { query: { pageSize: 200 } } }),
  );
  const mail = outbox.items.find((m) => m.canHandOver && m.to.toLowerCase().includes(email.toLowerCase()));
  if (!mail) throw new Error(`No invitation mail for ${email} in the outbox`);
  const handed = dataOf(
    'hand-over',
    await admin.api.POST('/api/outbox/{id}/hand-over', { params: { path: { id: mail.id } } }),
  );
  const link = pattern.exec(handed.text)?.[1];
  if (!link) throw new Error(`No invitation link for ${email} handed over`);
  return link;
}

/** Invites a user as `inviter` (the admin), reads the link from the outbox, accepts it. */
export async function createUser(
  admin: ApiSession,
  user: { email: string; displayName: string; role: Role; language?: Language },
): Promise<ApiSession> {
  dataOf(`invite ${user.email}`, await admin.api.POST('/api/users', { body: { language: 'nl', ...user } }));
  const token = new URL(await invitationLink(admin, user.email)).searchParams.get('token') ?? '';
  const result = await publicApi(admin.baseUrl).POST('/api/invitations/accept', {
    body: { token, password: E2E_PASSWORD },
  });
  return sessionFrom(admin.baseUrl, `accept ${user.email}`, result);
}

export type Team = Record<Role, { user: TestUser; session: ApiSession }>;

/**
 * Set-up plus one active user of every role: admin, coordinator, colleague, researcher, partner.
 * All have the password E2E_PASSWORD.
 */
export async function createTeam(server: BrugServer): Promise<Team> {
  const admin = await completeSetup(server);
  const team = { admin: { user: ADMIN, session: admin } } as Team;
  const people: [Role, string][] = [
    ['coordinator', 'Chris Coördinator'],
    ['colleague', 'Kim Collega'],
    ['researcher', 'Robin Onderzoeker'],
    ['partner', 'Pat Partner'],
  ];
  for (const [role, displayName] of people) {
    const user: TestUser = { email: `${role}@brug.test`, displayName, role, password: E2E_PASSWORD };
    team[role] = { user, session: await createUser(admin, user) };
  }
  return team;
}
