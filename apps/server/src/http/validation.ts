import { NOTHING_TO_CHANGE_MESSAGE, refuseControlCharacters } from '@brug/domain';
import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler as zodValidatorCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';

/** A body that, once read by its schema, sets no field. */
function setsNothing(value: unknown): boolean {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => v === undefined)
  );
}

/**
 * Every route's input (body, query, parameters) is read by its zod schema behind one shared check:
 * no control character in any string or key (400 naming the field), and a PATCH must change
 * something (400 "nothing to change" rather than an UPDATE without columns).
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema, method, url, httpPart }) => {
  let guarded: z.ZodType = refuseControlCharacters(schema);
  if (method === 'PATCH' && httpPart === 'body')
    guarded = guarded.refine((value) => !setsNothing(value), {
      message: NOTHING_TO_CHANGE_MESSAGE,
      abort: true,
    });
  return zodValidatorCompiler({ schema: guarded, method, url, httpPart });
};
