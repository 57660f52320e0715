/**
 * The demo tells a programme of several months in under a minute: it sets the clock back to the day
 * each step happened, and the server's own rules (no activity in the past, attendance only once an
 * activity started, a response counts in the quarter it arrives) judge every step as they would have
 * then. Only JavaScript's clock moves; the database keeps its own time for row stamps.
 */
const RealDate = globalThis.Date;
const DAY_MS = 86_400_000;

let offsetMs = 0;
let installed = false;

class DemoDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(RealDate.now() + offsetMs);
    else super(...(args as [string]));
  }
  static override now(): number {
    return RealDate.now() + offsetMs;
  }
}

/** Today in the real world at midnight UTC, the day the demo's story ends on. */
export const realToday = (): Date => new RealDate(new RealDate().toISOString().slice(0, 10));

export const demoClock = {
  install(): void {
    if (installed) return;
    globalThis.Date = DemoDate as DateConstructor;
    installed = true;
  },
  uninstall(): void {
    globalThis.Date = RealDate;
    offsetMs = 0;
    installed = false;
  },
  /** Moves the clock to `days` from today (negative: the past), at `hour`:00 UTC. */
  goTo(days: number, hour = 9): void {
    const target = realToday().getTime() + days * DAY_MS + hour * 3_600_000;
    offsetMs = target - RealDate.now();
  },
  /** Back to the real time. */
  reset(): void {
    offsetMs = 0;
  },
};

/** A calendar day `days` from today, as `YYYY-MM-DD`. */
export const dayOf = (days: number): string =>
  new RealDate(realToday().getTime() + days * DAY_MS).toISOString().slice(0, 10);

/**
 * `days` from today, moved forward to the Monday after when it falls on a Saturday or Sunday: sessions
 * that colleagues available on weekdays only are asked for, whatever day of the week the demo runs.
 */
export const onWeekday = (days: number): number => {
  const weekday = new RealDate(realToday().getTime() + days * DAY_MS).getUTCDay();
  return days + (weekday === 6 ? 2 : weekday === 0 ? 1 : 0);
};

/** An instant `days` from today at `hour`:`minute` UTC, as an ISO string. */
export const at = (days: number, hour: number, minute = 0): string =>
  new RealDate(realToday().getTime() + days * DAY_MS + (hour * 60 + minute) * 60_000).toISOString();

/** A Brussels wall-clock time `days` from today (`2026-03-29T10:00`), for conversation slots. */
export const localAt = (days: number, hour: number, minute = 0): string =>
  `${dayOf(days)}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;

/** A deterministic sequence (mulberry32): the same demo every time. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
