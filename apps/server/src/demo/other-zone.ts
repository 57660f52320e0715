import { DemoSession } from './api.ts';
import { demoClock } from './clock.ts';
import { createZoneWithUsers, DEMO_PASSWORD, type DemoUser } from './foundation.ts';
import type { DemoWorld } from './world.ts';

export const DEMO_OTHER_ZONE = 'PZ Anderstad';
export const DEMO_OTHER_USERS: DemoUser[] = [
  {
    key: 'coordinator',
    email: 'coordinator@anderstad.example',
    displayName: 'Els Anderland',
    role: 'coordinator',
    language: 'nl',
  },
  {
    key: 'partner',
    email: 'partner@anderstad.example',
    displayName: 'Omar Elders',
    role: 'partner',
    language: 'fr',
  },
];

/**
 * A second, small zone: its coordinator sees only its own programme, organisations and idea, and the
 * demo zone's people see none of them (an organisation of the same name is another organisation).
 */
export async function createOtherZone(w: DemoWorld): Promise<void> {
  demoClock.reset();
  const zone = await createZoneWithUsers(w.ctx, DEMO_OTHER_ZONE, DEMO_OTHER_USERS, [
    'Centrum',
    'Noord',
    'Zuid',
  ]);
  const c = await new DemoSession(w.app, DEMO_OTHER_USERS[0].email, DEMO_PASSWORD).login();
  const partner = await new DemoSession(w.app, DEMO_OTHER_USERS[1].email, DEMO_PASSWORD).login();
  const programme = await c.post('/api/programmes', {
    name: 'Samen in Anderstad',
    aim: 'Een kleinere zone die net begint: eerst kennismaken met de buurtorganisaties.',
  });
  const orgs = [
    ['Jeugdhuis De Schakel', 'youth', 'Centrum'],
    ['Buurthuis Noorderlicht', 'poverty', 'Noord'],
    ['Centre Culturel du Sud', 'cultural_identity', 'Zuid'],
  ];
  for (const [name, focus, district] of orgs) {
    const org = await c.post('/api/partners/organisations', {
      name,
      focusAreas: [focus],
      districts: [district],
      description: 'Organisatie in de tweede demozone.',
    });
    await c.post(`/api/partners/organisations/${org.id}/status`, {
      programmeId: programme.id,
      status: 'longlist',
      note: '',
    });
    if (name === 'Centre Culturel du Sud')
      await c.post(`/api/partners/organisations/${org.id}/contacts`, {
        name: 'Omar Elders',
        email: DEMO_OTHER_USERS[1].email,
        preferredLanguage: 'fr',
        consentBasis: 'consent',
        consentDate: new Date().toISOString().slice(0, 10),
        userId: partner.userId,
      });
  }
  await partner.post('/api/ideas', {
    title: 'Une permanence de quartier le samedi',
    description: 'Un agent présent au centre culturel un samedi par mois, pour faire connaissance.',
  });
  w.summary.push(
    `second zone "${DEMO_OTHER_ZONE}" (${zone.zoneId.slice(0, 8)}…): 1 programme, ${orgs.length} organisations, 1 idea — invisible from ${'PZ Voorbeeldstad'}`,
  );
}
