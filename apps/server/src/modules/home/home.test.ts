import { schema } from '@brug/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createZone, loginAs, type TestApp } from '../../../test/helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
}, 180_000);
afterAll(async () => t?.close());

const keys = (body: { items: { key: string; count: number }[] }) =>
  Object.fromEntries(body.items.map((i) => [i.key, i.count]));

describe('[HOME] what needs each role now', { timeout: 120_000 }, () => {
  it('shows the coordinator overdue and open tasks and new ideas, each with where it is done', async () => {
    const zone = await createZone(t.ctx);
    const { client: coordinator, user } = await loginAs(t, zone.id, 'coordinator');
    const { client: colleague } = await loginAs(t, zone.id, 'colleague');
    expect((await coordinator.get('/api/home')).json()).toEqual({ items: [], upcoming: [] });

    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    for (const dueOn of [yesterday, nextWeek, nextWeek])
      expect(
        (await coordinator.post('/api/partners/tasks', { title: 'Bellen', dueOn, assigneeId: user.id }))
          .statusCode,
      ).toBe(201);
    expect(
      (await colleague.post('/api/ideas', { title: 'Voetbal in het park', description: 'Samen sporten' }))
        .statusCode,
    ).toBe(201);

    const home = (await coordinator.get('/api/home')).json();
    expect(keys(home)).toEqual({ tasksOverdue: 1, tasksOpen: 2, ideasNew: 1 });
    expect(home.items.find((i: { key: string }) => i.key === 'tasksOverdue')).toMatchObject({
      to: '/partners/tasks',
      urgent: true,
    });
    // Another zone's work is not counted.
    const other = await createZone(t.ctx);
    const { client: elsewhere } = await loginAs(t, other.id, 'coordinator');
    expect((await elsewhere.get('/api/home')).json().items).toEqual([]);
  });

  it('gives the admin the set-up checks that are still open, and every role a home', async () => {
    const zone = await createZone(t.ctx);
    const { client: admin } = await loginAs(t, zone.id, 'admin');
    const home = (await admin.get('/api/home')).json();
    expect(keys(home)).toMatchObject({ setupNoBureau: 1, setupNoProgramme: 1 });
    await admin.post('/api/bureau', { name: 'Bureau Luister' });
    expect(keys((await admin.get('/api/home')).json())).not.toHaveProperty('setupNoBureau');
    for (const role of ['colleague', 'researcher', 'partner'] as const) {
      const { client } = await loginAs(t, zone.id, role);
      const res = await client.get('/api/home');
      expect(res.statusCode, role).toBe(200);
      expect(res.json(), role).toEqual({ items: [], upcoming: [] });
    }
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/home' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('counts for the researcher the interviews still to hold, without reading anything sealed', async () => {
    const zone = await createZone(t.ctx);
    const { client: admin } = await loginAs(t, zone.id, 'admin');
    const { client: researcher, user } = await loginAs(t, zone.id, 'researcher');
    const bureau = (await admin.post('/api/bureau', { name: 'Bureau Luister' })).json();
    await admin.post('/api/bureau/members', { userId: user.id });
    await t.ctx.database.db.insert(schema.interviews).values([
      { zoneId: zone.id, bureauId: bureau.id, pseudonym: 'B-01', status: 'open' },
      { zoneId: zone.id, bureauId: bureau.id, pseudonym: 'B-02', status: 'held' },
    ]);
    expect(keys((await researcher.get('/api/home')).json())).toEqual({
      interviewsToHold: 1,
      interviewsToCode: 1,
    });
  });
});
