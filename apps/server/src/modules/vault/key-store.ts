import { VAULT_IDLE_MINUTES } from '@brug/domain';

type Entry = { bureauId: string; userId: string; dataKey: Buffer; lastUsedAt: number };

/**
 * The unlocked data keys, in this process's memory only, one per login session. A key is dropped
 * (and its bytes overwritten) on lock, after the idle timeout, and when its session is gone (logout,
 * expiry, role change): `sweep` asks which sessions still exist.
 */
export class VaultKeyStore {
  private entries = new Map<string, Entry>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly idleMs = VAULT_IDLE_MINUTES * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  put(sessionId: string, entry: Omit<Entry, 'lastUsedAt'>): void {
    this.drop(sessionId);
    this.entries.set(sessionId, { ...entry, dataKey: Buffer.from(entry.dataKey), lastUsedAt: this.now() });
  }

  /** The key of this session, if unlocked and used within the idle timeout; each use restarts the timer. */
  get(sessionId: string, userId: string): Entry | undefined {
    const entry = this.entries.get(sessionId);
    if (!entry) return undefined;
    if (entry.userId !== userId || this.now() - entry.lastUsedAt > this.idleMs) {
      this.drop(sessionId);
      return undefined;
    }
    entry.lastUsedAt = this.now();
    return entry;
  }

  has(sessionId: string, userId: string): boolean {
    const entry = this.entries.get(sessionId);
    return !!entry && entry.userId === userId && this.now() - entry.lastUsedAt <= this.idleMs;
  }

  drop(sessionId: string): void {
    const entry = this.entries.get(sessionId);
    if (!entry) return;
    entry.dataKey.fill(0);
    this.entries.delete(sessionId);
  }

  /** Locks every session of a user (membership ended) or every session of a bureau. */
  dropWhere(predicate: (e: { bureauId: string; userId: string }) => boolean): void {
    for (const [id, e] of this.entries) if (predicate(e)) this.drop(id);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Drops idle keys and keys whose session no longer exists. */
  async sweep(liveSessions: (ids: string[]) => Promise<Set<string>>): Promise<void> {
    const t = this.now();
    for (const [id, e] of this.entries) if (t - e.lastUsedAt > this.idleMs) this.drop(id);
    if (this.entries.size === 0) return;
    const live = await liveSessions([...this.entries.keys()]);
    for (const id of [...this.entries.keys()]) if (!live.has(id)) this.drop(id);
  }

  startSweeping(liveSessions: (ids: string[]) => Promise<Set<string>>, everyMs = 15_000): void {
    this.timer = setInterval(() => void this.sweep(liveSessions).catch(() => {}), everyMs);
    this.timer.unref();
  }

  clear(): void {
    if (this.timer) clearInterval(this.timer);
    for (const id of [...this.entries.keys()]) this.drop(id);
  }
}
