import { interviewContext } from '@brug/domain';
import { openWithKey, SealError, unlockVault } from '@brug/vault-crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, type Client, login, type TestApp } from '../../test/helpers.ts';
import {
  DEMO_OTHER_USERS,
  DEMO_PASSWORD,
  DEMO_USERS,
  DEMO_VAULT_PASSPHRASE,
  fillDemo,
  printLogins,
} from '../demo.ts';
import { testDerive } from '../modules/vault/test-support.ts';
import { INTERVIEWS } from './conversations.ts';

// The demo fill on PGlite, or on PostgreSQL with TEST_DATABASE_URL (test/helpers.ts picks). The vault
// is made with a fast derivation here; `npm run demo` uses argon2id.
let t: TestApp;
let summary: string[] | null;
const as: Record<string, Client> = {};

beforeAll(async () => {
  t = await buildTestApp();
  summary = await fillDemo(t.ctx, { derive: testDerive });
  for (const u of DEMO_USERS) as[u.key] = await login(t.app, u.email, DEMO_PASSWORD);
  as.other = await login(t.app, DEMO_OTHER_USERS[0].email, DEMO_PASSWORD);
  as.otherPartner = await login(t.app, DEMO_OTHER_USERS[1].email, DEMO_PASSWORD);
}, 300_000);
afterAll(async () => t?.close(), 120_000);

const json = async (client: Client, url: string) => {
  const res = await client.get(url);
  expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
  return res.json();
};

