import { appendAudit, schema } from '@brug/db';
import { ANTWERP_DISTRICT_POSTCODES, ANTWERP_DISTRICTS, type Role } from '@brug/domain';
import type { AppContext } from '../http/context.ts';
import { hashPassword } from '../modules/accounts/passwords.ts';
import type { DemoPerson } from './world.ts';

/** Every demo account shares this password; the demo holds fictional data only. */
export const DEMO_PASSWORD = 'brug-demo-voorbeeldstad';
export const DEMO_ZONE = 'PZ Voorbeeldstad';

export type DemoUser = {
  key: DemoPerson;
  email: string;
  displayName: string;
  role: Role;
  language: 'nl' | 'fr' | 'en';
};

const user = (
  key: DemoPerson,
  email: string,
  displayName: string,
  role: Role,
  language: DemoUser['language'],
): DemoUser => ({ key, email, displayName, role, language });

/** Fictional people, one or more per role; the first of each role is the one to log in as. */
export const DEMO_USERS: DemoUser[] = [
  user('admin', 'admin@voorbeeldstad.example', 'Ilse Voorbeeld', 'admin', 'nl'),
  user('coordinator', 'coordinator@voorbeeldstad.example', 'Samir El Brugghe', 'coordinator', 'nl'),
  user('colleague', 'collega@voorbeeldstad.example', 'Jonas Demotier', 'colleague', 'nl'),
  user('researcher', 'onderzoeker@voorbeeldstad.example', 'Camille Fictief', 'researcher', 'fr'),
  user('partner', 'partner@voorbeeldstad.example', 'Ayla Verzinsel', 'partner', 'en'),
  user('researcher2', 'onderzoeker2@voorbeeldstad.example', 'Pieter Luistervink', 'researcher', 'nl'),
  user('colleague2', 'collega2@voorbeeldstad.example', 'Nadia Wijkagentje', 'colleague', 'fr'),
  user('colleague3', 'collega3@voorbeeldstad.example', 'Tom Inspecteursma', 'colleague', 'nl'),
  user('colleague4', 'collega4@voorbeeldstad.example', 'Meryem Dienstdoend', 'colleague', 'en'),
  user('partner2', 'salma@vrouwenhuis-nour.example', 'Salma Bedachtzaam', 'partner', 'nl'),
  user('partner3', 'amelie@maison-kiel.example', 'Amélie Mbuyi-Exemple', 'partner', 'fr'),
];

export type DemoZone = {
  zoneId: string;
  /** Demo users by role (the first of each role). */
  users: Record<Role, { id: string; email: string }>;
};

/**
 * A zone and its accounts: what an installation's set-up and the admin's invitations would make
 * (the demo skips the mailed invitation links; every account has the demo password).
 */
export async function createZoneWithUsers(
  ctx: AppContext,
  name: string,
  people: DemoUser[],
  districts: readonly string[] = ANTWERP_DISTRICTS,
): Promise<DemoZone> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return ctx.database.db.transaction(async (tx) => {
    const [zone] = await tx
      .insert(schema.zones)
      .values({
        name,
        defaultLanguage: 'nl',
        districts: [...districts],
        // The Antwerp zone knows its districts' postcodes, so that an import fills in the district.
        districtPostcodes: districts === ANTWERP_DISTRICTS ? ANTWERP_DISTRICT_POSTCODES : {},
      })
      .returning();
    await appendAudit(tx, {
      zoneId: zone.id,
      action: 'zone.create',
      targetType: 'zone',
      targetId: zone.id,
      details: { via: 'demo' },
    });
    const users = {} as DemoZone['users'];
    for (const { key: _key, ...u } of people) {
      const [row] = await tx
        .insert(schema.users)
        .values({ ...u, zoneId: zone.id, status: 'active', passwordHash })
        .returning();
      users[u.role] ??= { id: row.id, email: row.email };
      await appendAudit(tx, {
        zoneId: zone.id,
        action: 'user.create',
        targetType: 'user',
        targetId: row.id,
        details: { role: u.role, via: 'demo' },
      });
    }
    return { zoneId: zone.id, users };
  });
}
