import { z } from 'zod';
import { IsoDateTime, Name } from './common.ts';

export const ROUNDTABLE_TEXT_MAX_LENGTH = 50_000;
export const ROUNDTABLE_ATTENDANCE = ['invited', 'confirmed', 'declined', 'attended', 'absent'] as const;

export const CreateRoundtableInput = z
  .object({
    title: Name,
    startsAt: IsoDateTime,
    endsAt: IsoDateTime,
    place: z.string().trim().min(1, 'required').max(300),
    agenda: z.string().max(ROUNDTABLE_TEXT_MAX_LENGTH).default(''),
  })
  .refine((v) => new Date(v.endsAt) > new Date(v.startsAt), { path: ['endsAt'], message: 'after the start' });
/**
 * A change to a roundtable. Start and end go together (both or neither). Once a roundtable has begun,
 * its date, place and participant list are history (attendance records them): only title, agenda and
 * minutes can still change, so minutes are written after the meeting and never lost.
 */
export const UpdateRoundtableInput = z
  .object({
    title: Name.optional(),
    startsAt: IsoDateTime.optional(),
    endsAt: IsoDateTime.optional(),
    place: z.string().trim().min(1, 'required').max(300).optional(),
    agenda: z.string().max(ROUNDTABLE_TEXT_MAX_LENGTH).optional(),
    minutes: z.string().max(ROUNDTABLE_TEXT_MAX_LENGTH).optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: 'nothing to change' })
  .refine((v) => (v.startsAt === undefined) === (v.endsAt === undefined), {
    path: ['endsAt'],
    message: 'give start and end together',
  })
  // An unreadable date is reported on its own field only (NaN compares false).
  .refine((v) => !v.startsAt || !v.endsAt || !(Date.parse(v.endsAt) <= Date.parse(v.startsAt)), {
    path: ['endsAt'],
    message: 'after the start',
  });
export type UpdateRoundtableInput = z.infer<typeof UpdateRoundtableInput>;
export const AddRoundtableParticipantInput = z
  .object({ userId: z.uuid().optional(), contactId: z.uuid().optional() })
  .refine((v) => (v.userId ? 1 : 0) + (v.contactId ? 1 : 0) === 1, {
    path: ['userId'],
    message: 'give a user or a contact',
  });
export const SetRoundtableAttendanceInput = z.object({ attendance: z.enum(ROUNDTABLE_ATTENDANCE) });

export const RoundtableParticipantView = z.object({
  id: z.uuid(),
  kind: z.enum(['internal', 'external']),
  name: z.string(),
  organisationName: z.string().nullable(),
  attendance: z.enum(ROUNDTABLE_ATTENDANCE),
});
export const RoundtableView = z.object({
  id: z.uuid(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string(),
  agenda: z.string(),
  minutes: z.string(),
  participants: z.array(RoundtableParticipantView),
});
export type RoundtableView = z.infer<typeof RoundtableView>;