describe('[DEMO] npm run demo fills a programme in full swing through the API', () => {
  it('summarises what it made, and leaves a filled demo as it is on the next start', async () => {
    expect(summary).not.toBeNull();
    expect(summary!.join('\n')).toMatch(/current: co-design/);
    expect(await fillDemo(t.ctx, { derive: testDerive })).toBeNull();
  });

  it('the start prints every login, the password and the vault passphrase', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    printLogins('http://brug.test');
    const printed = log.mock.calls.flat().join('\n');
    log.mockRestore();
    for (const u of [...DEMO_USERS, ...DEMO_OTHER_USERS]) expect(printed).toContain(u.email);
    expect(printed).toContain(DEMO_PASSWORD);
    expect(printed).toContain(`"${DEMO_VAULT_PASSPHRASE}"`);
  });

  it('the coordinator sees the programme in co-design, 17 organisations in two waves, referrals, tasks and answered invitations', async () => {
    const c = as.coordinator;
    const programmes = await json(c, '/api/programmes');
    expect(programmes).toHaveLength(1);
    expect(programmes[0].currentPhase).toBe('co_design');
    expect(programmes[0].nextPhase).toBe('initiatives');
    const orgs = await json(c, '/api/partners/organisations?pageSize=100');
    expect(orgs.total).toBeGreaterThanOrEqual(15);
    const focus = new Set(orgs.items.flatMap((o: { focusAreas: string[] }) => o.focusAreas));
    expect([...focus].sort()).toEqual(['cultural_identity', 'poverty', 'youth']);
    const waves = await json(c, `/api/partners/waves?programmeId=${programmes[0].id}`);
    expect(waves).toHaveLength(2);
    expect(waves[1].progress.organisations).toBe(7);
    const network = await json(c, '/api/partners/network');
    expect(network.links.length).toBe(7);
    const tasks = await json(c, '/api/partners/tasks?open=true');
    expect(tasks.length).toBe(5);
    expect(tasks.some((x: { overdue: boolean }) => x.overdue)).toBe(true);
    const { items: status } = await json(c, '/api/outreach/status?kind=interview');
    const totals = status.reduce(
      (n: Record<string, number>, s: Record<string, number>) => {
        for (const k of ['accepted', 'declined', 'proposed', 'noAnswerYet']) n[k] += s[k];
        return n;
      },
      { accepted: 0, declined: 0, proposed: 0, noAnswerYet: 0 },
    );
    // First wave: nine booked after a phone call, one never answered. Second wave: two booked on the
    // public page, one proposed another day and was booked after a phone call, one declined, one open.
    expect(totals).toEqual({ accepted: 12, declined: 1, proposed: 0, noAnswerYet: 2 });
  });

  it('the coordinator sees contacts speaking nl, fr, en and ar, and two roundtables with minutes', async () => {
    const c = as.coordinator;
    const orgs = await json(c, '/api/partners/organisations?pageSize=100');
    const languages = new Set<string>();
    for (const o of orgs.items as { id: string }[])
      for (const contact of await json(c, `/api/partners/organisations/${o.id}/contacts`))
        languages.add(contact.preferredLanguage);
    for (const l of ['nl', 'fr', 'en', 'ar']) expect(languages).toContain(l);
    const roundtables = await json(c, '/api/roundtables');
    const items = roundtables.items ?? roundtables;
    expect(items).toHaveLength(2);
    for (const rt of items as { id: string }[])
      expect((await json(c, `/api/roundtables/${rt.id}`)).minutes).not.toBe('');
  });

  it('everyone of the zone reads at least five published findings of three kinds, in nl, fr and en', async () => {
    for (const who of ['coordinator', 'colleague', 'partner']) {
      const published = await json(as[who], '/api/published-findings');
      const items = published.items ?? published;
      expect(items.length, who).toBeGreaterThanOrEqual(5);
      const kinds = new Set(items.map((f: { kind: string }) => f.kind));
      for (const k of ['improvement_point', 'need', 'initiative_idea']) expect(kinds).toContain(k);
      for (const f of items) expect(Object.keys(f.translations).sort()).toEqual(['en', 'fr']);
    }
  });

  it('initiatives stand at different stages, with sessions, registrations, a waiting list and attendance', async () => {
    const c = as.coordinator;
    const initiatives = await json(c, '/api/initiatives');
    const list = initiatives.items ?? initiatives;
    const stages = list.map((i: { status: string }) => i.status).sort();
    expect(stages).toEqual(['co_design', 'evaluated', 'planned', 'proposal', 'running']);
    const withPartners = list.filter((i: { partners: unknown[] }) => i.partners.length > 0);
    expect(withPartners.length).toBeGreaterThanOrEqual(3);
    const activities = await json(c, '/api/activities');
    const sessions = activities.items ?? activities;
    expect(sessions.length).toBe(7);
    expect(sessions.filter((a: { attendance: number | null }) => a.attendance !== null).length).toBe(3);
    expect(sessions.some((a: { waitingPeople: number }) => a.waitingPeople > 0)).toBe(true);
    // The co-design one waits for its partner's confirmation; the partner sees it.
    const codesign = list.find((i: { status: string }) => i.status === 'co_design');
    expect(codesign.partners[0].fit).toBe('pending');
    const partnerSees = await json(as.partner, '/api/initiatives');
    expect((partnerSees.items ?? partnerSees).map((i: { id: string }) => i.id)).toContain(codesign.id);
    // Its proposed session is the partner's next activity on their home.
    const home = await json(as.partner, '/api/home');
    expect(home.upcoming.map((u: { initiativeId: string }) => u.initiativeId)).toContain(codesign.id);
  });

  it('the dashboard shows trust rising between two quarters, and the programme report has content', async () => {
    const d = await json(as.coordinator, '/api/insights/dashboard');
    expect(d.trust.quarters.length).toBeGreaterThanOrEqual(2);
    const overall = d.trust.overall.filter((e: unknown) => e !== null);
    expect(overall.length).toBeGreaterThanOrEqual(2);
    expect(overall.at(-1).mean).toBeGreaterThan(overall[0].mean);
    expect(d.colleagues.active).toBe(3);
    expect(d.activities.held).toBe(3);
    expect(d.findingsByKind.reduce((n: number, k: { count: number }) => n + k.count, 0)).toBe(7);
    const report = await as.coordinator.get('/api/insights/report.pdf');
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toMatch(/pdf/);
    expect(report.rawPayload.length).toBeGreaterThan(5_000);
  });

  it('colleagues are in an active pool with accepted sessions; ideas come from colleagues and partners', async () => {
    const own = await json(as.colleague, '/api/volunteers/me');
    expect(own.status).toBe('active');
    expect(own.assignments.some((a: { status: string }) => a.status === 'accepted')).toBe(true);
    const pool = await json(as.coordinator, '/api/volunteers?status=active');
    expect((pool.items ?? pool).length).toBe(3);
    const ideas = await json(as.coordinator, '/api/ideas');
    expect((ideas.items ?? ideas).length).toBe(6);
  });

  it('every role’s home has something to do or to come in the demo, each item with where it is done', async () => {
    const keysOf = async (who: string) => {
      const home = await json(as[who], '/api/home');
      for (const i of home.items) expect(i.to, `${who} ${i.key}`).toMatch(/^\//);
      return { keys: home.items.map((i: { key: string }) => i.key), upcoming: home.upcoming.length };
    };
    const colleague = await keysOf('colleague');
    expect(colleague.keys).toContain('assignmentsToAnswer');
    expect(colleague.upcoming).toBeGreaterThan(0);
    const coordinator = await keysOf('coordinator');
    expect(coordinator.keys.length).toBeGreaterThanOrEqual(4);
    expect(coordinator.upcoming).toBeGreaterThan(0);
    expect((await keysOf('researcher')).keys.length).toBeGreaterThanOrEqual(2);
    expect((await keysOf('partner')).keys).toContain('initiativesToConfirm');
  });

  it('a partner sees only the organisation their account speaks for', async () => {
    const orgs = await json(as.partner, '/api/partners/organisations');
    expect(orgs.items.map((o: { name: string }) => o.name)).toEqual(['Jeugdhuis De Schakel']);
  });

  it('the second zone is apart: neither zone sees the other’s organisations, ideas or findings', async () => {
    const other = await json(as.other, '/api/partners/organisations?pageSize=100');
    expect(other.total).toBe(3);
    const otherFindings = await json(as.other, '/api/published-findings');
    expect((otherFindings.items ?? otherFindings).length).toBe(0);
    const otherInitiatives = await json(as.other, '/api/initiatives');
    expect((otherInitiatives.items ?? otherInitiatives).length).toBe(0);
    const users = await json(as.admin, '/api/users');
    const emails = (users.items ?? users).map((u: { email: string }) => u.email).sort();
    expect(emails).toEqual(DEMO_USERS.map((u) => u.email).sort());
    const mine = await json(as.coordinator, '/api/partners/organisations?q=Noorderlicht');
    expect(mine.total).toBe(0);
    const ideas = await json(as.coordinator, '/api/ideas');
    expect((ideas.items ?? ideas).map((i: { title: string }) => i.title)).not.toContain(
      'Une permanence de quartier le samedi',
    );
    const sameName = await json(as.other, '/api/partners/organisations?q=Schakel');
    const demoSame = await json(as.coordinator, '/api/partners/organisations?q=Schakel');
    expect(sameName.items[0].id).not.toBe(demoSame.items[0].id);
  });

  it('the vault opens with the printed passphrase for both researchers, and a sealed note decrypts', async () => {
    for (const who of ['researcher', 'researcher2']) {
      const ring = await json(as[who], '/api/vault/key');
      const { vault } = await unlockVault(ring, DEMO_VAULT_PASSPHRASE, { derive: testDerive });
      const interviews = await json(as[who], '/api/interviews');
      const items = interviews.items ?? interviews;
      expect(items.length).toBe(INTERVIEWS.length + 1);
      expect(items.filter((i: { status: string }) => i.status === 'held').length).toBe(INTERVIEWS.length);
      const first = items.find((i: { pseudonym: string }) => i.pseudonym === 'B-01') ?? items[0];
      const view = await json(as[who], `/api/interviews/${first.id}`);
      const key = await vault.unwrapSubKey(view.wrappedSubKey, interviewContext.subKey(view.id));
      const notes = await openWithKey(key, view.sealedNotes, interviewContext.field(view.id, 'notes'));
      expect(INTERVIEWS.some((i) => notes.includes(i.paragraphs[0][0]))).toBe(true);
      // The server holds ciphertext only.
      expect(JSON.stringify(view)).not.toContain(INTERVIEWS[0].paragraphs[0][0].slice(0, 30));
    }
    const ring = await json(as.researcher, '/api/vault/key');
    await expect(unlockVault(ring, 'not the demo passphrase', { derive: testDerive })).rejects.toThrow(
      SealError,
    );
  });

  it('codes, codings and the theme run are sealed, and open with the vault', async () => {
    const codes = await json(as.researcher, '/api/codes');
    expect(codes.items.length).toBe(13);
    const codings = await json(as.researcher, '/api/codings');
    expect(codings.items.length).toBeGreaterThanOrEqual(40);
    const latest = await json(as.researcher, '/api/analysis/theme-runs/latest');
    expect(latest.id).toBeTruthy();
    expect(JSON.stringify(codes)).not.toContain('Identiteitscontroles');
  });
});
