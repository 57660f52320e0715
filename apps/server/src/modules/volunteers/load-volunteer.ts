import {
  type AssignmentWithActivity,
  findVolunteerAssignments,
  findVolunteerHistory,
  findVolunteerNotes,
  findVolunteerTrainings,
  type Tx,
  type VolunteerWithUser,
} from '@brug/db';
import { monthOf } from '@brug/domain';

export type VolunteerDetail = {
  volunteer: VolunteerWithUser;
  history: Awaited<ReturnType<typeof findVolunteerHistory>>;
  trainings: Awaited<ReturnType<typeof findVolunteerTrainings>>;
  notes: Awaited<ReturnType<typeof findVolunteerNotes>>;
  messages: Awaited<ReturnType<typeof findVolunteerNotes>>;
  assignments: AssignmentWithActivity[];
};

/** Everything kept about one colleague in the volunteer pool (also the GDPR access export). */
export async function loadVolunteerDetail(
  db: Tx,
  volunteer: VolunteerWithUser,
  withNotes: boolean,
): Promise<VolunteerDetail> {
  const [history, trainings, notes, messages, assignments] = await Promise.all([
    findVolunteerHistory(db, volunteer.id),
    findVolunteerTrainings(db, volunteer.id),
    withNotes ? findVolunteerNotes(db, volunteer.id, 'note') : Promise.resolve([]),
    findVolunteerNotes(db, volunteer.id, 'message'),
    findVolunteerAssignments(db, volunteer.id),
  ]);
  return { volunteer, history, trainings, notes, messages, assignments };
}

/** Accepted hours in the month of `at` (Brussels time). */
export function acceptedHoursIn(assignments: AssignmentWithActivity[], month: string): number {
  let minutes = 0;
  for (const a of assignments)
    if (a.status === 'accepted' && monthOf(a.startsAt) === month) minutes += a.durationMinutes;
  return Math.round((minutes / 60) * 100) / 100;
}
