import { boolean, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { bureaus } from './bureau.ts';
import { zones } from './zones.ts';

/**
 * A bureau's vault. The data key itself is never stored: only wrapped, by the recovery key here and
 * by each researcher's passphrase-derived key in `vault_keys`. The bureau's public key lets the
 * server seal data for researchers while the vault is locked; its private key is wrapped by the data key.
 */
export const vaults = pgTable('vaults', {
  bureauId: uuid()
    .primaryKey()
    .references(() => bureaus.id, { onDelete: 'cascade' }),
  zoneId: uuid()
    .notNull()
    .references(() => zones.id),
  recoveryWrappedKey: text().notNull(),
  publicKey: text().notNull(),
  sealedPrivateKey: text().notNull(),
  /** The generation of the current data key: 0 at creation, one more at each renewal. */
  generation: integer().notNull().default(0),
  /** A researcher holding a key left the bureau: the next researcher to open the vault renews the key. */
  renewalDue: boolean().notNull().default(false),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  createdById: uuid().references(() => users.id),
});

/**
 * One row per renewal of the data key: the key of the generation before, wrapped by this
 * generation's key (so older data still opens), and the bureau's private key of that generation.
 */
export const vaultGenerations = pgTable(
  'vault_generations',
  {
    bureauId: uuid()
      .notNull()
      .references(() => bureaus.id, { onDelete: 'cascade' }),
    generation: integer().notNull(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    wrappedPrevious: text().notNull(),
    previousSealedPrivateKey: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.bureauId, t.generation] })],
);

/** A renewed data key sealed to a remaining researcher's public key, until their browser takes it over. */
export const vaultGrants = pgTable(
  'vault_grants',
  {
    bureauId: uuid()
      .notNull()
      .references(() => bureaus.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    generation: integer().notNull(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    sealedKey: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.bureauId, t.userId, t.generation] })],
);

export type KdfParamsJson = {
  alg: 'argon2id';
  memoryKiB: number;
  iterations: number;
  parallelism: 1;
  salt: string;
};

/** The data key wrapped for one researcher; a failed-attempt counter throttles guessing. */
export const vaultKeys = pgTable(
  'vault_keys',
  {
    bureauId: uuid()
      .notNull()
      .references(() => bureaus.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    kdf: jsonb().$type<KdfParamsJson>().notNull(),
    wrappedKey: text().notNull(),
    /** The generation of the data key in `wrappedKey`. */
    generation: integer().notNull().default(0),
    /** The researcher's X25519 key pair: a renewed data key is sealed to the public key. */
    researcherPublicKey: text(),
    wrappedPrivateKey: text(),
    failedAttempts: integer().notNull().default(0),
    lockedUntil: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.bureauId, t.userId] })],
);

/**
 * A researcher who holds the key hands it to a colleague: the data key wrapped by a one-time code
 * that travels outside Brug. The colleague enrols with the code and a passphrase of their own.
 */
export const vaultEnrolments = pgTable(
  'vault_enrolments',
  {
    bureauId: uuid()
      .notNull()
      .references(() => bureaus.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    wrappedKey: text().notNull(),
    generation: integer().notNull().default(0),
    salt: text().notNull(),
    failedAttempts: integer().notNull().default(0),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdById: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.bureauId, t.userId] })],
);
