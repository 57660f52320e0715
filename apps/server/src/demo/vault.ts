import { acceptEnrolment, createEnrolment, createVault, unlockVault } from '@brug/vault-crypto';
import { demoClock } from './clock.ts';
import { type DemoWorld, userId } from './world.ts';

/**
 * The research bureau: the admin sets it up with two researchers; the first creates the vault in
 * their browser (the same @brug/vault-crypto calls as apps/web's vault-session.ts, argon2id unless a
 * test passes a fast derivation), then hands the key to the second with a one-time code.
 */
export async function createBureau(w: DemoWorld): Promise<void> {
  demoClock.goTo(-215);
  const admin = w.as.admin;
  const bureau = await admin.post('/api/bureau', { name: 'Onderzoeksbureau Luisterrijk' });
  w.bureauId = bureau.id;
  await admin.post('/api/bureau/members', { userId: userId(w, 'researcher') });
  await admin.post('/api/bureau/members', { userId: userId(w, 'researcher2') });

  const r1 = w.as.researcher;
  const { material, vault } = await createVault({
    bureauId: bureau.id,
    userId: userId(w, 'researcher'),
    passphrase: w.passphrase,
    derive: w.derive,
  });
  await r1.post('/api/vault', material);
  w.vault = vault;

  // Handing the key on needs the passphrase again (an extractable copy for the moment of handing).
  const { vault: handing } = await unlockVault(await r1.get('/api/vault/key'), w.passphrase, {
    derive: w.derive,
    extractable: true,
  });
  const { code, ...handed } = await createEnrolment(handing, userId(w, 'researcher2'));
  await r1.post('/api/vault/enrolments', { userId: userId(w, 'researcher2'), ...handed });
  const r2 = w.as.researcher2;
  const offered = await r2.get('/api/vault/enrolment');
  const { key } = await acceptEnrolment({
    ...offered,
    userId: userId(w, 'researcher2'),
    code,
    passphrase: w.passphrase,
    derive: w.derive,
  });
  await r2.post('/api/vault/enrol', key);
  w.summary.push('research bureau "Onderzoeksbureau Luisterrijk" with 2 researchers holding the vault key');
}
