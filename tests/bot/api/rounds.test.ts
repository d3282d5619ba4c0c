import type { TestApp } from '../../support/app-harness';
import { delivery } from '../store/fixtures';
import { call } from './support/api-client';
import { postRound, startOrganizerApp, type OrganizerApp } from './support/organizer-app';

describe('rounds, card preview and delivery status (organizer)', () => {
  let o: OrganizerApp;
  let app: TestApp;
  let forumId: string;
  let c: OrganizerApp['c'];
  let token: string;

  beforeAll(async () => {
    // The example period, so the plan lies in the future.
    o = await startOrganizerApp({ clock: { now: () => new Date('2019-08-31T08:00:00Z') } });
    ({ app, forumId, c, token } = o);
  });
  afterAll(() => app.stop());

  it('moves a round to a Sunday, 20:00 or the autumn holiday only when the organizer confirms', async () => {
    const [question] = await app.deps.store.listQuestions(forumId);
    const created = await postRound(o, {
      departmentId: null,
      kind: 'reminder',
      questionIds: [question!.id],
      localDate: '2019-09-10',
      localTime: '09:00',
    });
    expect(created.status).toBe(201);
    const round = created.body.round;
    const outside = [
      {
        localDate: '2019-09-08',
        localTime: '09:00',
        reason: 'Den 8. september 2019 er ikke en arbejdsdag (weekend).',
      },
      {
        localDate: '2019-09-10',
        localTime: '20:00',
        reason: 'Kl. 20:00 ligger i det stille tidsrum (17:00–08:00).',
      },
      { localDate: '2019-10-16', localTime: '09:00', reason: 'Efterårsferie' },
    ];
    for (const target of outside) {
      const refused = await call(app.url, `/api/rounds/${round.id}`, {
        token,
        method: 'PATCH',
        body: { localDate: target.localDate, localTime: target.localTime },
      });
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('round.confirmOutsideHours');
      expect(refused.body.error.message).toContain(target.reason);
      expect(refused.body.error.message).toContain('Send alligevel');
      expect(await app.deps.store.getRound(round.id)).toEqual(
        expect.objectContaining({ dueAt: round.dueAt }),
      );
    }
    const confirmed = await call(app.url, `/api/rounds/${round.id}`, {
      token,
      method: 'PATCH',
      body: { localDate: '2019-09-08', localTime: '20:00', acceptOutsideHours: true },
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.round.dueAt).toBe('2019-09-08T18:00:00.000Z');
    const audit = await app.deps.store.listAudit(forumId);
    expect(audit.find((e) => e.action === 'round.move')?.details).toEqual(
      expect.objectContaining({ acceptOutsideHours: true }),
    );
    await call(app.url, `/api/rounds/${round.id}`, { token, method: 'DELETE' });
  });

  it('proposes a plan, accepts it, creates, moves and cancels a round', async () => {
    const plan = await call(app.url, `/api/forums/${forumId}/plan`, { token });
    expect(plan.status).toBe(200);
    expect(plan.body.rounds.length).toBeGreaterThan(3);
    const accepted = await call(app.url, `/api/forums/${forumId}/plan/accept`, { token, method: 'POST' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.rounds.length).toBe(plan.body.rounds.length);

    const [question] = await app.deps.store.listQuestions(forumId);
    const created = await postRound(o, {
      departmentId: c.departments[0]!.id,
      kind: 'reminder',
      questionIds: [question!.id],
      localDate: '2019-10-28',
      localTime: '09:00',
    });
    expect(created.status).toBe(201);
    expect(created.body.round).toEqual(
      expect.objectContaining({
        kind: 'reminder',
        localDate: '2019-10-28',
        dueAt: '2019-10-28T08:00:00.000Z',
      }),
    );
    const id = created.body.round.id;

    const moved = await call(app.url, `/api/rounds/${id}`, {
      token,
      method: 'PATCH',
      body: { localDate: '2019-10-25', localTime: '10:00' },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.round.dueAt).toBe('2019-10-25T08:00:00.000Z');

    const cancelled = await call(app.url, `/api/rounds/${id}`, { token, method: 'DELETE' });
    expect(cancelled.body.round.state).toBe('cancelled');
    const again = await call(app.url, `/api/rounds/${id}`, {
      token,
      method: 'PATCH',
      body: { localDate: '2019-10-25', localTime: '10:00' },
    });
    expect(again.status).toBe(409);

    const invalid = await postRound(o, {
      departmentId: null,
      kind: 'sometimes',
      questionIds: [],
      localDate: '2019-02-30',
      localTime: '9',
    });
    expect(invalid.status).toBe(422);
    expect(Object.keys(invalid.body.error.fields).sort()).toEqual([
      'kind',
      'localDate',
      'localTime',
      'questionIds',
    ]);
  });

  it('previews the Adaptive Card exactly as the bot builds it, per member and language', async () => {
    const [round] = (await app.deps.store.listRounds(forumId)).filter(
      (r) => r.state === 'planned' && r.kind === 'prompt',
    );
    const chef = c.chefsOf(c.departments[0]!.id)[0]!;
    const res = await call(app.url, `/api/rounds/${round!.id}/preview?memberId=${chef.id}&locale=en`, {
      token,
    });
    expect(res.status).toBe(200);
    expect(res.body.locale).toBe('en');
    expect(res.body.card).toEqual(expect.objectContaining({ type: 'AdaptiveCard', version: '1.5' }));
    expect(res.body.activity.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(res.body.bytes).toBeLessThan(80_000);
    const group = await call(app.url, `/api/rounds/${round!.id}/preview`, { token });
    expect(group.body).toEqual(expect.objectContaining({ memberId: null, locale: 'da' }));
  });

  it('reports delivery status with counts and rows, and retries a failed delivery', async () => {
    const [round] = (await app.deps.store.listRounds(forumId)).filter((r) => r.state === 'planned');
    const chefs = c.chefsOf(c.departments[0]!.id);
    const now = '2019-08-31T08:00:00.000Z';
    await app.deps.store.addDeliveries(
      chefs.map((m, i) =>
        delivery(round!, {
          id: `d${i}`,
          recipientId: m.id,
          departmentId: m.departmentIds[0]!,
          dueAt: now,
          updatedAt: now,
        }),
      ),
    );
    const claimed = await app.deps.store.claimDeliveries({ now, owner: 'test', leaseMs: 60_000, limit: 2 });
    await app.deps.store.completeDelivery(
      claimed[0]!.id,
      'test',
      { state: 'sent', activityId: 'a', conversationId: 'c' },
      now,
    );
    await app.deps.store.completeDelivery(
      claimed[1]!.id,
      'test',
      { state: 'failed', error: 'HTTP 500' },
      now,
    );

    const res = await call(app.url, `/api/forums/${forumId}/deliveries?roundId=${round!.id}`, { token });
    expect(res.status).toBe(200);
    const [status] = res.body.rounds;
    expect(status.counts).toEqual(
      expect.objectContaining({ total: 3, sent: 1, failed: 1, pending: 1, answered: 0 }),
    );
    expect(status.rows.map((r: { recipientName: string }) => r.recipientName).sort()).toEqual(
      chefs.map((m) => m.name).sort(),
    );

    const retried = await call(app.url, `/api/deliveries/${claimed[1]!.id}/retry`, { token, method: 'POST' });
    expect(retried.status).toBe(200);
    expect(retried.body.delivery.state).toBe('pending');
    const notRetryable = await call(app.url, `/api/deliveries/${claimed[0]!.id}/retry`, {
      token,
      method: 'POST',
    });
    expect(notRetryable.status).toBe(409);
    expect(notRetryable.body.error.message).toEqual(expect.any(String));
  });
});
