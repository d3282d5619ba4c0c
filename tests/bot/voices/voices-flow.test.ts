import { officeText } from '../../support/office-text';
import { manualClock, startTestApp, type TestApp } from '../../support/app-harness';
import { call, cast, devToken } from '../api/support/api-client';
import type {
  DepartmentVoicesResponse,
  ForumOverviewResponse,
  VoicePageResponse,
  VoiceRoundResponse,
} from '../../../core/api';
import type { Department, Member } from '../../../core/model';

/** Posts the public form as a browser does (application/x-www-form-urlencoded), from `source`. */
let sources = 0;
/** A documentation address (RFC 5737) per call unless given: the test server trusts X-Forwarded-For from loopback. */
const nextSource = () => `198.51.100.${++sources}`;

async function postForm(url: string, path: string, fields: Record<string, string>, source = nextSource()) {
  const res = await fetch(url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': source },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
  return {
    status: res.status,
    location: res.headers.get('location'),
    html: await res.text(),
    headers: res.headers,
  };
}

async function getPage(url: string, path: string, headers: Record<string, string> = {}) {
  const res = await fetch(url + path, { headers, redirect: 'manual' });
  return { status: res.status, html: await res.text(), headers: res.headers };
}

describe('voices: a round, the public page, moderation and the summary section', () => {
  let app: TestApp;
  let dept: Department;
  let chef: Member;
  let tokens: Record<'chef' | 'organizer' | 'facilitator' | 'otherChef', string>;
  const clock = manualClock('2019-09-05T08:00:00.000Z');

  beforeAll(async () => {
    app = await startTestApp({ clock });
    const [forum] = await app.deps.store.listForums();
    const people = await cast(app.deps, forum!.id);
    dept =
      people.departments.find(
        (d) => people.chefsOf(d.id).length > 0 && people.facilitator.departmentIds.includes(d.id),
      ) ?? people.departments[0]!;
    chef = people.chefsOf(dept.id)[0]!;
    const otherDept = people.departments.find((d) => d.id !== dept.id && people.chefsOf(d.id).length > 0)!;
    const otherChef = people.chefsOf(otherDept.id).find((m) => !m.departmentIds.includes(dept.id))!;
    tokens = {
      chef: await devToken(app.url, chef.aadObjectId),
      organizer: await devToken(app.url, people.organizer.aadObjectId),
      facilitator: await devToken(app.url, people.facilitator.aadObjectId),
      otherChef: await devToken(app.url, otherChef.aadObjectId),
    };
  });
  afterAll(async () => app?.stop());

  const openRound = async (body: object = { closesOn: '2019-09-30' }) => {
    const res = await call<VoiceRoundResponse>(app.url, `/api/departments/${dept.id}/voice-rounds`, {
      token: tokens.chef,
      body,
    });
    expect(res.status).toBe(201);
    return res.body.round;
  };
  const codeOf = (link: string | null) => link!.split('/stemmer/')[1]!;

  it('opens a round with the example question and groups, a 128-bit link and a QR code', async () => {
    const round = await openRound();
    expect(round.question.da).toMatch(/^Hvad ønsker ledere, medarbejdere og borgere/);
    expect(round.groups.map((g) => g.label.da)).toEqual([
      'Ledere',
      'Medarbejdere',
      'Borgere',
      'Virksomheder og foreninger',
    ]);
    expect(round.status).toBe('open');
    expect(codeOf(round.link)).toMatch(/^[a-z2-7]{26}$/);
    // The last day is 30 September in Copenhagen: it closes at midnight local time (22:00 UTC).
    expect(round.closesAt).toBe('2019-09-30T22:00:00.000Z');
    const qr = await fetch(`${app.url}/api/voice-rounds/${round.id}/qr.svg`, {
      headers: { authorization: `Bearer ${tokens.chef}` },
    });
    expect(qr.status).toBe(200);
    expect(qr.headers.get('content-type')).toMatch(/image\/svg\+xml/);
    expect(await qr.text()).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });

  it('refuses bad rounds with a localized error and stores nothing', async () => {
    const before = (await app.app.voices.listRounds(dept.id)).length;
    const past = await call(app.url, `/api/departments/${dept.id}/voice-rounds`, {
      token: tokens.chef,
      body: { closesOn: '2019-09-01' },
    });
    expect(past.status).toBe(422);
    expect(JSON.stringify(past.body)).toMatch(/Lukkedatoen/);
    const dupGroups = await call(app.url, `/api/departments/${dept.id}/voice-rounds`, {
      token: tokens.chef,
      body: {
        closesOn: '2019-09-30',
        groups: [
          { id: 'a', label: { da: 'A' } },
          { id: 'a', label: { da: 'B' } },
        ],
      },
    });
    expect(dupGroups.status).toBe(422);
    const facilitator = await call(app.url, `/api/departments/${dept.id}/voice-rounds`, {
      token: tokens.facilitator,
      body: { closesOn: '2019-09-30' },
    });
    expect(facilitator.status).toBe(403);
    expect((await app.app.voices.listRounds(dept.id)).length).toBe(before);
  });

  it('serves the page in Danish first, in English on request, and 404s an unknown code', async () => {
    const round = await openRound();
    const path = `/stemmer/${codeOf(round.link)}`;
    const da = await getPage(app.url, path);
    expect(da.status).toBe(200);
    expect(da.headers.get('content-type')).toMatch(/text\/html/);
    expect(da.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(da.headers.get('set-cookie')).toBeNull();
    expect(da.html).toMatch(/<html lang="da">/);
    expect(da.html).toMatch(/Vi gemmer ikke dit navn, din e-mail eller din IP-adresse/);
    expect(da.html).not.toMatch(/<script/i);
    const en = await getPage(app.url, `${path}?lang=en`);
    expect(en.html).toMatch(/<html lang="en">/);
    expect(en.html).toMatch(/We do not store your name/);
    const byHeader = await getPage(app.url, path, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(byHeader.html).toMatch(/<html lang="en">/);
    const unknown = await getPage(app.url, `/stemmer/${'a'.repeat(26)}`);
    expect(unknown.status).toBe(404);
    expect(unknown.html).toMatch(/Siden findes ikke/);
    expect((await getPage(app.url, '/stemmer/<script>')).status).toBe(404);
  });

  it('takes a voice without a trace of the sender, which waits until a chef shows it', async () => {
    const round = await openRound();
    const code = codeOf(round.link);
    const text = 'Inviter os med, før <b>beslutningen</b> er truffet.';
    const sent = await postForm(app.url, `/stemmer/${code}`, { group: 'borgere', text, website: '' });
    expect(sent.status).toBe(303);
    expect(sent.location).toBe(`/stemmer/${code}?sent=1&lang=da`);
    const thanks = await getPage(app.url, sent.location!);
    expect(thanks.html).toMatch(/Tak for dit svar/);

    const [stored] = (
      await app.app.voices.listVoices({ departmentId: dept.id, state: 'waiting', limit: 10, offset: 0 })
    ).voices.filter((v) => v.roundId === round.id);
    expect(stored).toMatchObject({ text, groupId: 'borgere', state: 'waiting' });
    expect(Object.keys(stored!).sort()).toEqual(
      [
        'createdAt',
        'departmentId',
        'forumId',
        'groupId',
        'id',
        'moderatedAt',
        'roundId',
        'state',
        'text',
      ].sort(),
    );

    const before = await call<DepartmentVoicesResponse>(app.url, `/api/departments/${dept.id}/voices`, {
      token: tokens.chef,
    });
    expect(before.body.summary.total.waiting).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(before.body.summary)).not.toContain('beslutningen');

    const queue = await call<VoicePageResponse>(
      app.url,
      `/api/departments/${dept.id}/voices/moderation?state=waiting`,
      {
        token: tokens.chef,
      },
    );
    expect(queue.body.voices.map((v) => v.id)).toContain(stored!.id);
    const shown = await call(app.url, `/api/voices/${stored!.id}/state`, {
      method: 'PUT',
      token: tokens.chef,
      body: { state: 'shown' },
    });
    expect(shown.status).toBe(200);

    const after = await call<DepartmentVoicesResponse>(app.url, `/api/departments/${dept.id}/voices`, {
      token: tokens.chef,
    });
    const borgere = after.body.summary.groups.find((g) => g.groupId === 'borgere')!;
    expect(borgere.texts.map((v) => v.text)).toContain(text);

    // The organizer sees counts only until the department shares the round.
    const organizerView = await call<DepartmentVoicesResponse>(
      app.url,
      `/api/departments/${dept.id}/voices`,
      {
        token: tokens.organizer,
      },
    );
    expect(organizerView.body.summary.total.shown).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(organizerView.body.summary)).not.toContain('beslutningen');
    expect(organizerView.body.may).toEqual({ manage: true, moderate: false });
    await call(app.url, `/api/voice-rounds/${round.id}`, {
      method: 'PATCH',
      token: tokens.chef,
      body: { shared: true },
    });
    const shared = await call<DepartmentVoicesResponse>(app.url, `/api/departments/${dept.id}/voices`, {
      token: tokens.organizer,
    });
    expect(JSON.stringify(shared.body.summary)).toContain('beslutningen');

    const actions = (await app.deps.store.listAudit(dept.forumId)).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['voices.round.open', 'voices.voice.show', 'voices.round.update']),
    );
  });

  it("the forum overview counts each department's shown voices: never waiting ones, never a text", async () => {
    const round = await openRound();
    const text = 'Tal med os om hjemmeplejen.';
    await postForm(app.url, `/stemmer/${codeOf(round.link)}`, { group: 'ledere', text, website: '' });
    const overview = async () => {
      const res = await call<ForumOverviewResponse>(app.url, `/api/forums/${dept.forumId}/overview`, {
        token: tokens.organizer,
      });
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).not.toContain('hjemmeplejen');
      return res.body.voicesShown[dept.id] ?? 0;
    };
    const before = await overview();
    const shownInStore = async () =>
      (await app.app.voices.countVoices([dept.id]))
        .filter((c) => c.state === 'shown')
        .reduce((n, c) => n + c.count, 0);
    expect(before).toBe(await shownInStore());
    const [waiting] = (
      await app.app.voices.listVoices({ departmentId: dept.id, state: 'waiting', limit: 50, offset: 0 })
    ).voices.filter((v) => v.text === text);
    await call(app.url, `/api/voices/${waiting!.id}/state`, {
      method: 'PUT',
      token: tokens.chef,
      body: { state: 'shown' },
    });
    expect(await overview()).toBe(before + 1);
  });

  it('refuses bad submissions with a clear message and stores nothing', async () => {
    const round = await openRound();
    const path = `/stemmer/${codeOf(round.link)}`;
    const count = async () => (await app.app.voices.countVoices([dept.id])).reduce((n, c) => n + c.count, 0);
    const before = await count();
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ group: 'borgere', text: '   ' }, /Skriv dit svar i feltet/],
      [{ group: 'ukendt', text: 'Hej' }, /Vælg, hvem du svarer som/],
      [{ group: 'borgere', text: 'x'.repeat(1001) }, /højst 1\.000 tegn/],
      [{ group: 'borgere', text: 'Hej', website: 'http://spam.example' }, /automatisk/],
    ];
    for (const [fields, message] of cases) {
      const res = await postForm(app.url, path, fields);
      expect(res.status).toBe(422);
      expect(res.html).toMatch(message);
      expect(res.html).toMatch(/role="alert"/);
    }
    const escaped = await postForm(app.url, path, { group: 'nope', text: '<script>alert(1)</script>' });
    expect(escaped.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escaped.html).not.toContain('<script>alert');
    const big = await postForm(app.url, path, { group: 'borgere', text: 'x'.repeat(20_000) });
    expect(big.status).toBe(413);
    expect(await count()).toBe(before);
  });

  it('limits one source, lets another through, and forgets the source', async () => {
    const round = await openRound();
    const path = `/stemmer/${codeOf(round.link)}`;
    const flood = '203.0.113.7';
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) {
      statuses.push((await postForm(app.url, path, { group: 'ledere', text: `Svar ${i}` }, flood)).status);
    }
    expect(statuses.filter((s) => s === 303)).toHaveLength(30);
    expect(statuses.slice(30)).toEqual([429, 429]);
    const limited = await postForm(app.url, path, { group: 'ledere', text: 'Endnu et' }, flood);
    expect(limited.html).toMatch(/Vent et par minutter/);
    expect(limited.headers.get('retry-after')).toBe('600');
    expect((await postForm(app.url, path, { group: 'ledere', text: 'Fra et andet net' })).status).toBe(303);
    const stored = await app.app.voices.listVoices({ departmentId: dept.id, limit: 100, offset: 0 });
    expect(JSON.stringify(stored)).not.toContain('203.0.113.7');
  });

  it('refuses after revocation (410) and after the closing date (410)', async () => {
    const revoked = await openRound();
    const res = await call<VoiceRoundResponse>(app.url, `/api/voice-rounds/${revoked.id}/revoke`, {
      token: tokens.chef,
      body: {},
    });
    expect(res.body.round.status).toBe('revoked');
    const page = await getPage(app.url, `/stemmer/${codeOf(revoked.link)}`);
    expect(page.status).toBe(410);
    expect(page.html).toMatch(/trukket tilbage/);
    const post = await postForm(app.url, `/stemmer/${codeOf(revoked.link)}`, {
      group: 'borgere',
      text: 'Hej',
    });
    expect(post.status).toBe(410);
    const change = await call(app.url, `/api/voice-rounds/${revoked.id}`, {
      method: 'PATCH',
      token: tokens.chef,
      body: { cap: 5 },
    });
    expect(change.status).toBe(409);

    const closing = await openRound({ closesOn: '2019-09-06' });
    clock.set('2019-09-06T22:00:00.000Z');
    try {
      const closed = await postForm(app.url, `/stemmer/${codeOf(closing.link)}`, {
        group: 'borgere',
        text: 'For sent',
      });
      expect(closed.status).toBe(410);
      expect(closed.html).toMatch(/Spørgsmålet er lukket/);
    } finally {
      clock.set('2019-09-05T08:00:00.000Z');
    }
  });

  it('lets only the department’s chefs moderate, and audits every action', async () => {
    const round = await openRound();
    expect(
      (await postForm(app.url, `/stemmer/${codeOf(round.link)}`, { group: 'borgere', text: 'Mere dialog' }))
        .status,
    ).toBe(303);
    const voice = (
      await app.app.voices.listVoices({ departmentId: dept.id, state: 'waiting', limit: 100, offset: 0 })
    ).voices.find((v) => v.roundId === round.id)!;
    for (const token of [tokens.organizer, tokens.facilitator, tokens.otherChef]) {
      const res = await call(app.url, `/api/voices/${voice.id}/state`, {
        method: 'PUT',
        token,
        body: { state: 'hidden' },
      });
      expect(res.status).toBe(403);
    }
    const hide = await call(app.url, `/api/voices/${voice.id}/state`, {
      method: 'PUT',
      token: tokens.chef,
      body: { state: 'hidden' },
    });
    expect(hide.status).toBe(200);
    const entry = (await app.deps.store.listAudit(dept.forumId)).find(
      (e) => e.action === 'voices.voice.hide',
    );
    expect(entry).toMatchObject({ targetKind: 'voice', targetId: voice.id });
  });
});

