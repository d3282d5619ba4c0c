import { type Activity, TestAdapter, TurnContext } from 'botbuilder';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { AppDeps } from '../../../bot/app-deps';
import { loadConfig } from '../../../bot/config';
import { seedExampleForum } from '../../../bot/seed/seed-example';
import { openStore } from '../../../bot/store';
import {
  createPrivacyBot,
  parsePrivacyCommand,
  PRIVACY_VERBS,
  type PrivacyBot,
} from '../../../bot/teams/privacy';
import type { Member } from '../../../core/model';
import { assertCardValid } from '../teams/support/validate-card';
import { answerSome } from './support/answers';
import { createKeyring } from '../../../bot/keys/keyring';

describe('privacy commands in the bot', () => {
  test('recognizes the Danish and English phrases, with mentions and punctuation', () => {
    expect(parsePrivacyCommand('mine data')).toBe('show');
    expect(parsePrivacyCommand('<at>Samskab</at> My Data!')).toBe('show');
    expect(parsePrivacyCommand('slet mine data')).toBe('delete');
    expect(parsePrivacyCommand('  Delete   my data. ')).toBe('delete');
    expect(parsePrivacyCommand('slet')).toBeNull();
    expect(parsePrivacyCommand('mine data please')).toBeNull();
  });

  let dir: string;
  let deps: AppDeps;
  let privacy: PrivacyBot;
  let chef: Member;
  let adapter: TestAdapter;
  let now = new Date('2019-10-01T10:00:00.000Z');

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'samskab-privacy-bot-'));
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      SQLITE_PATH: path.join(dir, 'b.sqlite'),
      PUBLIC_URL: 'https://samskab.example.test',
    });
    const opened = await openStore({ sqlitePath: path.join(dir, 'b.sqlite') });
    await opened.store.migrate();
    now = new Date('2019-10-01T10:00:00.000Z');
    const clock = { now: () => new Date(now) };
    let n = 0;
    const ids = () => `20000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
    const seeded = await seedExampleForum(opened.store, clock, ids);
    deps = {
      config,
      ...opened,
      keys: createKeyring(opened.store, { clock }),
      clock,
      ids,
      log: pino({ level: 'silent' }),
    };
    chef = (await deps.store.listMembers(seeded.forumId!)).find((m) => m.role === 'chef')!;
    await answerSome(deps.store, chef, 2, 'Min refleksion');
    privacy = createPrivacyBot(deps);
    // The wiring the bot does: privacy commands and card actions first.
    // The wiring SamskabBot does: privacy first, else the bot's own handling.
    adapter = new TestAdapter(async (context: TurnContext) => {
      if (context.activity.type === 'invoke') {
        const action = (
          context.activity.value as { action?: { data?: Record<string, unknown>; verb?: string } }
        ).action;
        const response = await privacy.handleInvoke(context, {
          ...(action?.data ?? {}),
          samskab: action?.verb,
        });
        await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: response } });
        return;
      }
      if (!(await privacy.handleMessage(context))) await context.sendActivity('not mine');
    });
  });
  afterEach(async () => {
    await deps.store.close();
    await deps.changes.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const from = (member: { aadObjectId: string; name: string }) => ({
    id: `29:${member.aadObjectId}`,
    name: member.name,
    aadObjectId: member.aadObjectId,
  });
  async function send(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    adapter.activeQueue.splice(0);
    await adapter.processActivity({ type: 'message', locale: 'da-DK', from: from(chef), ...activity });
    const replies = adapter.activeQueue.splice(0);
    for (const r of replies) for (const a of r.attachments ?? []) assertCardValid(a.content);
    return replies;
  }
  /** What the person reads: the message text, or the card's summary. */
  const said = (a: Partial<Activity> | undefined) => a?.text ?? a?.summary;
  const cardOf = (a: Partial<Activity>) => JSON.stringify(a.attachments?.[0]?.content ?? {});
  const tokenOf = (a: Partial<Activity>): string => {
    const match = /"token":"([^"]+)"/.exec(cardOf(a));
    if (!match?.[1]) throw new Error('no token on the card');
    return match[1];
  };

  test('"mine data" shows counts and when the data goes, with a link to the tab', async () => {
    const [reply] = await send({ text: 'mine data' });
    const card = cardOf(reply!);
    expect(card).toContain('Du har 2 svar (4 gemte udgaver)');
    expect(card).toContain('https://samskab.example.test/tab/#/me');
    expect(card).toContain(PRIVACY_VERBS.ask);
  });

  test('"slet mine data" asks first; Cancel deletes nothing; Confirm deletes and says what was kept', async () => {
    const [ask] = await send({ text: 'slet mine data' });
    expect(cardOf(ask!)).toContain('Slet dine svar?');
    const [cancelled] = await send({ value: { samskab: PRIVACY_VERBS.cancel } });
    expect(said(cancelled)).toBe('Intet er slettet.');
    expect(await deps.store.listAnswers(chef.forumId, { memberId: chef.id })).toHaveLength(2);

    const [done] = await send({ value: { samskab: PRIVACY_VERBS.confirm, token: tokenOf(ask!) } });
    expect(said(done)).toMatch(/^Slettet: 2 svar og 4 udgaver/);
    expect(await deps.store.listAnswers(chef.forumId, { memberId: chef.id })).toEqual([]);
    expect((await deps.store.listAudit(chef.forumId))[0]).toMatchObject({
      action: 'privacy.erase',
      actorMemberId: chef.id,
    });
  });

  test('a facilitator with notes and no answers sees them, and "slet mine data" deletes the notes, not the date', async () => {
    const facilitator = (await deps.store.listMembers(chef.forumId)).find((m) => m.role === 'facilitator')!;
    const departmentId = chef.departmentIds[0]!;
    await deps.meetings.recordMeeting({
      forumId: chef.forumId,
      departmentId,
      date: '2019-10-22',
      startTime: null,
      endTime: null,
      recordedBy: chef.id,
      at: now.toISOString(),
    });
    await deps.meetings.saveNotes(departmentId, 'Facilitatorens noter', now.toISOString(), facilitator.id);
    const mine = await send({ text: 'mine data', from: from(facilitator) });
    expect(cardOf(mine[0]!)).toContain(
      'Du har registreret datoen eller skrevet noterne til 1 møde med facilitatoren',
    );
    expect(cardOf(mine[0]!)).toContain(PRIVACY_VERBS.ask);

    const [ask] = await send({ text: 'slet mine data', from: from(facilitator) });
    expect(cardOf(ask!)).toContain('Noterne fra møderne med facilitatoren slettes');
    expect(cardOf(ask!)).not.toContain('Dine 0 svar');
    const [done] = await send({
      value: { samskab: PRIVACY_VERBS.confirm, token: tokenOf(ask!) },
      from: from(facilitator),
    });
    expect(said(done)).toContain('navnet er fjernet fra 0 mødedatoer, og 1 note er slettet');
    expect(await deps.meetings.getMeeting(departmentId)).toMatchObject({
      date: '2019-10-22',
      recordedBy: chef.id,
      notes: '',
      notesBy: null,
    });
  });

  test('a confirmation is refused when forged, from someone else, or expired', async () => {
    const [ask] = await send({ text: 'delete my data', locale: 'en-US' });
    const token = tokenOf(ask!);
    const other = (await deps.store.listMembers(chef.forumId)).find(
      (m) => m.id !== chef.id && m.role === 'chef',
    )!;
    await answerSome(deps.store, other, 1, 'Andens');
    adapter.activeQueue.splice(0);
    await adapter.processActivity({
      type: 'message',
      from: from(other),
      value: { samskab: PRIVACY_VERBS.confirm, token },
    });
    expect(said(adapter.activeQueue.splice(0)[0])).toMatch(/udløbet|expired/);
    expect(await deps.store.listAnswers(chef.forumId, { memberId: other.id })).toHaveLength(1);

    expect(said((await send({ value: { samskab: PRIVACY_VERBS.confirm, token: `${token}0` } }))[0])).toMatch(
      /udløbet/,
    );
    expect(said((await send({ value: { samskab: PRIVACY_VERBS.confirm } }))[0])).toMatch(/udløbet/);
    now = new Date(now.getTime() + 16 * 60_000);
    expect(said((await send({ value: { samskab: PRIVACY_VERBS.confirm, token } }))[0])).toMatch(/udløbet/);
    expect(await deps.store.listAnswers(chef.forumId, { memberId: chef.id })).toHaveLength(2);
  });

  test('a person who is not in a forum is told so', async () => {
    const [reply] = await send({
      text: 'my data',
      from: { id: '29:x', name: 'X', aadObjectId: 'nobody' },
      locale: 'en-US',
    });
    expect(said(reply)).toBe('You are not part of a forum in Samskab, so there is no data about you.');
  });

  test('Action.Execute: the confirm card comes back as the invoke response; other verbs are left to the bot', async () => {
    adapter.activeQueue.splice(0);
    await adapter.processActivity({
      type: 'invoke',
      name: 'adaptiveCard/action',
      from: from(chef),
      value: { action: { type: 'Action.Execute', verb: PRIVACY_VERBS.ask, data: {} } },
    });
    const [ask] = adapter.activeQueue.splice(0);
    const body = (ask!.value as { body: { type: string; value: unknown } }).body;
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    assertCardValid(body.value);
    expect(JSON.stringify(body.value)).toContain(PRIVACY_VERBS.confirm);

    await adapter.processActivity({
      type: 'invoke',
      name: 'adaptiveCard/action',
      from: from(chef),
      value: { action: { type: 'Action.Execute', verb: 'answer', data: {} } },
    });
    expect((adapter.activeQueue.splice(0)[0]!.value as { body: unknown }).body).toBeNull();
    expect(said((await send({ text: 'status' }))[0])).toBe('not mine');
  });
});
