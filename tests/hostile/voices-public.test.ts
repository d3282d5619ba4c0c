import fc from 'fast-check';
import type { StoredVoiceRound } from '../../bot/store/voices/voice-store';
import { DEFAULT_VOICE_GROUPS } from '../../core/voices';
import { voiceRound } from '../bot/store/voices/voice-fixtures';
import { changedTables } from './support/db-snapshot';
import { describeOnBothDatabases, startHostileApp, type HostileApp } from './support/hostile-app';
import { count, printTally } from './support/tally';

/**
 * The public voices page (/stemmer/<code>) under hostile input: arbitrary bodies in any content
 * type, oversize bodies, a flood from one source, and submissions after expiry and revocation.
 * 0 × 500; a refused submission stores nothing; a flood stops at the limit.
 */
const NOW = new Date('2019-09-05T08:00:00.000Z');
const ENDPOINT = 'POST /stemmer/:code';
const REFUSED = new Set([400, 410, 413, 415, 422, 429]);

afterAll(() => printTally('public voices page'));

describeOnBothDatabases('public voices page', (db) => {
  let app: HostileApp;
  let clockNow = NOW;

  beforeAll(async () => {
    app = await startHostileApp(db, { clock: { now: () => clockNow } });
  }, 30_000);
  afterAll(async () => {
    await app?.stop();
  });

  let rounds = 0;
  async function openRound(overrides: Partial<StoredVoiceRound> = {}): Promise<StoredVoiceRound> {
    const [department] = await app.test.deps.store.listDepartments(app.forumId);
    const round = voiceRound({
      id: `hostile-round-${db}-${++rounds}`,
      forumId: app.forumId,
      departmentId: department!.id,
      closesAt: new Date(NOW.getTime() + 86_400_000).toISOString(),
      cap: 10_000,
      createdAt: NOW.toISOString(),
      createdBy: app.chef.id,
      ...overrides,
    });
    await app.test.app.voices.createRound(round);
    return round;
  }
  const voicesOf = async (round: StoredVoiceRound) =>
    (
      await app.test.app.voices.listVoices({ departmentId: round.departmentId, limit: 100_000, offset: 0 })
    ).voices.filter((v) => v.roundId === round.id);

  let source = 0;
  async function post(
    code: string,
    body: string,
    contentType: string,
    from = `192.0.2.${(source++ % 250) + 1}`,
  ) {
    const res = await fetch(`${app.url}/stemmer/${code}`, {
      method: 'POST',
      headers: { 'content-type': contentType, 'x-forwarded-for': from },
      body,
      redirect: 'manual',
    });
    await res.text();
    return res.status;
  }

  test('arbitrary bodies in any content type: never a 500; refused ones store nothing', async () => {
    const round = await openRound();
    const contentTypes = fc.constantFrom(
      'application/x-www-form-urlencoded',
      'application/json',
      'text/plain',
      'multipart/form-data; boundary=x',
      'application/octet-stream',
    );
    const formBody = fc
      .dictionary(
        fc.constantFrom('group', 'text', 'website', 'group[]', '__proto__', 'text[0]'),
        fc.string({ unit: 'binary', maxLength: 1200 }),
      )
      .map((fields) => new URLSearchParams(fields).toString());
    // Near-valid forms too, so that acceptance is tried as hard as refusal.
    const nearValid = fc
      .record({
        group: fc.constantFrom(...DEFAULT_VOICE_GROUPS.map((g) => g.id), 'BORGERE', ''),
        text: fc.string({ unit: 'binary', maxLength: 1100 }),
        website: fc.constantFrom('', '', '', 'x'),
      })
      .map((fields) => new URLSearchParams(fields).toString());
    const jsonBody = fc.jsonValue().map((v) => JSON.stringify(v));
    const rawBody = fc.string({ unit: 'binary', maxLength: 3000 });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(formBody, nearValid, nearValid, jsonBody, rawBody),
        contentTypes,
        async (body, contentType) => {
          const before = (await voicesOf(round)).length;
          const status = await post(round.code, body, contentType);
          expect(status).not.toBeGreaterThanOrEqual(500);
          const after = (await voicesOf(round)).length;
          if (status === 303) {
            count(ENDPOINT, 'accepted');
            expect(after).toBe(before + 1);
          } else {
            count(ENDPOINT, 'rejected');
            expect(REFUSED.has(status)).toBe(true);
            expect(after).toBe(before);
          }
        },
      ),
      { numRuns: 150 },
    );
    expect((await voicesOf(round)).length).toBeGreaterThan(0);
    // Whatever was stored is a checked voice: a known group and 1..1000 characters.
    for (const v of await voicesOf(round)) {
      expect(DEFAULT_VOICE_GROUPS.map((g) => g.id)).toContain(v.groupId);
      expect([...v.text].length).toBeGreaterThan(0);
      expect([...v.text].length).toBeLessThanOrEqual(1000);
    }
  }, 120_000);

  test('odd codes and paths: 404 pages, never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 80 }), async (code) => {
        const res = await fetch(`${app.url}/stemmer/${encodeURIComponent(code)}`);
        await res.text();
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });

  test('an oversize body is refused (413) and changes nothing', async () => {
    const round = await openRound();
    const before = await app.snapshots.take();
    const status = await post(
      round.code,
      `group=borgere&text=${'x'.repeat(40_000)}`,
      'application/x-www-form-urlencoded',
    );
    expect(status).toBe(413);
    expect(changedTables(before, await app.snapshots.take())).toEqual([]);
  });

  test('a body over the server limit (256 KiB): the form gets the friendly 413 page, a JSON client JSON', async () => {
    const round = await openRound();
    const before = await app.snapshots.take();
    const send = (body: string, contentType: string, accept: string) =>
      fetch(`${app.url}/stemmer/${round.code}`, {
        method: 'POST',
        headers: { 'content-type': contentType, accept, 'x-forwarded-for': '192.0.2.251' },
        body,
        redirect: 'manual',
      });
    const huge = 'x'.repeat(300 * 1024);
    const form = await send(`group=borgere&text=${huge}`, 'application/x-www-form-urlencoded', 'text/html');
    expect(form.status).toBe(413);
    expect(form.headers.get('content-type')).toMatch(/^text\/html/);
    expect(form.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const html = await form.text();
    expect(html).toMatch(/<html lang="da">/);
    expect(html).toMatch(/Dit svar blev ikke sendt/);
    expect(html).toMatch(/Det, der blev sendt, er for stort\./);
    expect(html).toContain(`/stemmer/${round.code}`);
    for (const [size, label] of [
      [300 * 1024, 'over the server limit'],
      [40 * 1024, 'over the form limit'],
    ] as const) {
      const json = await send(
        JSON.stringify({ group: 'borgere', text: 'x'.repeat(size) }),
        'application/json',
        'application/json',
      );
      expect([label, json.status]).toEqual([label, 413]);
      expect(json.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await json.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('too_large');
      expect(body.error.message).not.toBe('');
    }
    expect(changedTables(before, await app.snapshots.take())).toEqual([]);
    expect(await voicesOf(round)).toEqual([]);
  });

  test('a flood from one source stops at the limit; the link takes others', async () => {
    const round = await openRound();
    const flood = '198.18.0.1';
    const statuses = await Promise.all(
      Array.from({ length: 45 }, (_, i) =>
        post(round.code, `group=ledere&text=Svar+${i}`, 'application/x-www-form-urlencoded', flood),
      ),
    );
    expect(statuses.filter((s) => s === 303)).toHaveLength(30);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    expect(statuses.some((s) => s >= 500)).toBe(false);
    expect((await voicesOf(round)).length).toBe(30);
    expect(
      await post(
        round.code,
        'group=ledere&text=Andet+net',
        'application/x-www-form-urlencoded',
        '198.18.0.2',
      ),
    ).toBe(303);
  }, 60_000);

  test('after expiry and after revocation: 410, nothing stored', async () => {
    const expiring = await openRound({ closesAt: new Date(NOW.getTime() + 60_000).toISOString() });
    const revoked = await openRound();
    await app.test.app.voices.revokeRound(revoked.id, NOW.toISOString());
    clockNow = new Date(NOW.getTime() + 120_000);
    try {
      const before = await app.snapshots.take();
      for (const round of [expiring, revoked]) {
        expect(
          await post(round.code, 'group=borgere&text=For+sent', 'application/x-www-form-urlencoded'),
        ).toBe(410);
        const page = await fetch(`${app.url}/stemmer/${round.code}`);
        expect(page.status).toBe(410);
        await page.text();
      }
      expect(changedTables(before, await app.snapshots.take())).toEqual([]);
    } finally {
      clockNow = NOW;
    }
  });

  test('the cap per round holds', async () => {
    const round = await openRound({ cap: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push(
        await post(round.code, `group=borgere&text=Nr+${i}`, 'application/x-www-form-urlencoded'),
      );
    expect(statuses).toEqual([303, 303, 303, 410, 410]);
    expect((await voicesOf(round)).length).toBe(3);
  });
});
