import { schema } from '@brug/db';
import { asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, type TestApp } from '../../../test/helpers.ts';
import {
  buildContact,
  buildOrganisation,
  createOrganisation,
  partnerTeam,
  uniqueNumber,
} from './test-factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

async function createProgramme(c: Client) {
  const res = await c.post('/api/programmes', {
    name: `Traject ${uniqueNumber()}`,
    aim: 'Vertrouwen opbouwen',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string };
}

describe('[PARTNERS] organisations', () => {
  it('lets the coordinator create and update an organisation, written to the audit log', async () => {
    const z = await partnerTeam(t);
    const org = await createOrganisation(z.coordinator, {
      website: 'https://vzw.example.be',
      languages: ['nl', 'ar'],
    });
    const res = await z.coordinator.patch(`/api/partners/organisations/${org.id}`, { dialogue: 'existing' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ dialogue: 'existing', languages: ['nl', 'ar'] });
    const audit = await t.ctx.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.targetId, org.id));
    expect(audit.map((a) => a.action)).toEqual([
      'partners.organisation.create',
      'partners.organisation.update',
    ]);
  });

  it('lists an organisation with every field it is shown with when created, with and without a programme', async () => {
    const z = await partnerTeam(t);
    const org = await createOrganisation(z.coordinator, {
      website: 'https://vzw.example.be',
      languages: ['nl', 'ar'],
      description: 'Huiswerkbegeleiding voor jongeren',
    });
    await z.coordinator.patch(`/api/partners/organisations/${org.id}`, { notes: 'Bel op dinsdag' });
    const shown = (await z.coordinator.get(`/api/partners/organisations/${org.id}`)).json().organisation;
    const page = (await z.coordinator.get('/api/partners/organisations?pageSize=100')).json();
    const listed = page.items.find((i: { id: string }) => i.id === org.id);
    const fields = Object.keys(listed).sort();
    expect(fields).toEqual(Object.keys(org).sort());
    for (const key of fields) expect(listed[key], key).toEqual(shown[key]);
    expect(listed.notes).toBe('Bel op dinsdag');
    const programme = await createProgramme(z.coordinator);
    const withStatus = (
      await z.coordinator.get(`/api/partners/organisations?pageSize=100&programmeId=${programme.id}`)
    ).json();
    const again = withStatus.items.find((i: { id: string }) => i.id === org.id);
    expect(again).toEqual({ ...listed, status: null });
  });

  it('refuses every other role to create or change an organisation (403), and the row stays as it was', async () => {
    const z = await partnerTeam(t);
    const org = await createOrganisation(z.coordinator);
    for (const role of ['admin', 'colleague', 'researcher', 'partner'] as const) {
      expect((await z[role].post('/api/partners/organisations', buildOrganisation())).statusCode, role).toBe(
        403,
      );
      expect(
        (await z[role].patch(`/api/partners/organisations/${org.id}`, { name: 'Anders' })).statusCode,
        role,
      ).toBe(role === 'partner' ? 404 : 403);
    }
    const [row] = await t.ctx.database.db
      .select()
      .from(schema.organisations)
      .where(eq(schema.organisations.id, org.id));
    expect(row.name).toBe(org.name);
  });

  it('rejects bad input with a 400 naming each field, and writes nothing', async () => {
    const z = await partnerTeam(t);
    const res = await z.coordinator.post('/api/partners/organisations', {
      name: '',
      postcode: '123',
      website: 'ftp://x',
      kind: 'club',
      languages: ['Nederlands'],
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().fields).sort()).toEqual([
      'kind',
      'languages.0',
      'name',
      'postcode',
      'website',
    ]);
    const unknown = await z.coordinator.post(
      '/api/partners/organisations',
      buildOrganisation({ focusAreas: ['sport'], districts: ['Gent'] }),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().fields).toMatchObject({
      focusAreas: expect.stringContaining('sport'),
      districts: expect.stringContaining('Gent'),
    });
    const rows = await t.ctx.database.db
      .select()
      .from(schema.organisations)
      .where(eq(schema.organisations.zoneId, z.zone.id));
    expect(rows).toHaveLength(0);
  });

  it('refuses a duplicate (same name ignoring case and accents, same postcode) naming the existing record', async () => {
    const z = await partnerTeam(t);
    const org = await createOrganisation(z.coordinator, { name: 'Café Ölçek vzw', postcode: '2060' });
    const dup = await z.coordinator.post(
      '/api/partners/organisations',
      buildOrganisation({ name: 'cafe olcek  VZW', postcode: '2060' }),
    );
    expect(dup.statusCode).toBe(409);
    expect(dup.json().fields.name).toContain(org.id);
    const other = await z.coordinator.post(
      '/api/partners/organisations',
      buildOrganisation({ name: 'Café Ölçek vzw', postcode: '2000' }),
    );
    expect(other.statusCode).toBe(201);
    const rename = await z.coordinator.patch(`/api/partners/organisations/${other.json().id}`, {
      postcode: '2060',
    });
    expect(rename.statusCode).toBe(409);
  });

  it('keeps zones apart: a coordinator of zone B can neither read nor change zone A', async () => {
    const a = await partnerTeam(t);
    const b = await partnerTeam(t);
    const org = await createOrganisation(a.coordinator);
    expect((await b.coordinator.get(`/api/partners/organisations/${org.id}`)).statusCode).toBe(404);
    expect(
      (await b.coordinator.patch(`/api/partners/organisations/${org.id}`, { name: 'Overgenomen' }))
        .statusCode,
    ).toBe(404);
    expect((await b.coordinator.get(`/api/partners/organisations/${org.id}/contacts`)).statusCode).toBe(404);
    // The page and its timeline read the organisation with its lists in one statement: still the zone's only.
    expect((await b.coordinator.get(`/api/partners/organisations/${org.id}/timeline`)).statusCode).toBe(404);
    expect((await a.coordinator.get(`/api/partners/organisations/${org.id}/timeline`)).statusCode).toBe(200);
    expect(
      (await b.coordinator.post(`/api/partners/organisations/${org.id}/contacts`, buildContact())).statusCode,
    ).toBe(404);
    const list = await b.coordinator.get('/api/partners/organisations');
    expect(list.json().total).toBe(0);
    const [row] = await t.ctx.database.db
      .select()
      .from(schema.organisations)
      .where(eq(schema.organisations.id, org.id));
    expect(row.name).toBe(org.name);
  });

  it('lets a partner read and edit only their own organisation, through a contact linked to their account', async () => {
    const z = await partnerTeam(t);
    const own = await createOrganisation(z.coordinator);
    const other = await createOrganisation(z.coordinator);
    const contact = await z.coordinator.post(
      `/api/partners/organisations/${own.id}/contacts`,
      buildContact({ userId: z.partnerId }),
    );
    expect(contact.statusCode).toBe(201);
    const list = await z.partner.get('/api/partners/organisations');
    expect(list.json().items.map((o: { id: string }) => o.id)).toEqual([own.id]);
    expect(list.json().items[0].notes).toBeUndefined();
    expect((await z.partner.get(`/api/partners/organisations/${other.id}`)).statusCode).toBe(404);
    expect((await z.partner.get(`/api/partners/organisations/${own.id}`)).json().organisation.id).toBe(
      own.id,
    );
    // The timeline is the police's history of a partner: a partner account does not read it.
    expect((await z.partner.get(`/api/partners/organisations/${own.id}/timeline`)).statusCode).toBe(403);
    const edit = await z.partner.patch(`/api/partners/organisations/${own.id}`, {
      description: 'Nieuwe tekst',
    });
    expect(edit.statusCode).toBe(200);
    const forbidden = await z.partner.patch(`/api/partners/organisations/${own.id}`, {
      ownerId: z.coordinatorId,
    });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().fields).toHaveProperty('ownerId');
    expect((await z.partner.get(`/api/partners/organisations/${own.id}/contacts`)).statusCode).toBe(200);
    expect((await z.partner.get(`/api/partners/organisations/${other.id}/contacts`)).statusCode).toBe(404);
  });
});

