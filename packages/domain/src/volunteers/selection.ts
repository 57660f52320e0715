import { AppError } from '../errors.ts';

export const VOLUNTEER_STATUSES = [
  'applied',
  'talk_planned',
  'accepted',
  'not_accepted',
  'active',
  'inactive',
] as const;
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number];

/** The selection path: applied → talk planned → accepted / not accepted → active ⇄ inactive. */
export const VOLUNTEER_TRANSITIONS: Record<VolunteerStatus, readonly VolunteerStatus[]> = {
  applied: ['talk_planned', 'accepted', 'not_accepted'],
  talk_planned: ['accepted', 'not_accepted', 'applied'],
  accepted: ['active', 'not_accepted'],
  not_accepted: ['applied'],
  active: ['inactive'],
  inactive: ['active'],
};

export function canTransition(from: VolunteerStatus, to: VolunteerStatus): boolean {
  return VOLUNTEER_TRANSITIONS[from].includes(to);
}

export function assertTransition(from: VolunteerStatus, to: VolunteerStatus): void {
  if (!canTransition(from, to)) {
    throw new AppError('CONFLICT', `A volunteer cannot go from ${from} to ${to}`, {
      fields: { status: `not allowed from ${from}` },
    });
  }
}
