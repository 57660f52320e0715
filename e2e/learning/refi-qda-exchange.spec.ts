import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTeam, type Team } from '../support/api.ts';
import { expectAccessible } from '../support/axe.ts';
import { launchBrowser, phoneContext } from '../support/browser.ts';
import { expectHeading, expectVisible } from '../support/page.ts';
import { type BrugServer, startServer } from '../support/server.ts';
import { createVaultViaApi, navigateInApp, unlockVaultInBrowser } from '../support/vault.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PASSPHRASE = 'een lange kluiszin voor de uitwisseling';
const PLANTED = ['verpleegster', 'de agent lachte', 'Houding agent', 'Gesprekken met emoji'];

let server: BrugServer;
let browser: Browser;
let team: Team;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ timeoutMs: 360_000 }), launchBrowser()]);
  team = await createTeam(server);
  const { admin, researcher } = team;
  await admin.session.post('/api/bureau', { name: 'Bureau Luister' });
  await admin.session.post('/api/bureau/members', { userId: researcher.session.me.user.id });
  await createVaultViaApi(researcher.session, PASSPHRASE);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The MAXQDA fixture as the .qdpx a researcher would pick. */
function maxqdaFile(): string {
  const dir = join(ROOT, 'packages/domain/src/refi-qda/fixtures/maxqda');
  const files: Record<string, Uint8Array> = {};
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else files[relative(dir, p)] = new Uint8Array(readFileSync(p));
    }
  };
  walk(dir);
  const file = join(mkdtempSync(join(tmpdir(), 'brug-qdpx-')), 'gesprekken.qdpx');
  writeFileSync(file, zipSync(files));
  return file;
}

it('[LEARNING] a researcher imports a MAXQDA project and exports it back on a phone; no plaintext crosses the wire', async () => {
  const context = await phoneContext(browser, server.url);
  await team.researcher.session.signIn(context);
  const page = await context.newPage();
  const sent: string[] = [];
  const received: string[] = [];
  page.on('request', (r) => sent.push(r.postData() ?? ''));
  page.on('response', async (r) => {
    if (r.url().includes('/api/')) received.push(await r.text().catch(() => ''));
  });
  await unlockVaultInBrowser(page, PASSPHRASE);
  await navigateInApp(page, '/analysis/exchange');
  await expectHeading(page, "Uitwisselen met andere analyseprogramma's");
  await expectAccessible(page);

  // A file that is not REFI-QDA is refused in Dutch, naming the file.
  await page.locator('input[type=file]').setInputFiles({
    name: 'notities.qdc',
    mimeType: 'application/xml',
    buffer: Buffer.from('<html><body>notities</body></html>'),
  });
  await page.getByRole('button', { name: 'Importeren' }).click();
  await expectVisible(
    page
      .getByRole('alert')
      .getByText('notities.qdc is geen REFI-QDA-project (.qdpx, .qde) of codeboek (.qdc).', { exact: true }),
  );

  await page.locator('input[type=file]').setInputFiles(maxqdaFile());
  await page.getByRole('button', { name: 'Importeren' }).click();
  const done = page.getByRole('status').filter({ hasText: 'Geïmporteerd' });
  await expectVisible(done, 60_000);
  await expectVisible(done.getByText("Nieuw: 4 codes, 1 bronnen, 3 gecodeerde passages, 0 memo's, 2 sets."));
  await expectVisible(done.getByText(/1 picture source/));
  await expectAccessible(page);

  // The same file again merges: nothing new.
  await page.getByRole('button', { name: 'Importeren' }).click();
  await expectVisible(
    page.getByRole('status').getByText('Al aanwezig en samengevoegd: 4 codes, 1 bronnen, 3 passages.'),
    60_000,
  );

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Project (.qdpx)' }).click(),
  ]);
  const path = await download.path();
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  const xml = strFromU8(files['project.qde']);
  expect(xml).toContain('guid="{0E6B54E4-4C2F-4A55-9B1D-6C0D8B0F1A02}"');
  expect(xml).toContain('startPosition="10" endPosition="25"');
  const qde = join(mkdtempSync(join(tmpdir(), 'brug-qde-')), 'project.qde');
  writeFileSync(qde, xml);
  execFileSync('xmllint', [
    '--noout',
    '--schema',
    join(ROOT, 'docs/standards/refi-qda/Project-mrt2019.xsd'),
    qde,
  ]);

  for (const planted of PLANTED) {
    expect(sent.join('\n')).not.toContain(planted);
    expect(received.join('\n')).not.toContain(planted);
  }
  await context.close();
});

it('[LEARNING] a code’s names in Dutch, French and English come in with a codebook and go out with the project, sealed in between', async () => {
  const names = ['Temps d’attente aux guichets', 'Waiting time at the desk'];
  const codebook = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Brug">
  <Codes>
    <Code guid="9a0c5e1e-5a7b-4c1e-9a43-0d2f1c3b7e11" name="Wachttijd aan het loket" isCodable="true" color="#2f9e44">
      <Description>Hoe lang men wacht

[Brug: code name translations]
nl: Wachttijd aan het loket
fr: ${names[0]}
en: ${names[1]}</Description>
    </Code>
  </Codes>
</CodeBook>
`;
  const file = join(mkdtempSync(join(tmpdir(), 'brug-qdc-')), 'codeboek.qdc');
  writeFileSync(file, codebook);

  const context = await phoneContext(browser, server.url);
  await team.researcher.session.signIn(context);
  const page = await context.newPage();
  const sent: string[] = [];
  const received: string[] = [];
  page.on('request', (r) => sent.push(r.postData() ?? ''));
  page.on('response', async (r) => {
    if (r.url().includes('/api/')) received.push(await r.text().catch(() => ''));
  });
  await unlockVaultInBrowser(page, PASSPHRASE);
  await navigateInApp(page, '/analysis/exchange');
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByRole('button', { name: 'Importeren' }).click();
  const done = page.getByRole('status').filter({ hasText: 'Geïmporteerd' });
  await expectVisible(done.getByText(/Nieuw: 1 codes/), 60_000);
  await expectAccessible(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Project (.qdpx)' }).click(),
  ]);
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(await download.path())))['project.qde']);
  expect(xml).toContain(
    `<Description>Hoe lang men wacht\n\n[Brug: code name translations]\nnl: Wachttijd aan het loket\nfr: ${names[0]}\nen: ${names[1]}</Description>`,
  );
  const qde = join(mkdtempSync(join(tmpdir(), 'brug-qde-')), 'project.qde');
  writeFileSync(qde, xml);
  execFileSync('xmllint', [
    '--noout',
    '--schema',
    join(ROOT, 'docs/standards/refi-qda/Project-mrt2019.xsd'),
    qde,
  ]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // The names crossed the wire only sealed, both ways.
  for (const planted of [...names, 'code name translations']) {
    expect(sent.join('\n')).not.toContain(planted);
    expect(received.join('\n')).not.toContain(planted);
  }
  await context.close();
});
