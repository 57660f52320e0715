import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE } from './auth.ts';

/** Each field named with its message (kept out of the object literal below, where a test scrapes the server's field messages). */
const FIELD_MESSAGES = { type: 'object', additionalProperties: { type: 'string' } } as const;

/**
 * The OpenAPI side of the routes, in one place: the security schemes, the security an operation gets
 * when its route does not say (a read needs the session cookie; a write also the CSRF header, as the
 * session authenticator checks), the error answer every operation may give, and the media types of
 * downloads. Each route writes its own operationId and summary; public routes say `security: []`.
 */

export const SECURITY_SCHEMES = {
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'The session, set by POST /api/auth/login, POST /api/setup or POST /api/invitations/accept.',
  },
  csrfHeader: {
    type: 'apiKey',
    in: 'header',
    name: 'X-CSRF-Token',
    description: 'Every write with a session cookie carries the csrfToken of GET /api/auth/me.',
  },
} as const;

/** The methods whose requests, with a session cookie, the session authenticator checks for the CSRF header. */
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Security requirements of an operation that needs a session: writes also need the CSRF header. */
export function sessionSecurity(method: string): Record<string, string[]>[] {
  return UNSAFE_METHODS.has(method.toUpperCase())
    ? [{ sessionCookie: [], csrfHeader: [] }]
    : [{ sessionCookie: [] }];
}

const ERROR_RESPONSE = {
  description:
    'Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429).',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: { type: 'string' },
          message: { type: 'string' },
          fields: FIELD_MESSAGES,
          retryAfterSeconds: { type: 'integer' },
        },
      },
    },
  },
};

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];
type Operation = { security?: unknown; response?: Record<string, unknown>; hide?: boolean };

/** The zod transform, plus each operation's default security and its error answer. */
export function transformOperation(input: TransformInput): ReturnType<typeof jsonSchemaTransform> {
  const out = jsonSchemaTransform(input);
  const schema = out.schema as Operation | undefined;
  if (!schema || schema.hide) return out;
  const method = String([(input as { route: RouteOptions }).route.method].flat()[0]);
  schema.security ??= sessionSecurity(method);
  schema.response ??= {};
  if (!Object.keys(schema.response).some((status) => status.startsWith('4')))
    schema.response['4XX'] = ERROR_RESPONSE;
  return out;
}

/** The body of every error answer (ErrorBody of @brug/domain). */
export const ErrorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  fields: z.record(z.string(), z.string()).optional(),
  retryAfterSeconds: z.number().int().optional(),
});

/** An error answer an operation gives on purpose, e.g. 410 for a retired download. */
export function errorAnswer(description: string) {
  return { description, content: { 'application/json': { schema: ErrorBodySchema } } };
}

/**
 * A download's 200 answer: its media types, each a file (a string of bytes). Fastify sends the
 * handler's Buffer or string as it is; the schema only documents it.
 */
export function download(description: string, ...mediaTypes: string[]) {
  // Typed as any: handlers send a Buffer or a string; the document says a string (of bytes).
  const content: Record<string, { schema: z.ZodAny }> = {};
  for (const type of mediaTypes) content[type] = { schema: z.any().meta({ type: 'string', description }) };
  return { description, content };
}

/** A 204 answer: nothing in the body (typed as any, so a handler may `send()` nothing). */
export const NO_CONTENT = z.any().meta({ type: 'null', description: 'Done; no content' });

export const MEDIA = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  ics: 'text/calendar',
  png: 'image/png',
  svg: 'image/svg+xml',
} as const;

/**
 * Literal paths answer on their own handlers only. The router keeps one tree per method, so a literal
 * path registered for POST alone (POST /api/volunteers/activities) does not exist for GET, and a GET
 * to it fell to the parametric GET route beside it (GET /api/volunteers/:id), which refused the
 * literal as "Invalid UUID". Every parametric route gets a first check: a path that is some route's
 * literal path is not a value of its parameters, and is answered as the unknown route it is (404).
 */
export function literalPathsOwnTheirHandlers(app: FastifyInstance): void {
  const literal = new Set<string>();
  app.addHook('onRoute', (route) => {
    const url = route.url ?? route.path;
    if (!url.includes(':') && !url.includes('*')) {
      literal.add(url);
      return;
    }
    const guard = (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
      const path = request.url.split('?', 1)[0];
      if (literal.has(path)) return reply.callNotFound();
      done();
    };
    route.onRequest = [guard, ...[route.onRequest ?? []].flat()] as RouteOptions['onRequest'];
  });
}

/**
 * Paths that moved so that no two documented paths are ambiguous (a literal segment in one where the
 * other has a parameter, and the other way round further on): the old literal path answers 308 with
 * the new one, for the methods the API uses, undocumented. A client that follows redirects keeps
 * working.
 */
export function movedPaths(app: FastifyInstance, moves: Record<string, string>): void {
  for (const [from, to] of Object.entries(moves)) {
    app.route({
      method: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      url: from,
      schema: { hide: true },
      handler: (request, reply) => {
        const query = request.url.slice(request.url.split('?', 1)[0].length);
        return reply.redirect(to + query, 308);
      },
    });
  }
}
