import type { ErrorCode, FieldErrors } from '@brug/domain/errors';

/** An error answered by the API: `{ code, message, fields }`, with the HTTP status. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | 'NETWORK';
  readonly fields: FieldErrors;
  /** For 429: seconds until the server takes the request again. */
  readonly retryAfterSeconds?: number;

  constructor(
    status: number,
    code: ApiError['code'],
    message: string,
    fields: FieldErrors = {},
    retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

let csrfToken: string | undefined;
const unauthenticatedListeners = new Set<() => void>();

/** Remembers the CSRF token of the current session (every MeView carries one). */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Called when any request answers 401: the session ended, the user must log in again. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

type Query = Record<string, string | number | boolean | undefined | null>;

export type RequestOptions = {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** Do not treat a 401 as "session ended" (login form, the initial who-am-I). */
  allowUnauthenticated?: boolean;
};

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function buildUrl(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

async function fetchCsrfToken(): Promise<string | undefined> {
  const res = await fetch('/api/auth/me', {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  if (!res.ok) return undefined;
  const body = (await res.json()) as { csrfToken?: string };
  csrfToken = body.csrfToken;
  return csrfToken;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (WRITES.has(method)) {
    const token = csrfToken ?? (await fetchCsrfToken());
    if (token) headers['x-csrf-token'] = token;
  }
  let res: Response;
  try {
    res = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'NETWORK', 'The server could not be reached');
  }
  const text = await res.text();
  const data: unknown = text ? safeJson(text) : undefined;
  if (!res.ok) {
    const body = (data ?? {}) as {
      code?: ApiError['code'];
      message?: string;
      fields?: FieldErrors;
      retryAfterSeconds?: number;
    };
    const retryAfter = body.retryAfterSeconds ?? Number(res.headers.get('retry-after') ?? Number.NaN);
    const error = new ApiError(
      res.status,
      body.code ?? (res.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST'),
      body.message ?? res.statusText,
      body.fields ?? {},
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    );
    if (res.status === 401 && !options.allowUnauthenticated) {
      csrfToken = undefined;
      for (const listener of unauthenticatedListeners) listener();
    }
    throw error;
  }
  return data as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, body: body ?? {} }),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, { ...options, body }),
  put: <T>(path: string, body: unknown, options?: RequestOptions) =>
    request<T>('PUT', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};
