import { describe, expect, it } from 'vitest';
import { formatBrussels } from './conversations.ts';
import { invitationDeadline, invitationReminderAt } from './outreach.ts';

describe('invitation deadline', () => {
  it('ends at 23:59 in Brussels, 21 days after the day the invitation was sent', () => {
    // Sent on Sunday 6 December 2026 at 01:20 UTC (02:20 in Brussels, winter time).
    const deadline = invitationDeadline(new Date('2026-12-06T01:20:00Z'));
    expect(formatBrussels(deadline)).toBe('2026-12-27T23:59');
    expect(deadline.toISOString()).toBe('2026-12-27T22:59:00.000Z');
  });

  it('counts the day in Brussels, not in UTC: sent at 23:30 UTC is already the next day there', () => {
    const deadline = invitationDeadline(new Date('2026-12-05T23:30:00Z'));
    expect(formatBrussels(deadline)).toBe('2026-12-27T23:59');
  });

  it('keeps 23:59 across the change to summer time', () => {
    const deadline = invitationDeadline(new Date('2027-03-15T09:00:00Z'));
    expect(formatBrussels(deadline)).toBe('2027-04-05T23:59');
    expect(deadline.toISOString()).toBe('2027-04-05T21:59:00.000Z');
  });

  it('sends the reminder at 10:00 in Brussels, three days before the deadline day', () => {
    const reminder = invitationReminderAt(invitationDeadline(new Date('2026-12-06T01:20:00Z')));
    expect(formatBrussels(reminder)).toBe('2026-12-24T10:00');
  });
});
