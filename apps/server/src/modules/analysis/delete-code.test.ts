import { schema } from '@brug/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, createZone, type TestApp } from '../../../test/helpers.ts';
import { openBureau } from '../findings/test-support.ts';
import { OTHER_ROLES, signIn } from '../vault/test-support.ts';

vi.setConfig({ testTimeout: 180_000 });

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
}, 180_000);
afterAll(async () => t?.close());

const NOTES = ['Er was geen tolk bij de aangifte.', 'De wijkagent kent de jongeren bij naam.'];

describe('[ANALYSIS] deleting a code', () => {
  it('takes the code off its passages, moves its children up to its parent, and is audited', async () => {
    const zone = await createZone(t.ctx);
    const { researcher, sources } = await openBureau(t, zone.id, 1);
    const top = (await researcher.post('/api/codes', { name: 'Behoefte' })).json();
    const doomed = (await researcher.post('/api/codes', { name: 'Taal', parentId: top.id })).json();
    const child = (await researcher.post('/api/codes', { name: 'Tolken', parentId: doomed.id })).json();
    const html = NOTES.map((p) => `<p>${p}</p>`).join('');
    await researcher.put(`/api/interviews/${sources[0].id}/notes`, { html, baseVersion: 0 });
    const text = (await researcher.get(`/api/analysis/interviews/${sources[0].id}/text`)).json()
      .text as string;
    const at = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
    const both = await researcher.post('/api/codings', {
      interviewId: sources[0].id,
      ...at(NOTES[0]),
      codeIds: [doomed.id, child.id],
    });
    const only = await researcher.post('/api/codings', {
      interviewId: sources[0].id,
      ...at(NOTES[1]),
      codeIds: [doomed.id],
    });
    expect([both.statusCode, only.statusCode]).toEqual([201, 201]);
    const listed = (await researcher.get('/api/codes')).json().items;
    expect(listed.find((c: { id: string }) => c.id === doomed.id)).toMatchObject({ passages: 2 });

    // Another bureau's researcher, or an unknown code: nothing changes.
    const other = await openBureau(t, (await createZone(t.ctx)).id, 0);
    expect((await other.researcher.delete(`/api/codes/${doomed.id}`)).statusCode).toBe(404);
    expect((await researcher.delete(`/api/codes/${crypto.randomUUID()}`)).statusCode).toBe(404);
    for (const role of OTHER_ROLES) {
      const { client } = await signIn(t, zone.id, role);
      expect((await client.delete(`/api/codes/${doomed.id}`)).statusCode, role).toBe(403);
    }
    expect((await researcher.get('/api/codes')).json().items).toHaveLength(3);

    const finding = await researcher.post('/api/findings', {
      kind: 'need',
      statement: 'Een tolk moet snel beschikbaar zijn.',
      sourceIds: [sources[0].id],
      codeIds: [doomed.id, top.id],
    });
    expect(finding.statusCode, finding.body).toBe(201);

    const deleted = await researcher.delete(`/api/codes/${doomed.id}`);
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(deleted.json()).toEqual({ passages: 2, childrenMoved: 1 });

    const after = (await researcher.get('/api/codes')).json().items;
    expect(after.map((c: { name: string }) => c.name).sort()).toEqual(['Behoefte', 'Tolken']);
    expect(after.find((c: { id: string }) => c.id === child.id)).toMatchObject({
      parentId: top.id,
      passages: 1,
    });
    // The passages stay; the one that had only this code is kept uncoded.
    const codings = (await researcher.get(`/api/codings?interviewId=${sources[0].id}`)).json().items;
    expect(codings.map((c: { codeIds: string[] }) => c.codeIds).sort()).toEqual([[], [child.id]]);

    // A draft finding linked to the deleted code can still be edited: the code drops out of it.
    const edited = await researcher.patch(`/api/findings/${finding.json().id}`, { theme: 'Taal' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().codeIds).toEqual([top.id]);

    const [entry] = await t.ctx.database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, 'code.delete'), eq(schema.auditLog.targetId, doomed.id)));
    expect(entry).toMatchObject({ scope: 'bureau', details: { passages: 2, childrenMoved: 1 } });
    expect(JSON.stringify(entry)).not.toContain('Taal');
  });
});
