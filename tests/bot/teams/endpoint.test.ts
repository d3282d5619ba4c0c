import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestApp, manualClock, type TestApp } from '../../support/app-harness';

/** The smallest Bot Connector: accepts replies and records them. */
async function connector() {
  const replies: Array<Record<string, any>> = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const isReply = req.method === 'POST' && /\/v3\/conversations\/[^/]+\/activities/.test(req.url ?? '');
      if (isReply) replies.push(JSON.parse(body));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(isReply ? { id: `r${replies.length}` } : {}));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    replies,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

function activity(serviceUrl: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'message',
    id: 'a1',
    channelId: 'msteams',
    serviceUrl,
    from: { id: '29:someone', aadObjectId: 'aad-nobody' },
    recipient: { id: '28:bot' },
    conversation: { id: 'a:conv-1', conversationType: 'personal' },
    text: 'hjælp',
    ...extra,
  };
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('POST /api/messages', () => {
  let app: TestApp;
  let stub: Awaited<ReturnType<typeof connector>>;
  beforeEach(async () => {
    stub = await connector();
  });
  afterEach(async () => {
    await app?.stop();
    await stub.close();
  });

  it('with a bot id configured, refuses activities without a valid Bot Framework token', async () => {
    app = await startTestApp({
      env: {
        BOT_ID: '11111111-1111-1111-1111-111111111111',
        BOT_PASSWORD: 'secret',
        BOT_TENANT_ID: 'tenant',
      },
    });
    expect((await post(app.url, activity(stub.url))).status).toBe(401);
    expect((await post(app.url, activity(stub.url), { authorization: 'Bearer not-a-token' })).status).toBe(
      401,
    );
    expect(stub.replies).toHaveLength(0);
  });

  it('in local dev mode answers over the connector, and bad input never gets a 500', async () => {
    app = await startTestApp({ clock: manualClock('2019-09-02T08:00:00.000Z') });
    const ok = await post(app.url, activity(stub.url));
    expect(ok.status).toBe(200);
    expect(stub.replies[0]!.text).toContain('sekretariat');

    const submit = await post(
      app.url,
      activity(stub.url, { text: undefined, value: { samskab: 'answer', forumId: 7 } }),
    );
    expect(submit.status).toBe(200);
    expect(stub.replies.at(-1)!.text).toContain('Kortet kunne ikke læses');

    const invoke = await post(
      app.url,
      activity(stub.url, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'answer', data: {} } },
      }),
    );
    expect(invoke.status).toBe(200);
    expect(await invoke.json()).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
    });

    for (const bad of ['{', '[]', '{"type":"message"}']) {
      const response = await post(app.url, bad);
      expect(response.status).toBeLessThan(500);
    }
  });

  it('with ALLOWED_TENANT_IDS, refuses (403) activities of other tenants before the bot sees them', async () => {
    app = await startTestApp({
      clock: manualClock('2019-09-02T08:00:00.000Z'),
      env: { ALLOWED_TENANT_IDS: 'tenant-ok' },
    });
    const from = (tenant: string | null) =>
      activity(stub.url, {
        conversation: { id: `a:conv-${tenant}`, conversationType: 'personal', tenantId: tenant ?? undefined },
        channelData: tenant ? { tenant: { id: tenant } } : {},
      });
    for (const tenant of ['tenant-other', null]) {
      const refused = await post(app.url, from(tenant));
      expect(refused.status).toBe(403);
      const invoke = await post(app.url, {
        ...from(tenant),
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'privacyAsk', data: {} } },
      });
      expect(invoke.status).toBe(403);
    }
    expect(stub.replies).toHaveLength(0);
    expect(await app.deps.store.listConversationRefs()).toEqual([]);
    expect((await post(app.url, from('TENANT-OK'))).status).toBe(200);
    expect(stub.replies).toHaveLength(1);
  });

  it('a group-chat Action.Submit "edit" sends the card to the 1:1 chat over the real adapter, and only a line to the group', async () => {
    app = await startTestApp({ clock: manualClock('2019-09-02T08:00:00.000Z') });
    const [forum] = await app.deps.store.listForums();
    const chef = (await app.deps.store.listMembers(forum!.id)).find((m) => m.role === 'chef')!;
    const question = (await app.deps.store.listQuestions(forum!.id))[0]!;
    const as = (conversation: Record<string, unknown>, extra: Record<string, unknown>) =>
      activity(stub.url, {
        from: { id: `29:${chef.aadObjectId}`, aadObjectId: chef.aadObjectId, name: chef.name },
        conversation,
        ...extra,
      });
    const personal = { id: 'a:personal-chef', conversationType: 'personal' };
    const group = { id: '19:group@thread.v2', conversationType: 'groupChat', isGroup: true };
    expect((await post(app.url, as(personal, { text: 'status' }))).status).toBe(200);
    const before = stub.replies.length;
    const submit = await post(
      app.url,
      as(group, {
        text: undefined,
        value: { samskab: 'edit', forumId: forum!.id, questionId: question.id },
      }),
    );
    expect(submit.status).toBe(200);
    const replies = stub.replies.slice(before);
    const toGroup = replies.filter((r) => r.conversation?.id === group.id);
    const toPersonal = replies.filter((r) => r.conversation?.id === personal.id);
    expect(toGroup.map((r) => r.text)).toEqual([
      `${chef.name}: Jeg har sendt dig dit eget kort i vores 1:1-chat.`,
    ]);
    expect(toPersonal).toHaveLength(1);
    expect(toPersonal[0]!.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
  });
});
