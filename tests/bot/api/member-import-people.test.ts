import type { Department, Member } from '../../../core/model';
import { withStoredRoster } from '../../../bot/teams/stored-roster';
import { startTestApp, type TestApp } from '../../support/app-harness';
import {
  describeWithPostgres,
  dropSchema,
  TEST_DATABASE_URL,
  uniqueSchemaName,
} from '../../support/postgres';
import { call, cast, devToken } from './support/api-client';

/**
 * The member import as an organizer in a Danish municipality writes it: Danish column names, no
 * Entra object ids (found by e-mail/UPN from the forum's members and the rosters of linked chats),
 * people not found listed by name in Danish with nothing applied, errors naming the typed column.
 */
const ROSA = { aadObjectId: '7a7a7a7a-1111-4222-8333-000000000001', name: 'Rosa Roster' };
const ROSA_EMAIL = 'rosa.roster@kommune.example';
const ROSA_UPN = 'rr1234@kommune.example';
const OLE = { aadObjectId: '7a7a7a7a-1111-4222-8333-000000000002', name: 'Ole Upn' };
const UNRESOLVED =
  'Vi kender ikke personens Teams-konto endnu: tilføj Samskab til afdelingens chat, eller angiv Entra-objekt-id.';

function describeImport(name: string, open: () => Promise<{ app: TestApp; done(): Promise<void> }>) {
  describe(`member import by e-mail on ${name}`, () => {
    let app: TestApp;
    let done: () => Promise<void>;
    let forumId: string;
    let token: string;
    let departments: Department[];
    let known: Member;

    beforeAll(async () => {
      ({ app, done } = await open());
      forumId = (await app.deps.store.listForums())[0]!.id;
      const c = await cast(app.deps, forumId);
      token = await devToken(app.url, c.organizer.aadObjectId);
      departments = c.departments;
      known = c.chefsOf(departments[0]!.id).find((m) => m.email)!;
      // A group chat linked to the first department, whose roster `synk` stored.
      await app.deps.store.saveConversationRef({
        conversationId: '19:roster@thread.v2',
        kind: 'groupChat',
        tenantId: null,
        aadObjectId: null,
        departmentId: departments[0]!.id,
        reference: withStoredRoster({ conversation: { id: '19:roster@thread.v2' } }, [
          { ...ROSA, email: ROSA_EMAIL, userPrincipalName: ROSA_UPN },
          { ...OLE, email: null, userPrincipalName: 'ole.upn@kommune.example' },
        ]),
        installedAt: '2019-08-01T08:00:00.000Z',
        removedAt: null,
        reachable: true,
        lastError: null,
      });
    });
    afterAll(async () => {
      await app?.stop();
      await done?.();
    });

    const importCsv = (csv: string, dryRun: boolean, locale = 'da') =>
      call(app.url, `/api/forums/${forumId}/members/import`, {
        token,
        body: { csv, dryRun },
        headers: { 'accept-language': locale },
      });

    test('Danish headers; ids found by e-mail and UPN from the chat roster and by a known member’s e-mail', async () => {
      const [d1, d2] = departments;
      const csv = [
        'navn;e-mail;rolle;afdelinger;sprog',
        `Rosa Roster;${ROSA_EMAIL.toUpperCase()};chef;${d1!.name.da};da`,
        `Ole Upn;ole.upn@kommune.example;facilitator;"${d1!.name.da}; ${d2!.name.en}";engelsk`,
        `${known.name};${known.email};arrangør;${d1!.name.da};da`,
      ].join('\n');
      const dry = await importCsv(csv, true);
      expect(dry.status).toBe(200);
      expect(dry.body).toMatchObject({ errorRows: 0, created: 2, updated: 1 });

      const res = await importCsv(csv, false);
      expect(res.status).toBe(200);
      expect(res.body.applied).toBe(true);
      const members = await app.deps.store.listMembers(forumId);
      const rosa = members.find((m) => m.aadObjectId === ROSA.aadObjectId)!;
      expect(rosa).toMatchObject({ name: 'Rosa Roster', role: 'chef', departmentIds: [d1!.id] });
      const ole = members.find((m) => m.aadObjectId === OLE.aadObjectId)!;
      expect(ole).toMatchObject({ role: 'facilitator', locale: 'en', departmentIds: [d1!.id, d2!.id] });
      expect(members.find((m) => m.id === known.id)!.role).toBe('organizer');
      expect(members.filter((m) => m.email === known.email)).toHaveLength(1);
    });

    test('a person the bot does not know is listed by name in Danish, and nothing is applied', async () => {
      const before = await app.deps.store.listMembers(forumId);
      const csv = [
        'Navn,E-mail,Rolle,Afdelinger',
        `Rosa Roster,${ROSA_UPN},chef,${departments[0]!.name.da}`,
        `Ukendt Person,ukendt.person@kommune.example,chef,${departments[1]!.name.da}`,
      ].join('\n');
      const dry = await importCsv(csv, true);
      expect(dry.body.errorRows).toBe(1);
      const row = dry.body.rows[1];
      expect(row).toMatchObject({
        line: 3,
        ok: false,
        unresolved: true,
        name: 'Ukendt Person',
        email: 'ukendt.person@kommune.example',
        member: null,
        errors: { 'E-mail': UNRESOLVED },
      });
      expect(dry.body.rows[0]).toMatchObject({ ok: true, unresolved: false, name: 'Rosa Roster' });

      const res = await importCsv(csv, false);
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('import_has_errors');
      expect(res.body.import.rows[1].errors['E-mail']).toBe(UNRESOLVED);
      expect(await app.deps.store.listMembers(forumId)).toEqual(before);
    });

    test('removing a member drops them from the kept chat roster: their e-mail is no longer known', async () => {
      const rosa = (await app.deps.store.listMembers(forumId)).find(
        (m) => m.aadObjectId === ROSA.aadObjectId,
      )!;
      const remove = (body: unknown) =>
        call(app.url, `/api/members/${rosa.id}`, { token, method: 'DELETE', body });
      const { confirmToken } = (await remove({ eraseAnswers: false })).body;
      expect((await remove({ eraseAnswers: false, confirmToken })).body.status).toBe('removed');
      const dry = await importCsv(
        `navn;e-mail;rolle;afdelinger\nRosa Roster;${ROSA_EMAIL};chef;${departments[0]!.name.da}`,
        true,
      );
      expect(dry.body.rows[0]).toMatchObject({ ok: false, unresolved: true, name: 'Rosa Roster' });
      const ole = await importCsv(`navn;e-mail;rolle\nOle Upn;ole.upn@kommune.example;facilitator`, true);
      expect(ole.body.rows[0]).toMatchObject({ ok: true, unresolved: false });
    });

    test('errors name the column as typed (Danish and English) and the failed row keeps its name and e-mail', async () => {
      const da = await importCsv(
        `Navn;E-mail;Rolle;Afdelinger;Sprog\nBodil Bred;${ROSA_EMAIL};boss;Månebasen;fr`,
        true,
      );
      expect(da.body.rows[0]).toMatchObject({
        ok: false,
        name: 'Bodil Bred',
        email: ROSA_EMAIL,
        errors: {
          Rolle: 'Rollen skal være chef, facilitator eller arrangør.',
          Afdelinger: 'Ukendt afdeling: Månebasen.',
          Sprog: 'Sproget skal være da (dansk) eller en (engelsk).',
        },
      });
      const en = await importCsv(
        'name,email,aadObjectId,role,departments,language\nBad Row,not-an-e-mail,xyz,chef,,da',
        true,
        'en',
      );
      const row = en.body.rows[0];
      expect(row).toMatchObject({ ok: false, name: 'Bad Row', email: 'not-an-e-mail' });
      expect(row.errors).toEqual({
        email: 'Invalid e-mail address.',
        aadObjectId: 'Must be an Entra object id (GUID).',
        departments: 'A chef belongs to exactly one department.',
      });
      // A file with neither e-mail nor Entra object id is refused, naming the column in Danish.
      const header = await importCsv('navn;rolle\nX;chef', true);
      expect(header.status).toBe(422);
      expect(header.body.error.message).toContain('mangler: e-mail');
    });
  });
}

describeImport('SQLite', async () => ({ app: await startTestApp(), done: async () => undefined }));

describeWithPostgres('member import by e-mail on PostgreSQL', () => {
  const schema = uniqueSchemaName('importpeople');
  describeImport('PostgreSQL', async () => ({
    app: await startTestApp({ env: { DATABASE_URL: TEST_DATABASE_URL, PG_SCHEMA: schema } }),
    done: () => dropSchema(schema),
  }));
});
