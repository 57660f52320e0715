import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import {
  ResponseSerializationError,
  serializerCompiler as zodSerializerCompiler,
} from 'fastify-type-provider-zod';
import { z } from 'zod';

/** Zod types whose JSON a JSON Schema cannot describe faithfully: these routes keep zod's encoder. */
const NEEDS_ZOD = new Set([
  'pipe',
  'transform',
  'date',
  'custom',
  'promise',
  'function',
  'bigint',
  'map',
  'set',
]);

/**
 * The JSON Schema of what a response schema lets out, or undefined when only zod can encode it
 * (transforms, codecs, dates and the like).
 */
export function responseJsonSchema(schema: z.ZodType): Record<string, unknown> | undefined {
  let needsZod = false;
  let json: Record<string, unknown>;
  try {
    json = z.toJSONSchema(schema, {
      io: 'output',
      target: 'draft-7',
      unrepresentable: 'throw',
      override: ({ zodSchema }) => {
        if (NEEDS_ZOD.has(zodSchema._zod.def.type)) needsZod = true;
      },
    }) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (needsZod) return undefined;
  delete json.$schema;
  return json;
}

function compile(json: Record<string, unknown>): ((data: unknown) => string) | undefined {
  try {
    return fastJson(json);
  } catch {
    return undefined;
  }
}

/**
 * Response serialiser: each route's zod response schema is turned into a JSON Schema and compiled by
 * fast-json-stringify (Fastify's own serialiser). Like zod it lets out only the fields the schema
 * names — a property a query happens to return (a password hash, a sealed answer) never reaches the
 * client — but it writes the JSON in one pass instead of parsing the whole answer again on every
 * request. Schemas a JSON Schema cannot describe keep zod's encoder. A route's serialiser is built on
 * its first answer: most routes of a running server are never called, and each compiled serialiser
 * holds its own code.
 */
export const serializerCompiler: FastifySerializerCompiler<z.ZodType> = (route) => {
  const { schema, method, url } = route;
  let serialize: ((data: unknown) => string) | undefined;
  const build = (): ((data: unknown) => string) => {
    const json = schema instanceof z.ZodType ? responseJsonSchema(schema) : undefined;
    const stringify = json && compile(json);
    if (!stringify) return zodSerializerCompiler(route as Parameters<typeof zodSerializerCompiler>[0]);
    return (data) => {
      try {
        return stringify(data);
      } catch (cause) {
        throw new ResponseSerializationError(method, url, { cause: cause as never });
      }
    };
  };
  return (data: unknown) => {
    serialize ??= build();
    return serialize(data);
  };
};
