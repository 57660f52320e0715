import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTeam, type Team } from '../support/api.ts';
import { launchBrowser, phoneContext } from '../support/browser.ts';
import { expectHeading, fitsPhone } from '../support/page.ts';
import { type BrugServer, startServer } from '../support/server.ts';

let server: BrugServer;
let browser: Browser;
let team: Team;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ timeoutMs: 360_000 }), launchBrowser()]);
  team = await createTeam(server);
  const coordinator = team.coordinator.session;
  const districts = ['Antwerpen', 'Berchem', 'Borgerhout', 'Deurne', 'Hoboken', 'Merksem', 'Wilrijk'];
  for (const [i, district] of districts.entries())
    await coordinator.post('/api/partners/organisations', {
      name: `Vereniging voor jongeren en buurtwerking ${i}`,
      districts: [district],
    });
}, 480_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Whether an element shows its whole text: nothing cut off, and inside the 360 px screen. */
async function fullyShown(page: Page, name: string) {
  const button = page.getByRole('button', { name });
  const box = (await button.boundingBox())!;
  const clipped = await button.evaluate((el) => {
    const label = el.querySelector('.mantine-Button-label') ?? el;
    return label.scrollWidth > label.clientWidth + 1;
  });
  return { inside: box.x >= 0 && box.x + box.width <= 360, clipped };
}

it('[PARTNERS] on a 360 px phone in French, the coverage of focus areas × districts scrolls inside its own box and “Se déconnecter” is shown whole', async () => {
  await team.coordinator.session.patch('/api/me', { language: 'fr' });
  const phone = await phoneContext(browser, server.url, { locale: 'fr-BE' });
  await team.coordinator.session.signIn(phone);
  const page = await phone.newPage();
  await page.goto('/partners/coverage');
  await expectHeading(page, /Couverture/);
  await page.getByRole('region', { name: /./ }).first().waitFor();
  await fitsPhone(page);
  // On a phone, logging out is in the menu, where it is shown whole.
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
  // The menu slides in from the side: measure once it has arrived.
  await expect
    .poll(() => fullyShown(page, 'Se déconnecter'), { timeout: 5_000 })
    .toEqual({ inside: true, clipped: false });
  await fitsPhone(page);
  await phone.close();
});
