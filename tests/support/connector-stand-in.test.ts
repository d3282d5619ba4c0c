import { type ConnectorStandIn, startConnectorStandIn } from './connector-stand-in';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the Bot Connector stand-in, closer to Teams on request', () => {
  let standIn: ConnectorStandIn | undefined;
  afterEach(async () => {
    await standIn?.close();
    standIn = undefined;
  });

  const send = async (conversationId: string) => {
    const response = await fetch(`${standIn!.url}v3/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'x' }),
    });
    await response.arrayBuffer();
    return { status: response.status, retryAfter: response.headers.get('retry-after') };
  };

  /** Two sends fill the app's 2/s; a third 300 ms later is refused; after its Retry-After, two more. */
  const overTheLimit = async () => {
    expect((await Promise.all([send('a:1'), send('a:2')])).map((r) => r.status)).toEqual([201, 201]);
    await sleep(300);
    const refused = await send('a:3');
    expect(refused.status).toBe(429);
    await sleep(Number(refused.retryAfter) * 1000 + 50);
    const next = await send('a:4');
    const after = await send('a:5');
    return { refused, next: next.status, after: after.status };
  };

  it('by default answers Retry-After in whole seconds and counts only accepted requests', async () => {
    standIn = await startConnectorStandIn({ globalPerSecond: 2 });
    const { refused, next, after } = await overTheLimit();
    expect(refused.retryAfter).toBe('1');
    // Waited a whole second: the window holds a4 alone when a5 comes.
    expect([next, after]).toEqual([201, 201]);
    expect(standIn.stats.throttled).toBe(1);
  });

  it("answers Retry-After to the millisecond: the refused request's real wait", async () => {
    standIn = await startConnectorStandIn({ globalPerSecond: 2, retryAfter: 'milliseconds' });
    const { refused, next, after } = await overTheLimit();
    expect(refused.retryAfter).toMatch(/^0\.\d{3}$/);
    // About 700 ms are left of the first two sends' second when a3 is refused.
    expect(Number(refused.retryAfter)).toBeGreaterThan(0.05);
    expect(Number(refused.retryAfter)).toBeLessThan(0.75);
    expect([next, after]).toEqual([201, 201]);
  });

  it('counts refused requests toward the limits when asked, as Teams does', async () => {
    standIn = await startConnectorStandIn({
      globalPerSecond: 2,
      retryAfter: 'milliseconds',
      countRejected: true,
    });
    const { next, after } = await overTheLimit();
    // The refused a3 still fills a slot: with a4 the app's 2/s are used, so a5 is refused too.
    expect([next, after]).toEqual([201, 429]);
    expect(standIn.stats.throttled).toBe(2);
  });

  it('answers after the network round trip, having handled the request halfway', async () => {
    standIn = await startConnectorStandIn({ latencyMs: 1_000 });
    const started = performance.now();
    const sending = send('a:1');
    await sleep(200);
    expect(standIn.sends).toHaveLength(0);
    await sleep(500);
    expect(standIn.sends).toHaveLength(1);
    expect((await sending).status).toBe(201);
    expect(performance.now() - started).toBeGreaterThanOrEqual(995);
  });
});
