import { schema } from '@brug/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers.ts';
import { OTHER_ROLES, signIn } from '../vault/test-support.ts';
import { analysisBureau, openCodes, postCode, postCoding, writeNotes } from './test-support.ts';

vi.setConfig({ testTimeout: 180_000 });

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
}, 180_000);
afterAll(async () => t?.close());

const NOTES = ['Er was geen tolk bij de aangifte.', 'De wijkagent kent de jongeren bij naam.'];

describe('[ANALYSIS] deleting a code', () => {
  it('takes the code off its passages, moves its children up to its parent, and is audited', async () => {
    const { researcher, vault, sources, zone } = await analysisBureau(t, 1);
    const top = await postCode(researcher, vault, { name: 'Behoefte' });
    const doomed = await postCode(researcher, vault, { name: 'Taal', parentId: top.id });
    const child = await postCode(researcher, vault, { name: 'Tolken', parentId: doomed.id });
    const text = await writeNotes(researcher, sources[0], NOTES);
    const src = { interviewId: sources[0].id, key: sources[0].key };
    const both = await postCoding(researcher, vault, src, {
      text,
      part: NOTES[0],
      codeIds: [doomed.id, child.id],
    });
    const only = await postCoding(researcher, vault, src, { text, part: NOTES[1], codeIds: [doomed.id] });
    expect([both.res.statusCode, only.res.statusCode]).toEqual([201, 201]);
    const listed = (await researcher.get('/api/codes')).json().items;
    expect(listed.find((c: { id: string }) => c.id === doomed.id)).toMatchObject({ passages: 2 });

    // Another bureau's researcher, or an unknown code: nothing changes.
    const other = await analysisBureau(t, 0);
    expect((await other.researcher.delete(`/api/codes/${doomed.id}`)).statusCode).toBe(404);
    expect((await researcher.delete(`/api/codes/${crypto.randomUUID()}`)).statusCode).toBe(404);
    for (const role of OTHER_ROLES) {
      const { client } = await signIn(t, zone.id, role);
      expect((await client.delete(`/api/codes/${doomed.id}`)).statusCode, role).toBe(403);
    }
    expect((await researcher.get('/api/codes')).json().items).toHaveLength(3);

    const deleted = await researcher.delete(`/api/codes/${doomed.id}`);
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(deleted.json()).toEqual({ passages: 2, childrenMoved: 1 });

    const after = await openCodes(researcher, vault);
    expect(after.map((c: { name: string }) => c.name).sort()).toEqual(['Behoefte', 'Tolken']);
    expect(after.find((c: { id: string }) => c.id === child.id)).toMatchObject({
      parentId: top.id,
      passages: 1,
    });
    // The passages stay; the one that had only this code is kept uncoded.
    const codings = (await researcher.get(`/api/codings?interviewId=${sources[0].id}`)).json().items;
    expect(codings.map((c: { codeIds: string[] }) => c.codeIds).sort()).toEqual([[], [child.id]]);

    const [entry] = await t.ctx.database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, 'code.delete'), eq(schema.auditLog.targetId, doomed.id)));
    expect(entry).toMatchObject({ scope: 'bureau', details: { passages: 2, childrenMoved: 1 } });
    expect(JSON.stringify(entry)).not.toContain('Taal');
  });
});
