import type { Activity, TurnContext } from 'botbuilder';
import {
  activityFromBody,
  connectorPipelineOf,
  CONNECTOR_RETRY_POLICY,
  ownConnectorRequests,
  SamskabAdapter,
  SamskabAuthentication,
  type AuthenticatedRequest,
} from '../../../bot/teams/adapter';
import { TENANT } from '../api/support/entra-tokens';
import { standInReference } from '../../support/connector-refs';
import { startConnectorStandIn, type ConnectorStandIn } from '../../support/connector-stand-in';
import { BOT_FRAMEWORK, startFakeEntra, type FakeEntra } from '../../support/fake-entra';
import { assertManagedIdentityOnLoopback, BOT_CLIENT_ID } from '../../support/production-instance';

/** botframework-connector's clients, counted where its factories build them. */
const connectorModule = require('botframework-connector/lib/connectorApi/connectorClient') as {
  ConnectorClient: new (...args: unknown[]) => unknown;
};
const tokenApiModule = require('botframework-connector/lib/tokenApi/tokenApiClient') as {
  TokenApiClient: new (...args: unknown[]) => unknown;
};
const { ClaimsIdentity } = require('botframework-connector') as {
  ClaimsIdentity: new (
    claims: Array<{ type: string; value: string }>,
    authenticated: boolean,
  ) => AuthenticatedRequest['claimsIdentity'];
};

/** Counts the ConnectorClients and TokenApiClients (a user token client's) built from now on. */
function countConstructions() {
  const count = <T extends object>(module: T, name: keyof T & string) => {
    const Original = module[name] as unknown as new (...args: unknown[]) => unknown;
    // A constructor returning an object yields that object to `new`: the real client, counted.
    return jest
      .spyOn(module as Record<string, unknown>, name as never)
      .mockImplementation(((...args: unknown[]) => new Original(...args)) as never);
  };
  const connectors = count(connectorModule, 'ConnectorClient');
  const tokenApis = count(tokenApiModule, 'TokenApiClient');
  return {
    connectors: () => connectors.mock.calls.length,
    tokenApis: () => tokenApis.mock.calls.length,
  };
}

function incoming(serviceUrl: string, i: number): Activity {
  return activityFromBody({
    type: 'message',
    id: `in-${i}`,
    channelId: 'msteams',
    serviceUrl,
    from: { id: '29:someone', aadObjectId: 'aad-someone' },
    recipient: { id: '28:bot' },
    conversation: { id: `a:reuse-${i % 3}`, conversationType: 'personal' },
    text: `turn ${i}`,
  });
}

/** A turn that replies once, remembering its connector client. */
function replying(clients: unknown[]) {
  return async (context: TurnContext) => {
    clients.push(context.turnState.get(context.adapter.ConnectorClientKey));
    await context.sendActivity(`reply to ${context.activity.text}`);
  };
}

