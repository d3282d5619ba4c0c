import pino from 'pino';
import { createRetentionJob } from '../../../bot/privacy/retention-job';
import { retentionInfo } from '../../../bot/privacy/retention-info';
import { createSqliteStore, type KyselyStore } from '../../../bot/store';
import { conversationRef, department, forum, member } from '../store/fixtures';

const silent = pino({ level: 'silent' });

describe('retentionInfo', () => {
  const f = forum({
    finalMeetingDate: '2019-11-21',
    timeZone: 'Europe/Copenhagen',
    settings: { ...forum().settings, retentionDays: 90 },
  });

  test('purges at the start of final meeting + retentionDays, forum time', () => {
    const info = retentionInfo(f, new Date('2019-10-01T10:00:00Z'));
    expect(info).toMatchObject({
      purgeOnDate: '2020-02-19',
      purgeAt: '2020-02-18T23:00:00.000Z',
      status: 'running',
      purgedAt: null,
    });
    expect(info.daysUntilPurge).toBe(141);
  });

  test('closed after the final meeting, due from the purge instant, purged once recorded', () => {
    expect(retentionInfo(f, new Date('2019-11-22T10:00:00Z')).status).toBe('closed');
    expect(retentionInfo(f, new Date('2020-02-18T22:59:59Z')).status).toBe('closed');
    expect(retentionInfo(f, new Date('2020-02-18T23:00:00Z'))).toMatchObject({
      status: 'due',
      daysUntilPurge: 0,
    });
    const purged = retentionInfo(f, new Date('2020-03-01T00:00:00Z'), {
      forumId: f.id,
      purgedAt: '2020-02-19T00:10:00.000Z',
      answers: 1,
      members: 1,
      conversations: 0,
    });
    expect(purged).toMatchObject({ status: 'purged', purgedAt: '2020-02-19T00:10:00.000Z' });
  });
});

describe('the retention job', () => {
  let store: KyselyStore;
  beforeEach(async () => {
    store = createSqliteStore({ path: ':memory:' });
    await store.migrate();
  });
  afterEach(async () => {
    await store.close();
  });

  async function forumWithData(finalMeetingDate: string, retentionDays: number) {
    const f = forum({ finalMeetingDate, settings: { ...forum().settings, retentionDays } });
    await store.saveForum(f);
    const d = department(f.id);
    await store.saveDepartment(d);
    const m = member(f.id, { departmentIds: [d.id] });
    await store.saveMember(m);
    await store.saveConversationRef(conversationRef({ aadObjectId: m.aadObjectId }));
    await store.saveAnswer({
      forumId: f.id,
      departmentId: d.id,
      questionId: 'q1',
      memberId: m.id,
      value: { kind: 'text', text: 'hemmelig' },
      at: '2019-09-10T10:00:00.000Z',
    });
    return { f, d, m };
  }

  test('purges only forums past their retention, once, and logs it', async () => {
    const old = await forumWithData('2019-11-21', 30);
    const running = await forumWithData('2020-06-01', 30);
    const now = new Date('2019-12-22T06:00:00Z');
    const job = createRetentionJob({
      store,
      meetings: store.meetingStore(),
      clock: { now: () => now },
      log: silent,
    });

    const first = await job.runOnce(now);
    expect(first).toMatchObject({ checked: 2, alreadyPurged: 0, failed: [] });
    expect(first.purged).toEqual([
      expect.objectContaining({ forumId: old.f.id, answers: 1, members: 1, conversations: 1 }),
    ]);
    expect(await store.listAnswers(old.f.id)).toEqual([]);
    expect((await store.getMember(old.m.id))?.name).toBe('Anonymiseret deltager');
    expect(await store.listAnswers(running.f.id)).toHaveLength(1);
    const audit = await store.listAudit(old.f.id);
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'retention.purge',
        actorKind: 'system',
        details: { answers: 1, members: 1, conversations: 1, job: 'retention' },
      }),
    ]);

    const second = await job.runOnce(new Date('2019-12-23T06:00:00Z'));
    expect(second).toMatchObject({ purged: [], alreadyPurged: 1 });
    expect(await store.listAudit(old.f.id)).toHaveLength(1);
  });

  test('two instances running at the same moment purge once', async () => {
    const old = await forumWithData('2019-11-21', 1);
    const now = new Date('2019-12-01T00:00:00Z');
    const a = createRetentionJob({
      store,
      meetings: store.meetingStore(),
      clock: { now: () => now },
      log: silent,
    });
    const b = createRetentionJob({
      store,
      meetings: store.meetingStore(),
      clock: { now: () => now },
      log: silent,
    });
    const [ra, rb] = await Promise.all([a.runOnce(now), b.runOnce(now)]);
    expect(ra.purged.length + rb.purged.length).toBe(1);
    expect(await store.listAudit(old.f.id)).toHaveLength(1);
  });

  test('start() runs at once with the injected clock, stop() waits for it', async () => {
    const old = await forumWithData('2019-11-21', 1);
    const job = createRetentionJob({
      store,
      meetings: store.meetingStore(),
      clock: { now: () => new Date('2020-01-01T00:00:00Z') },
      log: silent,
      intervalMs: 60_000,
    });
    job.start();
    await job.stop();
    expect(await store.getRetentionPurge(old.f.id)).toBeDefined();
  });
});
