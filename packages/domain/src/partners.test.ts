import { describe, expect, it } from 'vitest';
import { canChangeStatus, guessImportField, isOverdue, nameKey, normalisePhone } from './partners.ts';
import { currentAndNextPhase } from './programmes.ts';

describe('[PARTNERS] rules', () => {
  it('lets a relationship move forward, pause, end and resume, but not slide back silently', () => {
    expect(canChangeStatus(null, 'longlist')).toBe(true);
    expect(canChangeStatus('longlist', 'invited')).toBe(true);
    expect(canChangeStatus('in_dialogue', 'contacted')).toBe(false);
    expect(canChangeStatus('partner', 'paused')).toBe(true);
    expect(canChangeStatus('paused', 'in_dialogue')).toBe(true);
    expect(canChangeStatus('ended', 'partner')).toBe(false);
    expect(canChangeStatus('ended', 'longlist')).toBe(true);
    expect(canChangeStatus('invited', 'invited')).toBe(false);
  });

  it('matches organisation names regardless of case, accents and punctuation', () => {
    expect(nameKey("Jeugdhuis 't Café")).toBe(nameKey('jeugdhuis t cafe'));
    expect(nameKey('  Ölçek   vzw ')).toBe('olcek vzw');
  });

  it('reads Belgian numbers without country code and international ones, and refuses nonsense', () => {
    expect(normalisePhone('03 123 45 67')).toBe('+3231234567');
    expect(normalisePhone('0470/12.34.56')).toBe('+32470123456');
    expect(normalisePhone('+31 20 123 4567')).toBe('+31201234567');
    expect(normalisePhone('12345')).toBeNull();
  });

  it('marks a task overdue from the day after its due date until done', () => {
    expect(isOverdue('2026-03-01', false, '2026-03-01')).toBe(false);
    expect(isOverdue('2026-03-01', false, '2026-03-02')).toBe(true);
    expect(isOverdue('2026-03-01', true, '2026-03-02')).toBe(false);
  });

  it('guesses import columns from Dutch, French and English titles', () => {
    expect(guessImportField('Naam')).toBe('name');
    expect(guessImportField('Code postal')).toBe('postcode');
    expect(guessImportField('E-mail')).toBe('contactEmail');
    expect(guessImportField('Iets anders')).toBeUndefined();
    // Brug's own export headers, in every language, and the fields' own names.
    expect(guessImportField('Statut')).toBe('status');
    expect(guessImportField('Domaines d’attention')).toBe('focusAreas');
    expect(guessImportField('E-mail address')).toBe('contactEmail');
    expect(guessImportField('contactPhone')).toBe('contactPhone');
  });
});

describe('[PROGRAMMES] current and next phase', () => {
  const phase = (kind: string, position: number, dates: Record<string, string | null> = {}) => ({
    kind: kind as 'preparation',
    position,
    plannedStart: null,
    plannedEnd: null,
    actualStart: null,
    actualEnd: null,
    ...dates,
  });
  it('prefers actual dates, falls back to the planned period, and names what comes next', () => {
    const phases = [
      phase('preparation', 0, { actualStart: '2026-01-01', actualEnd: '2026-02-01' }),
      phase('listening', 1, { actualStart: '2026-02-02' }),
      phase('co_design', 2, { plannedStart: '2026-05-01' }),
    ];
    expect(currentAndNextPhase(phases, '2026-03-01')).toEqual({ current: 'listening', next: 'co_design' });
    expect(
      currentAndNextPhase(
        [
          phase('preparation', 0, { plannedStart: '2026-01-01', plannedEnd: '2026-01-31' }),
          phase('listening', 1),
        ],
        '2026-01-15',
      ),
    ).toEqual({
      current: 'preparation',
      next: 'listening',
    });
    expect(currentAndNextPhase([phase('preparation', 0), phase('listening', 1)], '2026-01-15')).toEqual({
      current: null,
      next: 'preparation',
    });
  });
});