describe('voices in the exports', () => {
  let app: TestApp;
  let dept: Department;
  let chefToken: string;
  let organizerToken: string;

  beforeAll(async () => {
    app = await startTestApp({ clock: manualClock('2019-09-05T08:00:00.000Z') });
    const [forum] = await app.deps.store.listForums();
    const people = await cast(app.deps, forum!.id);
    dept = people.departments.find((d) => people.chefsOf(d.id).length > 0)!;
    chefToken = await devToken(app.url, people.chefsOf(dept.id)[0]!.aadObjectId);
    organizerToken = await devToken(app.url, people.organizer.aadObjectId);
    const opened = await call<VoiceRoundResponse>(app.url, `/api/departments/${dept.id}/voice-rounds`, {
      token: chefToken,
      body: { closesOn: '2019-09-30' },
    });
    const path = `/stemmer/${opened.body.round.link!.split('/stemmer/')[1]}`;
    for (const [group, text] of [
      ['borgere', '=HYPERLINK("x") skal ikke regne'],
      ['ledere', 'Giv os mandat'],
      ['medarbejdere', 'Skjul mig'],
    ]) {
      expect((await postForm(app.url, path, { group: group!, text: text! })).status).toBe(303);
    }
    const waiting = await app.app.voices.listVoices({ departmentId: dept.id, limit: 10, offset: 0 });
    for (const v of waiting.voices) {
      await call(app.url, `/api/voices/${v.id}/state`, {
        method: 'PUT',
        token: chefToken,
        body: { state: v.text === 'Skjul mig' ? 'hidden' : 'shown' },
      });
    }
  });
  afterAll(async () => app?.stop());

  it('the CSV carries the shown voices, formula-neutralized, never hidden ones', async () => {
    const res = await fetch(`${app.url}/api/departments/${dept.id}/voices.csv`, {
      headers: { authorization: `Bearer ${chefToken}` },
    });
    expect(res.status).toBe(200);
    const csv = await res.text();
    expect(csv).toContain('Giv os mandat');
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).not.toContain('Skjul mig');
    // The organizer reads counts only: the department does not share the round.
    const organizer = await fetch(`${app.url}/api/departments/${dept.id}/voices.csv`, {
      headers: { authorization: `Bearer ${organizerToken}` },
    });
    const organizerCsv = await organizer.text();
    expect(organizerCsv).not.toContain('Giv os mandat');
  });

  it('the Word export has the Stemmer section with the shown texts', async () => {
    const res = await fetch(`${app.url}/api/departments/${dept.id}/export.docx`, {
      headers: { authorization: `Bearer ${chefToken}` },
    });
    expect(res.status).toBe(200);
    const text = await officeText(Buffer.from(await res.arrayBuffer()), 'word/');
    expect(text).toContain('Stemmer fra ledere, medarbejdere og borgere');
    expect(text).toContain('Giv os mandat');
    expect(text).not.toContain('Skjul mig');
  });
});
