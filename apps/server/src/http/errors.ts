import { AppError, type ErrorBody } from '@brug/domain';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';

export { AppError };

function fieldName(instancePath: string, context?: string): string {
  const p = instancePath.replace(/^\//, '').replaceAll('/', '.');
  return p || context || 'body';
}

/**
 * One central error handler: validation errors name the field; 5xx never shows internals.
 * Errors worth a look (5xx) go to `log` with the request's id, method and masked path.
 */
export function registerErrorHandler(app: FastifyInstance, log: Logger): void {
  const logError = (request: FastifyRequest, err: unknown, message: string) =>
    log.error({ reqId: request.id, req: request, err }, message);
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      const body: ErrorBody = { code: err.code, message: err.message };
      if (err.fields) body.fields = err.fields;
      if (err.retryAfterSeconds !== undefined) {
        body.retryAfterSeconds = err.retryAfterSeconds;
        reply.header('retry-after', String(err.retryAfterSeconds));
      }
      if (err.status >= 500) logError(request, err, 'request failed');
      return reply.code(err.status).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields: Record<string, string> = {};
      for (const v of err.validation) {
        const name = fieldName(v.instancePath, err.validationContext);
        fields[name] ??= v.message ?? 'invalid';
      }
      return reply
        .code(400)
        .send({ code: 'VALIDATION', message: `Invalid ${err.validationContext ?? 'input'}`, fields });
    }
    if (isResponseSerializationError(err)) {
      logError(request, err, 'response did not match its schema');
      return reply.code(500).send({ code: 'INTERNAL', message: 'Internal error' });
    }
    const status = err.statusCode ?? 500;
    if (status === 429)
      return reply
        .code(429)
        .send({ code: 'TOO_MANY_REQUESTS', message: 'Too many requests, try again later' });
    if (status >= 400 && status < 500) {
      // Fastify's own client errors (bad JSON, body too large, wrong content type).
      const fields =
        err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || /JSON/.test(err.message)
          ? { body: 'invalid JSON' }
          : undefined;
      return reply
        .code(status)
        .send({ code: status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST', message: err.message, fields });
    }
    logError(request, err, 'unexpected error');
    return reply.code(500).send({ code: 'INTERNAL', message: 'Internal error' });
  });
  app.setNotFoundHandler((request, reply) => {
    reply
      .code(404)
      .send({ code: 'NOT_FOUND', message: `No route ${request.method} ${request.url.split('?')[0]}` });
  });
}
