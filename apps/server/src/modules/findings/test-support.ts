import { expect } from 'vitest';
import type { Client, TestApp } from '../../../test/helpers.ts';
import { signIn } from '../vault/test-support.ts';

export const PASSPHRASE = 'lange kluiszin van het onderzoeksbureau';

/** A zone with a bureau, one researcher whose vault is open, and `interviews` interviews (B-01…). */
export async function openBureau(t: TestApp, zoneId: string, interviews = 3) {
  const { client: admin } = await signIn(t, zoneId, 'admin');
  const { client: researcher, user } = await signIn(t, zoneId, 'researcher');
  expect((await admin.post('/api/bureau', { name: 'Bureau Luister' })).statusCode).toBe(201);
  expect((await admin.post('/api/bureau/members', { userId: user.id })).statusCode).toBe(200);
  expect((await researcher.post('/api/vault', { passphrase: PASSPHRASE })).statusCode).toBe(201);
  const sources: { id: string; pseudonym: string }[] = [];
  for (let i = 0; i < interviews; i++) sources.push(await addInterview(researcher, `Organisatie ${i + 1}`));
  return { admin, researcher, user, sources };
}

export async function addInterview(researcher: Client, source: string) {
  const res = await researcher.post('/api/interviews', {
    source,
    consent: { given: true, method: 'written', recordedAt: new Date().toISOString() },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; pseudonym: string };
}
