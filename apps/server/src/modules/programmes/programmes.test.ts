import type { Role } from '@brug/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, Client, createUser, createZone, type TestApp } from '../../../test/helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

async function signedIn(zoneId: string, role: Role) {
  const user = await createUser(t.ctx, zoneId, role);
  const { token, session } = await t.ctx.sessions.create(user);
  return new Client(t.app, `brug_session=${token}`, session.csrfToken);
}

const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('[PROGRAMMES] programmes and phases', () => {
  it('creates a programme with its six phases and shows the current and next phase on the home page', async () => {
    const zone = await createZone(t.ctx);
    const coordinator = await signedIn(zone.id, 'coordinator');
    const colleague = await signedIn(zone.id, 'colleague');
    const res = await coordinator.post('/api/programmes', {
      name: 'Iedereen anders',
      aim: 'Vertrouwen',
      startsOn: iso(-30),
    });
    expect(res.statusCode, res.body).toBe(201);
    const prog = res.json();
    expect(prog.phases.map((p: { kind: string }) => p.kind)).toEqual([
      'preparation',
      'listening',
      'co_design',
      'initiatives',
      'evaluation',
      'broadening',
    ]);
    expect(prog.currentPhase).toBeNull();
    expect(prog.nextPhase).toBe('preparation');
    const prep = await coordinator.patch(`/api/programmes/${prog.id}/phases/preparation`, {
      actualStart: iso(-30),
      actualEnd: iso(-2),
    });
    expect(prep.statusCode).toBe(200);
    await coordinator.patch(`/api/programmes/${prog.id}/phases/listening`, {
      actualStart: iso(-1),
      plannedEnd: iso(60),
    });
    const home = await colleague.get('/api/programmes/current');
    expect(home.json()).toEqual([
      { id: prog.id, name: 'Iedereen anders', currentPhase: 'listening', nextPhase: 'co_design' },
    ]);
  });

  it('refuses other roles (403), bad dates (400 naming the field) and other zones (404)', async () => {
    const zone = await createZone(t.ctx);
    const coordinator = await signedIn(zone.id, 'coordinator');
    const prog = (await coordinator.post('/api/programmes', { name: 'Traject' })).json();
    for (const role of ['admin', 'colleague', 'researcher', 'partner'] as const) {
      const c = await signedIn(zone.id, role);
      expect((await c.post('/api/programmes', { name: 'X' })).statusCode, role).toBe(403);
      expect((await c.patch(`/api/programmes/${prog.id}`, { name: 'X' })).statusCode, role).toBe(403);
      expect((await c.get(`/api/programmes/${prog.id}`)).statusCode, role).toBe(200);
    }
    const bad = await coordinator.post('/api/programmes', {
      name: '',
      startsOn: '2026-05-01',
      endsOn: '2026-04-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toHaveProperty('name');
    const badPhase = await coordinator.patch(`/api/programmes/${prog.id}/phases/listening`, {
      plannedStart: '2026-05-01',
      plannedEnd: '2026-04-01',
    });
    expect(badPhase.json().fields).toHaveProperty('plannedEnd');
    const badOrder = await coordinator.patch(`/api/programmes/${prog.id}`, {
      startsOn: '2026-05-01',
      endsOn: '2026-04-01',
    });
    expect(badOrder.json().fields).toHaveProperty('endsOn');
    const other = await signedIn((await createZone(t.ctx)).id, 'coordinator');
    expect((await other.get(`/api/programmes/${prog.id}`)).statusCode).toBe(404);
    expect((await other.patch(`/api/programmes/${prog.id}`, { name: 'Overgenomen' })).statusCode).toBe(404);
    expect((await coordinator.get(`/api/programmes/${prog.id}`)).json().name).toBe('Traject');
  });

  it('shows a public programme page without login, in the requested language, only once made public', async () => {
    const zone = await createZone(t.ctx);
    const coordinator = await signedIn(zone.id, 'coordinator');
    const prog = (
      await coordinator.post('/api/programmes', {
        name: 'Brug',
        publicText: { nl: 'Wat het traject is', fr: 'Ce qu’est le trajet' },
        protectionText: {
          nl: 'Uw inbreng blijft vertrouwelijk',
          fr: 'Votre contribution reste confidentielle',
        },
      })
    ).json();
    const anonymous = new Client(t.app);
    expect((await anonymous.get(`/api/public/programmes/${prog.slug}`)).statusCode).toBe(404);
    await coordinator.patch(`/api/programmes/${prog.id}`, { isPublic: true });
    const fr = await anonymous.get(`/api/public/programmes/${prog.slug}?lang=fr`);
    expect(fr.statusCode).toBe(200);
    expect(fr.json()).toMatchObject({
      language: 'fr',
      text: 'Ce qu’est le trajet',
      protection: 'Votre contribution reste confidentielle',
    });
    expect(fr.json()).not.toHaveProperty('id');
    const fallback = await anonymous.get(`/api/public/programmes/${prog.slug}?lang=de`);
    expect(fallback.json().language).toBe('nl');
  });
});