describe('[PARTNERS] contacts and personal data', () => {
  it('stores phone numbers in international form and rejects bad e-mail, phone and consent (400 naming the field)', async () => {
    const z = await partnerTeam(t);
    const org = await createOrganisation(z.coordinator);
    const be = await z.coordinator.post(
      `/api/partners/organisations/${org.id}/contacts`,
      buildContact({ phone: '0470 12 34 56' }),
    );
    expect(be.json().phone).toBe('+32470123456');
    const fr = await z.coordinator.post(
      `/api/partners/organisations/${org.id}/contacts`,
      buildContact({ phone: '+33 1 42 68 53 00' }),
    );
    expect(fr.json().phone).toBe('+33142685300');
    const bad = await z.coordinator.post(`/api/partners/organisations/${org.id}/contacts`, {
      name: 'X',
      email: 'geen-adres',
      phone: '12',
      consentBasis: 'because',
      consentDate: '2026-13-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields).sort()).toEqual(['consentBasis', 'consentDate', 'email', 'phone']);
    const dup = await z.coordinator.post(
      `/api/partners/organisations/${org.id}/contacts`,
      buildContact({ email: be.json().email.toUpperCase() }),
    );
    expect(dup.statusCode).toBe(409);
    expect(dup.json().fields.email).toContain(be.json().id);
    const list = await z.coordinator.get(`/api/partners/organisations/${org.id}/contacts`);
    expect(list.json()).toHaveLength(2);
  });

  it('hides contact data from colleagues always and from researchers until the organisation is invited; logs each view', async () => {
    const z = await partnerTeam(t);
    const org = await createOrganisation(z.coordinator);
    await z.coordinator.post(`/api/partners/organisations/${org.id}/contacts`, buildContact());
    expect((await z.colleague.get(`/api/partners/organisations/${org.id}`)).statusCode).toBe(200);
    expect((await z.colleague.get(`/api/partners/organisations/${org.id}/contacts`)).statusCode).toBe(403);
    expect((await z.researcher.get(`/api/partners/organisations/${org.id}/contacts`)).statusCode).toBe(403);
    expect((await z.admin.get(`/api/partners/organisations/${org.id}/contacts`)).statusCode).toBe(200);
    expect(
      (await z.colleague.post(`/api/partners/organisations/${org.id}/contacts`, buildContact())).statusCode,
    ).toBe(403);
    const views = await t.ctx.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'partners.contacts.view'));
    expect(views.filter((v) => v.targetId === org.id)).toHaveLength(1);
    // Once the organisation is invited to a conversation, the researcher sees its contacts.
    const [contact] = await t.ctx.database.db
      .select()
      .from(schema.contacts)
      .where(eq(schema.contacts.organisationId, org.id));
    await t.ctx.database.db.insert(schema.invitations).values({
      zoneId: z.zone.id,
      organisationId: org.id,
      contactId: contact.id,
      kind: 'interview',
      tokenHash: `hash-${org.id}`,
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    expect((await z.researcher.get(`/api/partners/organisations/${org.id}/contacts`)).statusCode).toBe(200);
    expect((await z.colleague.get(`/api/partners/organisations/${org.id}/contacts`)).statusCode).toBe(403);
  });

  it('exports a contact’s data (GDPR access) and erases the person while the organisation keeps its count', async () => {
    const z = await partnerTeam(t);
    const org = await createOrganisation(z.coordinator);
    const c = (
      await z.coordinator.post(
        `/api/partners/organisations/${org.id}/contacts`,
        buildContact({ name: 'Fatima El Amrani' }),
      )
    ).json();
    expect((await z.colleague.get(`/api/partners/contacts/${c.id}/export`)).statusCode).toBe(403);
    const data = await z.coordinator.get(`/api/partners/contacts/${c.id}/export`);
    expect(data.statusCode).toBe(200);
    expect(data.json().contact).toMatchObject({
      name: 'Fatima El Amrani',
      email: c.email,
      consentBasis: 'consent',
    });
    expect((await z.admin.post(`/api/partners/contacts/${c.id}/erase`)).statusCode).toBe(403);
    expect((await z.coordinator.post(`/api/partners/contacts/${c.id}/erase`)).statusCode).toBe(200);
    const after = (await z.coordinator.get(`/api/partners/organisations/${org.id}/contacts`)).json();
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ erased: true, email: null, phone: null });
    expect(JSON.stringify(after)).not.toContain('Fatima');
    const actions = (
      await t.ctx.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.targetId, c.id))
    ).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(['partners.contact.gdpr_export', 'partners.contact.erase']),
    );
  });
});

