import Fastify from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { registerErrorHandler } from './errors.ts';
import { responseJsonSchema, serializerCompiler } from './serializer.ts';

async function appWith(schema: z.ZodType, data: unknown) {
  const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app, pino({ level: 'silent' }));
  app.get('/x', { schema: { response: { 200: schema } } }, async () => data as never);
  await app.ready();
  return app;
}

const User = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(['admin', 'partner']),
  lastSeen: z.string().nullable(),
  nickname: z.string().optional(),
  tags: z.array(z.object({ label: z.string() })),
});

describe('response serialiser', () => {
  it('lets out only the fields the schema names, at every depth', async () => {
    const app = await appWith(User, {
      id: 'u1',
      name: 'Amina',
      role: 'partner',
      lastSeen: null,
      passwordHash: '$argon2id$secret',
      tags: [{ label: 'jeugd', sealed: 'confidential answer' }],
    });
    const res = await app.inject('/x');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      id: 'u1',
      name: 'Amina',
      role: 'partner',
      lastSeen: null,
      tags: [{ label: 'jeugd' }],
    });
    expect(res.body).not.toContain('argon2id');
    expect(res.body).not.toContain('confidential');
  });

  it('answers 500 without internals when a required field is missing', async () => {
    const app = await appWith(User, { id: 'u1', role: 'partner', lastSeen: null, tags: [] });
    const res = await app.inject('/x');
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ code: 'INTERNAL', message: 'Internal error' });
  });

  it('keeps zod for schemas a JSON Schema cannot describe (transforms, dates)', async () => {
    const Upper = z.object({ name: z.string().transform((s) => s.toUpperCase()) });
    expect(responseJsonSchema(Upper)).toBeUndefined();
    expect(responseJsonSchema(z.object({ at: z.date() }))).toBeUndefined();
    expect(responseJsonSchema(User)).toMatchObject({ type: 'object', additionalProperties: false });

    const Iso = z.object({
      at: z.codec(z.iso.datetime(), z.date(), {
        decode: (s) => new Date(s),
        encode: (d) => d.toISOString(),
      }),
    });
    const app = await appWith(Iso, { at: new Date('2026-11-25T12:00:00.000Z'), extra: 1 });
    const res = await app.inject('/x');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ at: '2026-11-25T12:00:00.000Z' });
  });

  it('writes the same JSON as JSON.stringify for unions, records and literals', async () => {
    const Mixed = z.object({
      ok: z.literal(true),
      counts: z.record(z.string(), z.number()),
      answer: z.union([
        z.object({ kind: z.literal('text'), text: z.string() }),
        z.object({ kind: z.literal('scale'), value: z.number() }),
      ]),
    });
    const data = { ok: true, counts: { a: 1, b: 2 }, answer: { kind: 'scale', value: 4 } };
    const app = await appWith(Mixed, data);
    const res = await app.inject('/x');
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body)).toEqual(data);
  });
});