describe('incoming turns reuse the connector client (bot/teams/adapter.ts)', () => {
  let standIn: ConnectorStandIn;
  afterEach(async () => {
    jest.restoreAllMocks();
    await standIn?.close();
  });

  it('builds the connector client and the user token client once for many turns, also when the first turns overlap', async () => {
    standIn = await startConnectorStandIn({ enforceLimits: false });
    const auth = new SamskabAuthentication({});
    const adapter = new SamskabAdapter(auth);
    const built = countConstructions();
    const clients: unknown[] = [];
    const turn = async (i: number) => {
      const activity = incoming(standIn.url, i);
      await adapter.runAuthenticated(
        await auth.authenticateRequest(activity, ''),
        activity,
        replying(clients),
      );
    };
    await Promise.all([0, 1, 2, 3].map(turn));
    for (let i = 4; i < 20; i++) await turn(i);

    expect(standIn.sends).toHaveLength(20);
    expect(built.connectors()).toBe(1);
    expect(built.tokenApis()).toBe(1);
    expect(new Set(clients).size).toBe(1);

    // Another adapter (another bot's authentication) never gets this one's client.
    const other = new SamskabAdapter(new SamskabAuthentication({}));
    const otherClients: unknown[] = [];
    const activity = incoming(standIn.url, 20);
    await other.runAuthenticated(
      await auth.authenticateRequest(activity, ''),
      activity,
      replying(otherClients),
    );
    expect(built.connectors()).toBe(2);
    expect(otherClients[0]).not.toBe(clients[0]);
  });

  it('keeps one client per service URL', async () => {
    standIn = await startConnectorStandIn({ enforceLimits: false });
    const second = await startConnectorStandIn({ enforceLimits: false });
    try {
      const auth = new SamskabAuthentication({});
      const adapter = new SamskabAdapter(auth);
      const built = countConstructions();
      for (let i = 0; i < 6; i++) {
        const activity = incoming(i % 2 ? second.url : standIn.url, i);
        await adapter.runAuthenticated(await auth.authenticateRequest(activity, ''), activity, replying([]));
      }
      expect([standIn.sends.length, second.sends.length]).toEqual([3, 3]);
      expect(built.connectors()).toBe(2);
    } finally {
      await second.close();
    }
  });

  it("leaves a kept client's pipeline alone; proactive turns still get their own client, whose retries the sender owns", async () => {
    standIn = await startConnectorStandIn({ enforceLimits: false });
    const auth = new SamskabAuthentication({});
    const adapter = new SamskabAdapter(auth);
    const activity = incoming(standIn.url, 0);
    let kept: unknown = null;
    let tookKept: boolean | null = null;
    await adapter.runAuthenticated(
      await auth.authenticateRequest(activity, ''),
      activity,
      async (context) => {
        kept = context.turnState.get(context.adapter.ConnectorClientKey);
        tookKept = ownConnectorRequests(context, 1_000, async () => ({ done: () => undefined }));
      },
    );
    expect(tookKept).toBe(false);
    expect(
      connectorPipelineOf(kept)
        ?.getOrderedPolicies()
        .map((p) => p.name),
    ).toContain(CONNECTOR_RETRY_POLICY);

    let proactive: unknown = null;
    let tookProactive: boolean | null = null;
    await adapter.continueConversationAsync(
      '',
      standInReference(standIn.url, 'a:reuse-0', 'personal', 'aad-someone'),
      async (context) => {
        proactive = context.turnState.get(context.adapter.ConnectorClientKey);
        tookProactive = ownConnectorRequests(context, 1_000, async () => ({ done: () => undefined }));
      },
    );
    expect(proactive).not.toBe(kept);
    expect(tookProactive).toBe(true);
    expect(
      connectorPipelineOf(proactive)
        ?.getOrderedPolicies()
        .map((p) => p.name),
    ).not.toContain(CONNECTOR_RETRY_POLICY);
  });
});

describe('a kept client still authenticates with the bot credentials (managed identity)', () => {
  let entra: FakeEntra;
  let standIn: ConnectorStandIn;
  const saved = { ...process.env };
  beforeAll(async () => {
    entra = await startFakeEntra({ botClientId: BOT_CLIENT_ID });
    assertManagedIdentityOnLoopback({ ...entra.env, BOT_ID: BOT_CLIENT_ID });
    Object.assign(process.env, entra.env);
    standIn = await startConnectorStandIn({ enforceLimits: false, bearerToken: entra.botToken });
  });
  afterAll(async () => {
    for (const key of Object.keys(entra.env)) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
    await standIn.close();
    await entra.close();
  });
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('sends every turn with the bot token, fetched once, and fetches a new one when it expires', async () => {
    const auth = new SamskabAuthentication({
      MicrosoftAppId: BOT_CLIENT_ID,
      MicrosoftAppType: 'UserAssignedMsi',
      MicrosoftAppTenantId: TENANT,
    });
    const adapter = new SamskabAdapter(auth);
    // What authenticateRequest returns for a request from the channel (its token checked).
    const identity = new ClaimsIdentity([{ type: 'aud', value: BOT_CLIENT_ID }], true);
    const authenticated = (): AuthenticatedRequest => ({
      claimsIdentity: identity,
      audience: BOT_FRAMEWORK,
      callerId: 'urn:botframework:azure',
      connectorFactory: auth.createConnectorFactory(identity),
    });
    const built = countConstructions();
    const turns = async (from: number, count: number) => {
      for (let i = from; i < from + count; i++)
        await adapter.runAuthenticated(authenticated(), incoming(standIn.url, i), replying([]));
    };
    const fetched = () => entra.tokenRequests.filter((r) => r.status === 200 && r.resource === BOT_FRAMEWORK);

    await turns(0, 8);
    expect(standIn.stats.unauthorized).toBe(0);
    expect(standIn.sends).toHaveLength(8);
    expect(fetched()).toHaveLength(1);
    expect(built.connectors()).toBe(1);

    // An hour later the token (valid for one) has expired: the kept client asks for a new one.
    jest.useFakeTimers({
      doNotFake: [
        'nextTick',
        'setImmediate',
        'setTimeout',
        'setInterval',
        'clearTimeout',
        'clearInterval',
        'queueMicrotask',
        'hrtime',
        'performance',
      ],
    });
    jest.setSystemTime(Date.now() + 61 * 60_000);
    await turns(8, 4);
    expect(standIn.stats.unauthorized).toBe(0);
    expect(standIn.sends).toHaveLength(12);
    expect(fetched()).toHaveLength(2);
    expect(built.connectors()).toBe(1);
  });
});
