import { schema } from '@brug/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plantedInDump } from '../../../test/dump.ts';
import { buildTestApp, type TestApp } from '../../../test/helpers.ts';
import { OTHER_ROLES, signIn } from '../vault/test-support.ts';
import { analysisBureau, postCode } from './test-support.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
}, 180_000);
afterAll(async () => t?.close());

const context = (id: string) => `code:${id}:translations`;

describe('[ANALYSIS] a code’s name in other languages, sealed in the researcher’s browser', {
  timeout: 180_000,
}, () => {
  it('keeps translations sealed on create and PATCH, and gives them back as sealed', async () => {
    const { researcher, vault } = await analysisBureau(t, 0);
    const id = crypto.randomUUID();
    const created = await researcher.post('/api/codes', {
      id,
      sealedName: await vault.seal('Huur Albatros', `code:${id}:name`),
      sealedDescription: await vault.seal('', `code:${id}:description`),
      sealedTranslations: await vault.seal(JSON.stringify({ nl: 'Huur Albatros' }), context(id)),
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(JSON.parse(await vault.open(created.json().sealedTranslations, context(id)))).toEqual({
      nl: 'Huur Albatros',
    });

    const added = { nl: 'Huur Albatros', fr: 'Loyer Albatros' };
    const patched = await researcher.patch(`/api/codes/${id}`, {
      sealedTranslations: await vault.seal(JSON.stringify(added), context(id)),
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const listed = (await researcher.get('/api/codes')).json().items.find((c: { id: string }) => c.id === id);
    expect(JSON.parse(await vault.open(listed.sealedTranslations, context(id)))).toEqual(added);
    expect(await plantedInDump(t, ['Albatros'])).toEqual([]);

    // A code without translations gives null, not a missing field.
    const plain = await postCode(researcher, vault, { name: 'Behoefte' });
    const bare = (await researcher.get('/api/codes'))
      .json()
      .items.find((c: { id: string }) => c.id === plain.id);
    expect(bare.sealedTranslations).toBeNull();
  });

  it('refuses plain text and a PATCH with nothing to change, naming the field; nothing changes', async () => {
    const { researcher, vault } = await analysisBureau(t, 0);
    const { id } = await postCode(researcher, vault, { name: 'Wonen' });
    const sealed = await vault.seal(JSON.stringify({ fr: 'Logement' }), context(id));
    expect((await researcher.patch(`/api/codes/${id}`, { sealedTranslations: sealed })).statusCode).toBe(200);

    const plain = await researcher.patch(`/api/codes/${id}`, {
      sealedTranslations: JSON.stringify({ en: 'Housing' }),
    });
    expect(plain.statusCode).toBe(400);
    expect(Object.keys(plain.json().fields)).toEqual(['sealedTranslations']);
    const empty = await researcher.patch(`/api/codes/${id}`, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().fields).toEqual({ body: 'nothing to change' });
    const [row] = await t.ctx.database.db.select().from(schema.codes).where(eq(schema.codes.id, id));
    expect(row.sealedTranslations).toBe(sealed);

    const { zone } = await analysisBureau(t, 0);
    for (const role of OTHER_ROLES) {
      const { client } = await signIn(t, zone.id, role);
      const res = await client.patch(`/api/codes/${id}`, { sealedTranslations: sealed });
      expect(res.statusCode, role).toBe(403);
    }
    const other = await analysisBureau(t, 0);
    expect(
      (await other.researcher.patch(`/api/codes/${id}`, { sealedTranslations: sealed })).statusCode,
    ).toBe(404);
  });
});
