import type { MeView } from '@brug/domain/accounts';
import type { Language, Role } from '@brug/domain/roles';
import type { BrowserContext } from 'playwright-core';
import type { Mailbox } from './mailbox.ts';
import type { BrugServer } from './server.ts';

export const E2E_PASSWORD = 'correct horse battery staple 42';

/** A logged-in API session (cookie + CSRF token) for arranging data without the browser. */
export class ApiSession {
  constructor(
    readonly baseUrl: string,
    readonly cookie: string,
    readonly me: MeView,
  ) {}

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
    const [pair] = this.cookie.split(';');
    const [name, ...rest] = pair.split('=');
    await context.addCookies([{ name, value: rest.join('='), url: this.baseUrl }]);
  }
}

async function sessionFrom(baseUrl: string, res: Response): Promise<ApiSession> {
  const text = await res.text();
  if (!res.ok) throw new Error(`${res.url} → ${res.status} ${text}`);
  // The session cookie only: the login also sets the browser's device cookie (login throttling).
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .filter((c) => c.startsWith('brug_session='))
    .join('; ');
  return new ApiSession(baseUrl, cookie, JSON.parse(text) as MeView);
}

function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export async function login(server: BrugServer, email: string, password = E2E_PASSWORD): Promise<ApiSession> {
  return sessionFrom(server.url, await postJson(`${server.url}/api/auth/login`, { email, password }));
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
  const token = new URL(server.setupUrl).searchParams.get('token');
  return sessionFrom(
    server.url,
    await postJson(`${server.url}/api/setup`, {
      token,
      email: ADMIN.email,
      displayName: ADMIN.displayName,
      password: ADMIN.password,
      zoneName: input.zoneName ?? 'PZ Antwerpen',
      language: input.language ?? 'nl',
    }),
  );
}

type Outbox = { items: { id: string; to: string; canHandOver: boolean }[] };

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
  const outbox = await admin.get<Outbox>('/api/outbox?pageSize=200');
  const mail = outbox.items.find((m) => m.canHandOver && m.to.toLowerCase().includes(email.toLowerCase()));
  if (!mail) throw new Error(`No invitation mail for ${email} in the outbox`);
  const handed = await admin.post<{ text: string }>(`/api/outbox/${mail.id}/hand-over`);
  const link = pattern.exec(handed.text)?.[1];
  if (!link) throw new Error(`No invitation link for ${email} handed over`);
  return link;
}

/** Invites a user as `inviter` (the admin), reads the link from the outbox, accepts it. */
export async function createUser(
  admin: ApiSession,
  user: { email: string; displayName: string; role: Role; language?: Language },
): Promise<ApiSession> {
  await admin.post('/api/users', { language: 'nl', ...user });
  const token = new URL(await invitationLink(admin, user.email)).searchParams.get('token');
  return sessionFrom(
    admin.baseUrl,
    await postJson(`${admin.baseUrl}/api/invitations/accept`, { token, password: E2E_PASSWORD }),
  );
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
