import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { LeaseLostError } from '../../../bot/scheduler/lease-keeper';
import { createProactiveSender, SendRateLimiter, StoreSendLimiter } from '../../../bot/teams/proactive';
import { standInReference } from '../../support/connector-refs';
import { startConnectorStandIn, type ConnectorStandIn } from '../../support/connector-stand-in';

/** The real botbuilder path (CloudAdapter.continueConversationAsync) against the stand-in. */
describe('proactive sender through botbuilder', () => {
  let standIn: ConnectorStandIn;
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const limiter = new SendRateLimiter({ globalPerSecond: 200 });
  const sender = createProactiveSender({ adapter, botAppId: '', limiter, requestTimeoutMs: 300 });
  const ref = (id: string) => standInReference(standIn.url, id, 'personal', 'aad-1');

  beforeEach(async () => {
    standIn = await startConnectorStandIn({ globalPerSecond: 200 });
  });
  afterEach(() => standIn.close());

  it('sends and keeps the activity id, so the card can be updated later', async () => {
    const sent = await sender.send(ref('a:1'), { type: 'message', text: 'hej' });
    expect(sent).toEqual({ ok: true, activityId: '1', conversationId: 'a:1' });
    const updated = await sender.update(ref('a:1'), '1', { type: 'message', text: 'lukket' });
    expect(updated.ok).toBe(true);
    expect(standIn.updates).toEqual([expect.objectContaining({ conversationId: 'a:1', activityId: '1' })]);
  });

  it('reads 429 with Retry-After and does not retry hidden in the connector pipeline', async () => {
    standIn.faults.add({ kind: 429, times: 1, retryAfterSeconds: 7 });
    const result = await sender.send(ref('a:2'), { type: 'message', text: 'x' });
    expect(result).toEqual({
      ok: false,
      failure: expect.objectContaining({ kind: 'transient', status: 429, retryAfterMs: 7000 }),
    });
    expect(standIn.stats.requests).toBe(1);
    expect(standIn.sends).toHaveLength(0);
  });

  it("pauses the conversation for a 429's Retry-After: the next send to it waits, others do not", async () => {
    const own = createProactiveSender({
      adapter,
      botAppId: '',
      limiter: new SendRateLimiter({ globalPerSecond: 200 }),
      requestTimeoutMs: 5_000,
    });
    standIn.faults.add({ kind: 429, times: 1, retryAfterSeconds: 2, conversationId: 'a:busy' });
    const started = Date.now();
    expect((await own.send(ref('a:busy'), { type: 'message', text: 'x' })).ok).toBe(false);
    expect((await own.send(ref('a:calm'), { type: 'message', text: 'x' })).ok).toBe(true);
    expect((await own.send(ref('a:busy'), { type: 'message', text: 'x' })).ok).toBe(true);
    expect(standIn.sendsTo('a:calm')[0]!.at - started).toBeLessThan(2_000);
    expect(standIn.sendsTo('a:busy')[0]!.at - started).toBeGreaterThanOrEqual(2_000);
  });

  it('sends nothing when the lease check before the request fails, or the shared limiter is unreachable', async () => {
    const lost = await sender.send(
      ref('a:6'),
      { type: 'message', text: 'x' },
      {
        beforeRequest: async () => {
          throw new LeaseLostError('deliveries d-1');
        },
      },
    );
    expect(lost).toEqual({
      ok: false,
      failure: expect.objectContaining({ kind: 'transient', reason: expect.stringContaining('lease') }),
    });
    const down = createProactiveSender({
      adapter,
      botAppId: '',
      requestTimeoutMs: 300,
      limiter: new StoreSendLimiter({
        globalPerSecond: 30,
        inFlightCapMs: 300,
        store: {
          reserveSendSlot: () => Promise.reject(new Error('connection terminated')),
          reserveSendSlots: () => Promise.reject(new Error('connection terminated')),
          settleSendSlot: async () => undefined,
          pauseSends: async () => undefined,
          pruneSendSlots: async () => undefined,
        },
      }),
    });
    const unavailable = await down.send(ref('a:6'), { type: 'message', text: 'x' });
    expect(unavailable).toEqual({
      ok: false,
      failure: expect.objectContaining({
        kind: 'transient',
        reason: 'rate limiter unavailable: connection terminated',
      }),
    });
    for (const result of [lost, unavailable])
      expect(!result.ok && result.failure.kind === 'transient' && result.failure.mayHaveArrived).toBeFalsy();
    expect(standIn.stats.requests).toBe(0);
  });

  it.each([
    [503, 'transient'],
    [502, 'transient'],
    [504, 'transient'],
    [412, 'transient'],
    [403, 'unreachable'],
    [404, 'unreachable'],
    [500, 'transient'],
  ] as const)('classifies HTTP %s as %s', async (status, kind) => {
    standIn.faults.add({ kind: status, times: 1 });
    const result = await sender.send(ref('a:3'), { type: 'message', text: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.failure).toEqual(expect.objectContaining({ kind, status }));
    expect(standIn.stats.requests).toBe(1);
  });

  it('times out a hanging request and a reset connection as transient', async () => {
    standIn.faults.add({ kind: 'timeout', times: 1, holdMs: 5_000 });
    const started = Date.now();
    const timedOut = await sender.send(ref('a:4'), { type: 'message', text: 'x' });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(timedOut).toEqual({
      ok: false,
      failure: expect.objectContaining({ kind: 'transient', reason: 'timeout', mayHaveArrived: true }),
    });
    standIn.faults.add({ kind: 'reset', times: 1 });
    const reset = await sender.send(ref('a:4'), { type: 'message', text: 'x' });
    expect(reset).toEqual({
      ok: false,
      failure: expect.objectContaining({ kind: 'transient', mayHaveArrived: true }),
    });
    expect(standIn.stats.requests).toBe(2);
    // A connection that was never made cannot have delivered anything.
    const closed = await startConnectorStandIn();
    await closed.close();
    const refused = await sender.send(standInReference(closed.url, 'a:5', 'personal', 'aad-1'), {
      type: 'message',
      text: 'x',
    });
    expect(refused).toEqual({ ok: false, failure: expect.objectContaining({ kind: 'transient' }) });
    expect(!refused.ok && refused.failure.kind === 'transient' && refused.failure.mayHaveArrived).toBeFalsy();
  });

  it('creates a personal conversation with the tenant and the member', async () => {
    const created = await sender.createPersonalConversation({
      serviceUrl: standIn.url,
      tenantId: 't-1',
      aadObjectId: 'aad-9',
    });
    expect(created.ok).toBe(true);
    expect(standIn.created).toEqual([expect.objectContaining({ memberIds: ['aad-9'], tenantId: 't-1' })]);
    if (created.ok) {
      const sent = await sender.send(created.reference, { type: 'message', text: 'hej' });
      expect(sent).toEqual(expect.objectContaining({ ok: true, conversationId: created.conversationId }));
    }
  });
});
