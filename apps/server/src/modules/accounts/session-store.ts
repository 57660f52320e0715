import { type Database, findSessionWithUser, type SessionRow, schema, type UserRow } from '@brug/db';
import { SESSION_ABSOLUTE_HOURS, SESSION_IDLE_MINUTES } from '@brug/domain';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { randomToken, sha256 } from '../../http/tokens.ts';

export type SessionUser = Pick<
  UserRow,
  'id' | 'zoneId' | 'email' | 'displayName' | 'role' | 'language' | 'status'
>;
export type ZoneSummary = { id: string; name: string; defaultLanguage: string };
export type ActiveSession = {
  id: string;
  csrfToken: string;
  user: SessionUser;
  lastSeenAt: number;
  expiresAt: number;
};

const IDLE_MS = SESSION_IDLE_MINUTES * 60_000;
const ABSOLUTE_MS = SESSION_ABSOLUTE_HOURS * 3_600_000;
/** lastSeenAt is written at most this often; the idle timeout is checked in memory between writes. */
const TOUCH_EVERY_MS = 60_000;
const CHANNEL = 'brug_sessions';

/** A session that ended (logout, expiry) or every session of a user (deactivation, role or password change). */
export type SessionEnd = { sessionId: string } | { userId: string };

/**
 * Sessions live in the database; this store keeps the ones in use in memory so that an authenticated
 * request costs no database round trip. Logout, deactivation and role changes evict at once, here and,
 * on a PostgreSQL server, in every other app server through LISTEN/NOTIFY.
 */
export class SessionStore {
  private cache = new Map<string, ActiveSession & { touchedAt: number }>();
  private zones = new Map<string, ZoneSummary>();
  private listener?: pg.Client;
  private endListeners: ((end: SessionEnd) => void)[] = [];

  constructor(private database: Database) {}

  async start(): Promise<void> {
    if (this.database.kind !== 'postgres' || !this.database.pool) return;
    const options = this.database.pool.options;
    this.listener = new pg.Client({ connectionString: options.connectionString });
    await this.listener.connect();
    this.listener.on('notification', (msg) => this.evictLocal(msg.payload ?? ''));
    this.listener.on('error', () => this.evictLocal('*'));
    await this.listener.query(`LISTEN ${CHANNEL}`);
  }

  /** Called when sessions end in this process, e.g. to lock the vault of a session that logs out. */
  onEnd(listener: (end: SessionEnd) => void): void {
    this.endListeners.push(listener);
  }

  async stop(): Promise<void> {
    await this.listener?.end().catch(() => {});
    this.cache.clear();
    this.zones.clear();
  }

  /** The zone's fields when they are in memory (see `zone`). */
  cachedZone(zoneId: string): ZoneSummary | undefined {
    return this.zones.get(zoneId);
  }

  /** The zone fields every page shows (GET /api/auth/me), kept in memory like the sessions. */
  async zone(zoneId: string): Promise<ZoneSummary | undefined> {
    const cached = this.zones.get(zoneId);
    if (cached) return cached;
    const [row] = await this.database.db
      .select({ id: schema.zones.id, name: schema.zones.name, defaultLanguage: schema.zones.defaultLanguage })
      .from(schema.zones)
      .where(eq(schema.zones.id, zoneId));
    if (row) this.zones.set(zoneId, row);
    return row;
  }

  /** After a change of zone settings: every server reads the zone again. */
  async refreshZone(zoneId: string): Promise<void> {
    await this.evict(`z:${zoneId}`);
  }

  async create(user: UserRow): Promise<{ token: string; session: ActiveSession }> {
    const token = randomToken();
    const id = sha256(token);
    const now = Date.now();
    const row = { id, userId: user.id, csrfToken: randomToken(), expiresAt: new Date(now + ABSOLUTE_MS) };
    await this.database.db.insert(schema.sessions).values(row);
    const session = {
      id,
      csrfToken: row.csrfToken,
      user: pick(user),
      lastSeenAt: now,
      expiresAt: now + ABSOLUTE_MS,
    };
    this.cache.set(id, { ...session, touchedAt: now });
    return { token, session };
  }

  /**
   * The session of a token, or null. Answers at once, without a promise, when the session is in
   * memory, still valid and needs no write (the common authenticated request); otherwise reads, ends
   * or touches it in the database first.
   */
  get(token: string): ActiveSession | null | Promise<ActiveSession | null> {
    const id = sha256(token);
    const entry = this.cache.get(id);
    return entry ? this.use(id, entry) : this.load(id);
  }

  private async load(id: string): Promise<ActiveSession | null> {
    const row = await findSessionWithUser(this.database.db, id);
    if (!row) return null;
    const entry = fromRow(row.session, row.user);
    this.cache.set(id, entry);
    return this.use(id, entry);
  }

  /** Checks the timeouts and the user's status; writes last_seen_at at most once a minute. */
  private use(
    id: string,
    entry: ActiveSession & { touchedAt: number },
  ): ActiveSession | null | Promise<ActiveSession | null> {
    const now = Date.now();
    if (entry.user.status !== 'active' || now > entry.expiresAt || now - entry.lastSeenAt > IDLE_MS)
      return this.destroy(id).then(() => null);
    entry.lastSeenAt = now;
    if (now - entry.touchedAt <= TOUCH_EVERY_MS) return entry;
    entry.touchedAt = now;
    return this.database.db
      .update(schema.sessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(schema.sessions.id, id))
      .then(() => entry);
  }

  async destroy(id: string): Promise<void> {
    await this.database.db.delete(schema.sessions).where(eq(schema.sessions.id, id));
    await this.evict(`s:${id}`);
    for (const listener of this.endListeners) listener({ sessionId: id });
  }

  /** After a role change, deactivation or password change: every session of the user ends. */
  async destroyUserSessions(userId: string): Promise<void> {
    await this.database.db.delete(schema.sessions).where(eq(schema.sessions.userId, userId));
    await this.evict(`u:${userId}`);
    for (const listener of this.endListeners) listener({ userId });
  }

  /** After a profile change: cached copies of the user are dropped and read again. */
  async refreshUser(userId: string): Promise<void> {
    await this.evict(`u:${userId}`);
  }

  private async evict(key: string): Promise<void> {
    this.evictLocal(key);
    if (this.database.kind === 'postgres')
      await this.database.executeSql('select pg_notify($1, $2)', [CHANNEL, key]);
  }

  private evictLocal(key: string): void {
    if (key.startsWith('s:')) this.cache.delete(key.slice(2));
    else if (key.startsWith('u:')) {
      const userId = key.slice(2);
      for (const [id, s] of this.cache) if (s.user.id === userId) this.cache.delete(id);
    } else if (key.startsWith('z:')) this.zones.delete(key.slice(2));
    else {
      this.cache.clear();
      this.zones.clear();
    }
  }
}

function pick(u: UserRow): SessionUser {
  return {
    id: u.id,
    zoneId: u.zoneId,
    email: u.email,
    displayName: u.displayName,
    role: u.role,
    language: u.language,
    status: u.status,
  };
}

function fromRow(s: SessionRow, u: UserRow): ActiveSession & { touchedAt: number } {
  const lastSeen = s.lastSeenAt.getTime();
  return {
    id: s.id,
    csrfToken: s.csrfToken,
    user: pick(u),
    lastSeenAt: lastSeen,
    touchedAt: lastSeen,
    expiresAt: s.expiresAt.getTime(),
  };
}
