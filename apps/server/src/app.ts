import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { asWork } from '@brug/db';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import pino, { type Logger } from 'pino';
import { sessionAuthenticator } from './http/auth.ts';
import type { AppContext } from './http/context.ts';
import { registerErrorHandler } from './http/errors.ts';
import { literalPathsOwnTheirHandlers, SECURITY_SCHEMES, transformOperation } from './http/openapi.ts';
import { securityHeadersFor } from './http/security-headers.ts';
import { serializerCompiler } from './http/serializer.ts';
import { validatorCompiler } from './http/validation.ts';
import { inlineScriptHashes } from './http/web-bundle.ts';
import { modules } from './modules/index.ts';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Query parameters that carry secrets, and anything like an e-mail address, are masked in logs. */
export function redactUrl(url: string): string {
  return url
    .replace(/([?&](?:token|code|key)=)[^&#]*/gi, '$1[redacted]')
    .replace(/[^/?&=#]+(?:@|%40)[^/?&=#]+/gi, '[email]');
}

export type BuildOptions = {
  logger?: boolean;
  serveWeb?: boolean;
  /** Where the request log goes (default standard output); tests read it. */
  logStream?: { write(line: string): void };
};

/** The structured log: only method, path and status of requests, never addresses, cookies, bodies or tokens. */
export function createLog(level: string, stream?: BuildOptions['logStream']): Logger {
  return pino(
    {
      level,
      serializers: {
        req: (req) => ({ method: req.method, url: redactUrl(req.url), id: req.id }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
      redact: {
        paths: ['req.headers', 'body', 'password', '*.password', 'token', '*.token'],
        censor: '[redacted]',
      },
    },
    stream as pino.DestinationStream | undefined,
  );
}

export async function buildApp(ctx: AppContext, options: BuildOptions = {}): Promise<FastifyInstance> {
  const log = createLog(options.logger === false ? 'silent' : ctx.config.logLevel, options.logStream);
  // Fastify runs without a logger of its own: that would give every request a child logger and write
  // two lines for it. The request log is one line per answered request, written at info by the hook
  // below; errors go to the same log with the request's id, method and masked path.
  const app = Fastify({
    trustProxy: ctx.config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
    logger: false,
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate('ctx', ctx);
  app.decorate('brugLog', log);
  if (ctx.audit) {
    const anchor = ctx.audit;
    app.addHook('onReady', () => anchor.start(ctx.database.db, log));
  }
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app, log);
  if (log.isLevelEnabled('info')) {
    // Flat fields rather than the req/res serialisers: the line is written for every request.
    app.addHook('onResponse', (request, reply, done) => {
      log.info(
        {
          reqId: request.id,
          method: request.method,
          url: redactUrl(request.url),
          statusCode: reply.statusCode,
          responseTime: reply.elapsedTime,
        },
        'request completed',
      );
      done();
    });
  }

  const headersFor = securityHeadersFor({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // 'wasm-unsafe-eval' lets the vault's argon2id (WebAssembly) compile; JavaScript eval stays off.
        scriptSrc: ["'self'", "'wasm-unsafe-eval'", ...inlineScriptHashes(WEB_DIST)],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: ctx.config.secureCookies,
  });
  // One hook for every request: security headers, then the session. Fastify skips a phase without
  // hooks at no cost, and every hook costs a turn of its runner, which on a small answer shows.
  app.decorateRequest('session', null);
  const authenticate = sessionAuthenticator(app);
  // A request's queries are one piece of work (`asWork`): while the database has work waiting, those
  // of a request already under way go before those of requests that arrived after it, on PGlite's
  // thread and for a connection of the PostgreSQL pool alike. Entered when the request arrives; Fastify
  // carries the context through reading the body (foundation/work-order.test.ts). A request that finds
  // the database not queueing costs nothing more.
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(headersFor(request.url));
    asWork(performance.now(), () => authenticate(request, done));
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Brug API',
        version: '0.1.0',
        description:
          'The HTTP API of Brug. Cookie sessions; writes need the X-CSRF-Token header from GET /api/auth/me.',
      },
      servers: [{ url: '/', description: 'The Brug server that serves this document' }],
      components: { securitySchemes: SECURITY_SCHEMES },
    },
    transform: transformOperation,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    // The reference page keeps the app's own strict policy; no calls to the online validator.
    staticCSP: false,
    uiConfig: { validatorUrl: null },
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  literalPathsOwnTheirHandlers(app);
  for (const plugin of modules) await app.register(plugin);

  if (options.serveWeb !== false && existsSync(path.join(WEB_DIST, 'index.html'))) {
    await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: false });
    // SPA fallback as a catch-all GET route: the JSON 404 handler is already set by registerErrorHandler.
    app.get('/*', { schema: { hide: true } }, (request, reply) => {
      if (request.url.startsWith('/api/')) {
        return reply
          .code(404)
          .send({ code: 'NOT_FOUND', message: `No route ${request.method} ${request.url.split('?')[0]}` });
      }
      return reply.type('text/html').sendFile('index.html');
    });
  }
  return app;
}
