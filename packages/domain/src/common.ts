import { z } from 'zod';
import { EMAIL_MAX_LENGTH, NAME_MAX_LENGTH, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from './limits.ts';

export const Email = z
  .string()
  .trim()
  .max(EMAIL_MAX_LENGTH)
  .pipe(z.email({ message: 'invalid e-mail address' }))
  .transform((s) => s.toLowerCase());

/**
 * Control characters (C0 and C1, DEL) have no place in text people type: PostgreSQL refuses NUL in
 * text, and the others hide in names and break exports. Tab, line feed and carriage return are the
 * exceptions, and only in text of several lines.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;
export const CONTROL_CHARACTER_MESSAGE = 'control character';
export const LINE_BREAK_MESSAGE = 'line break';
export const NOTHING_TO_CHANGE_MESSAGE = 'nothing to change';

export function hasControlCharacter(text: string): boolean {
  return CONTROL_CHARACTER.test(text);
}

/**
 * Where in a request's input (body, query or parameters, as received) a string or key holds a
 * control character: the path of each, for a 400 that names the field. Applied to every route's
 * input in one place, so no text field can let one through.
 */
export function controlCharacterPaths(
  value: unknown,
  path: PropertyKey[] = [],
  found: PropertyKey[][] = [],
): PropertyKey[][] {
  if (typeof value === 'string') {
    if (CONTROL_CHARACTER.test(value)) found.push(path);
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) controlCharacterPaths(item, [...path, i], found);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      // The key is named escaped: the answer does not carry the character back.
      if (CONTROL_CHARACTER.test(key)) found.push([...path, JSON.stringify(key).slice(1, -1)]);
      else controlCharacterPaths(item, [...path, key], found);
    }
  }
  return found;
}

/** The check of any input: refuses control characters wherever they are, naming the field. */
export function refuseControlCharacters<T extends z.ZodType>(schema: T) {
  return z
    .unknown()
    .check((ctx) => {
      for (const path of controlCharacterPaths(ctx.value))
        ctx.issues.push({ code: 'custom', message: CONTROL_CHARACTER_MESSAGE, input: ctx.value, path });
    })
    .pipe(schema);
}

/** One line of text: no line breaks or tabs either (names, titles, places). */
export const line = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((s) => !LINE_BREAK_OR_TAB.test(s), LINE_BREAK_MESSAGE);
/** Text of several lines (descriptions, notes): tab, line feed and carriage return allowed. */
export const paragraphs = (max: number) => z.string().trim().max(max);

export const Name = line(NAME_MAX_LENGTH).min(1, 'required');
/** A calendar day, YYYY-MM-DD. ISO 8601 (and zod) know a year 0; PostgreSQL does not. */
export const IsoDate = z.iso.date().refine((s) => !s.startsWith('0000'), 'invalid date');
/** A moment with its offset, from year 1 in UTC, as PostgreSQL stores it. */
export const IsoDateTime = z.iso
  .datetime({ offset: true })
  .refine((s) => new Date(s).getUTCFullYear() >= 1, 'invalid date');
export const Id = z.uuid();
export const IdParams = z.object({ id: z.uuid() });

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
});
export type PageQuery = z.infer<typeof PageQuery>;

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

export const Ok = z.object({ ok: z.literal(true) });