describe('[PARTNERS] relationship status', () => {
  it('moves an organisation through the statuses with a dated history of who changed it', async () => {
    const z = await partnerTeam(t);
    const org = await createOrganisation(z.coordinator);
    const prog = await createProgramme(z.coordinator);
    for (const status of ['longlist', 'contacted', 'invited', 'in_dialogue']) {
      const res = await z.coordinator.post(`/api/partners/organisations/${org.id}/status`, {
        programmeId: prog.id,
        status,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const back = await z.coordinator.post(`/api/partners/organisations/${org.id}/status`, {
      programmeId: prog.id,
      status: 'contacted',
    });
    expect(back.statusCode).toBe(400);
    expect(back.json().fields.status).toContain('in_dialogue');
    expect(
      (
        await z.colleague.post(`/api/partners/organisations/${org.id}/status`, {
          programmeId: prog.id,
          status: 'paused',
        })
      ).statusCode,
    ).toBe(403);
    const history = (await z.colleague.get(`/api/partners/organisations/${org.id}/status-history`)).json();
    expect(history.map((h: { toStatus: string }) => h.toStatus)).toEqual([
      'in_dialogue',
      'invited',
      'contacted',
      'longlist',
    ]);
    expect(history[0]).toMatchObject({ fromStatus: 'invited', changedByName: 'Test coordinator' });
    const detail = (await z.colleague.get(`/api/partners/organisations/${org.id}`)).json();
    expect(detail.statuses).toEqual([
      expect.objectContaining({ programmeId: prog.id, status: 'in_dialogue' }),
    ]);
  });
});

describe('[PARTNERS] waves', () => {
  it('adds the organisations a filter finds to a wave and shows its progress', async () => {
    const z = await partnerTeam(t);
    const prog = await createProgramme(z.coordinator);
    const youth = [];
    for (let i = 0; i < 3; i++)
      youth.push(await createOrganisation(z.coordinator, { focusAreas: ['youth'] }));
    await createOrganisation(z.coordinator, { focusAreas: ['poverty'] });
    const wave = await z.coordinator.post('/api/partners/waves', { programmeId: prog.id, name: 'Golf 1' });
    expect(wave.json().number).toBe(1);
    expect(
      (await z.colleague.post('/api/partners/waves', { programmeId: prog.id, name: 'Golf 2' })).statusCode,
    ).toBe(403);
    const add = await z.coordinator.post(`/api/partners/waves/${wave.json().id}/organisations`, {
      filter: { focusArea: ['youth'] },
    });
    expect(add.json()).toEqual({ added: 3 });
    await z.coordinator.post(`/api/partners/organisations/${youth[0].id}/status`, {
      programmeId: prog.id,
      status: 'contacted',
    });
    await z.coordinator.post(`/api/partners/organisations/${youth[1].id}/status`, {
      programmeId: prog.id,
      status: 'invited',
    });
    const waves = (await z.colleague.get(`/api/partners/waves?programmeId=${prog.id}`)).json();
    expect(waves[0].progress).toMatchObject({
      organisations: 3,
      longlist: 1,
      contacted: 1,
      invited: 1,
      in_dialogue: 0,
    });
    const other = await partnerTeam(t);
    const foreign = await createOrganisation(other.coordinator);
    const bad = await z.coordinator.post(`/api/partners/waves/${wave.json().id}/organisations`, {
      organisationIds: [foreign.id],
    });
    expect(bad.statusCode).toBe(400);
    const [row] = await t.ctx.database.db
      .select()
      .from(schema.organisations)
      .where(eq(schema.organisations.id, foreign.id));
    expect(row.waveId).toBeNull();
  });
});

describe('[PARTNERS] referrals, interactions and tasks', () => {
  it('records a referral shown on both organisations and in the network', async () => {
    const z = await partnerTeam(t);
    const a = await createOrganisation(z.coordinator);
    const b = await createOrganisation(z.coordinator);
    const res = await z.coordinator.post('/api/partners/referrals', {
      fromOrganisationId: a.id,
      toOrganisationId: b.id,
      note: 'via buurtwerk',
    });
    expect(res.statusCode).toBe(201);
    const self = await z.coordinator.post('/api/partners/referrals', {
      fromOrganisationId: a.id,
      toOrganisationId: a.id,
    });
    expect(self.json().fields).toHaveProperty('toOrganisationId');
    for (const id of [a.id, b.id]) {
      const list = (await z.coordinator.get(`/api/partners/organisations/${id}/referrals`)).json();
      expect(list).toEqual([
        expect.objectContaining({ fromOrganisationName: a.name, toOrganisationName: b.name }),
      ]);
    }
    const network = (await z.colleague.get('/api/partners/network')).json();
    expect(network.links).toEqual([{ from: a.id, to: b.id }]);
    expect(network.nodes).toHaveLength(2);
  });

  it('logs a call on the timeline and lists my tasks with overdue ones marked', async () => {
    const z = await partnerTeam(t);
    const org = await createOrganisation(z.coordinator);
    const call = await z.coordinator.post(`/api/partners/organisations/${org.id}/interactions`, {
      kind: 'call',
      occurredAt: '2026-03-02T10:00:00+01:00',
      summary: 'Eerste telefoon, interesse in rondetafel',
    });
    expect(call.statusCode).toBe(201);
    const badCall = await z.coordinator.post(`/api/partners/organisations/${org.id}/interactions`, {
      kind: 'fax',
      occurredAt: 'gisteren',
      summary: '',
    });
    expect(Object.keys(badCall.json().fields).sort()).toEqual(['kind', 'occurredAt', 'summary']);
    const late = await z.coordinator.post('/api/partners/tasks', {
      organisationId: org.id,
      title: 'Terugbellen',
      dueOn: '2020-01-01',
      assigneeId: z.coordinatorId,
    });
    expect(late.statusCode).toBe(201);
    const later = await z.coordinator.post('/api/partners/tasks', {
      organisationId: org.id,
      title: 'Uitnodiging sturen',
      dueOn: '2099-01-01',
      assigneeId: z.coordinatorId,
    });
    const toPartner = await z.coordinator.post('/api/partners/tasks', {
      title: 'x',
      dueOn: '2099-01-01',
      assigneeId: z.partnerId,
    });
    expect(toPartner.json().fields).toHaveProperty('assigneeId');
    // Each saved call and task has its audit entry, written in the same statement; the refused ones none.
    const entries = await t.ctx.database.db
      .select({
        action: schema.auditLog.action,
        targetId: schema.auditLog.targetId,
        details: schema.auditLog.details,
      })
      .from(schema.auditLog)
      .where(inArray(schema.auditLog.targetId, [org.id, late.json().id, later.json().id]))
      .orderBy(asc(schema.auditLog.id));
    expect(entries.filter((e) => e.action !== 'partners.organisation.create')).toEqual([
      { action: 'partners.interaction.create', targetId: org.id, details: { kind: 'call' } },
      { action: 'partners.task.create', targetId: late.json().id, details: {} },
      { action: 'partners.task.create', targetId: later.json().id, details: {} },
    ]);
    const mine = (await z.coordinator.get('/api/partners/tasks?mine=true&open=true')).json();
    expect(mine.map((k: { title: string; overdue: boolean }) => [k.title, k.overdue])).toEqual([
      ['Terugbellen', true],
      ['Uitnodiging sturen', false],
    ]);
    const done = await z.coordinator.patch(`/api/partners/tasks/${late.json().id}`, { done: true });
    expect(done.json()).toMatchObject({ done: true, overdue: false });
    expect((await z.colleague.get('/api/partners/tasks')).statusCode).toBe(403);
    const timeline = (await z.colleague.get(`/api/partners/organisations/${org.id}/timeline`)).json();
    expect(timeline.map((i: { type: string }) => i.type).sort()).toEqual(['interaction', 'task', 'task']);
    const other = await partnerTeam(t);
    expect(
      (await other.coordinator.patch(`/api/partners/tasks/${late.json().id}`, { done: false })).statusCode,
    ).toBe(404);
  });
});

describe('[PARTNERS] search, filters, views and coverage', () => {
  it('finds organisations by Dutch full-text search, accent-insensitive, with filters, sorting and pages', async () => {
    const z = await partnerTeam(t);
    await createOrganisation(z.coordinator, {
      name: 'Moskee Al Ihsaan',
      description: 'Gebedshuis met huiswerkklas voor kinderen',
      focusAreas: ['cultural_identity'],
    });
    await createOrganisation(z.coordinator, {
      name: 'Buurthuis De Brug',
      description: 'Armoedebestrijding en sociale kruidenier',
      focusAreas: ['poverty'],
      districts: ['Deurne'],
      postcode: '2100',
    });
    await createOrganisation(z.coordinator, {
      name: 'Jeugdhuis Café Rue',
      description: 'Jongerencafé',
      notes: 'Contact via de sportdienst',
    });
    const search = async (q: string) =>
      (await z.colleague.get(`/api/partners/organisations?q=${encodeURIComponent(q)}`))
        .json()
        .items.map((o: { name: string }) => o.name);
    expect(await search('huiswerkklas')).toEqual(['Moskee Al Ihsaan']);
    expect(await search('kruideniers')).toEqual(['Buurthuis De Brug']);
    expect(await search('cafe rue')).toEqual(['Jeugdhuis Café Rue']);
    expect(await search('CAFÉ')).toEqual(['Jeugdhuis Café Rue']);
    expect(await search('sportdienst')).toEqual(['Jeugdhuis Café Rue']);
    const filtered = (
      await z.colleague.get('/api/partners/organisations?district=Deurne&focusArea=poverty')
    ).json();
    expect(filtered.items.map((o: { name: string }) => o.name)).toEqual(['Buurthuis De Brug']);
    const page = (await z.colleague.get('/api/partners/organisations?sort=-name&pageSize=2&page=1')).json();
    expect(page.total).toBe(3);
    expect(page.items.map((o: { name: string }) => o.name)).toEqual([
      'Moskee Al Ihsaan',
      'Jeugdhuis Café Rue',
    ]);
    const bad = await z.colleague.get('/api/partners/organisations?sort=size&kind=club');
    expect(Object.keys(bad.json().fields).sort()).toEqual(['kind', 'sort']);
  });

  it('finds an organisation by a contact person’s name, accent-insensitive, for roles that see every contact only', async () => {
    const z = await partnerTeam(t);
    const org = await createOrganisation(z.coordinator, { name: 'Vereniging Zonder Naam' });
    await createOrganisation(z.coordinator, { name: 'Buurtwerk Elders' });
    const added = await z.coordinator.post(
      `/api/partners/organisations/${org.id}/contacts`,
      buildContact({ name: 'Zoë Vanderlinden' }),
    );
    expect(added.statusCode, added.body).toBe(201);
    const search = async (c: Client, q: string) =>
      (await c.get(`/api/partners/organisations?q=${encodeURIComponent(q)}`))
        .json()
        .items.map((o: { name: string }) => o.name);
    expect(await search(z.coordinator, 'zoe vanderlinden')).toEqual(['Vereniging Zonder Naam']);
    expect(await search(z.coordinator, 'Vanderlinden')).toEqual(['Vereniging Zonder Naam']);
    expect(await search(z.admin, 'ZOË')).toEqual(['Vereniging Zonder Naam']);
    // The organisation's own words still count; a name nobody has finds nothing.
    expect(await search(z.coordinator, 'elders')).toEqual(['Buurtwerk Elders']);
    expect(await search(z.coordinator, 'Vandermeersch')).toEqual([]);
    // A colleague may not see contacts: the search does not reveal who works where.
    expect(await search(z.colleague, 'Vanderlinden')).toEqual([]);
    // An erased person is no longer found.
    const [contact] = await t.ctx.database.db
      .select()
      .from(schema.contacts)
      .where(eq(schema.contacts.organisationId, org.id));
    expect((await z.coordinator.post(`/api/partners/contacts/${contact.id}/erase`)).statusCode).toBeLessThan(
      300,
    );
    expect(await search(z.coordinator, 'Vanderlinden')).toEqual([]);
  });

  it('saves a named view per user', async () => {
    const z = await partnerTeam(t);
    const res = await z.colleague.post('/api/partners/views', {
      name: 'Jeugd Deurne',
      query: { focusArea: ['youth'], district: ['Deurne'] },
    });
    expect(res.statusCode).toBe(201);
    expect(
      (await z.colleague.post('/api/partners/views', { name: 'Jeugd Deurne', query: {} })).statusCode,
    ).toBe(409);
    expect((await z.colleague.get('/api/partners/views')).json()).toHaveLength(1);
    expect((await z.coordinator.get('/api/partners/views')).json()).toHaveLength(0);
    expect((await z.partner.get('/api/partners/views')).statusCode).toBe(403);
  });

  it('counts organisations per focus area × district and status, zeros included', async () => {
    const z = await partnerTeam(t);
    const prog = await createProgramme(z.coordinator);
    const a = await createOrganisation(z.coordinator, {
      focusAreas: ['youth', 'poverty'],
      districts: ['Borgerhout'],
    });
    await createOrganisation(z.coordinator, { focusAreas: ['youth'], districts: ['Borgerhout'] });
    await z.coordinator.post(`/api/partners/organisations/${a.id}/status`, {
      programmeId: prog.id,
      status: 'contacted',
    });
    const res = await z.colleague.get(`/api/partners/coverage?programmeId=${prog.id}`);
    expect(res.statusCode).toBe(200);
    const cell = (f: string, d: string) =>
      res
        .json()
        .cells.find((c: { focusArea: string; district: string }) => c.focusArea === f && c.district === d);
    expect(cell('youth', 'Borgerhout')).toMatchObject({ total: 2, byStatus: { contacted: 1, longlist: 1 } });
    expect(cell('poverty', 'Borgerhout')).toMatchObject({ total: 1, byStatus: { contacted: 1 } });
    expect(cell('cultural_identity', 'Hoboken')).toMatchObject({ total: 0 });
    expect((await z.partner.get('/api/partners/coverage')).statusCode).toBe(403);
  });
});
