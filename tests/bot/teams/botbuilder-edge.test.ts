import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type TurnContext,
} from 'botbuilder';
import {
  activityFromBody,
  APP_ID_CLAIMS,
  botAppIdOf,
  connectorPipelineOf,
  CONNECTOR_RETRY_POLICY,
  ownConnectorRequests,
  SamskabAdapter,
  SamskabAuthentication,
} from '../../../bot/teams/adapter';
import { standInReference } from '../../support/connector-refs';
import { startConnectorStandIn, type ConnectorStandIn } from '../../support/connector-stand-in';

/**
 * Pins what bot/teams/adapter.ts relies on beyond botbuilder's public API. When an upgrade of
 * botbuilder (or of @azure/core-client under it) fails here, revisit that file, not the callers.
 */
describe('the Bot Framework edge (botbuilder internals we rely on)', () => {
  let standIn: ConnectorStandIn;
  beforeEach(async () => {
    standIn = await startConnectorStandIn({ globalPerSecond: 1000 });
  });
  afterEach(() => standIn.close());

  /** Runs `act` in a proactive turn of a fresh adapter against the stand-in. */
  async function inProactiveTurn(
    act: (context: TurnContext) => Promise<void>,
    options?: ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[4],
  ) {
    const adapter = new CloudAdapter(
      new ConfigurationBotFrameworkAuthentication({}, undefined, undefined, undefined, options),
    );
    let failure: unknown = null;
    await adapter.continueConversationAsync(
      '',
      standInReference(standIn.url, 'a:edge', 'personal', 'aad-1'),
      async (context) => {
        try {
          await act(context);
        } catch (error) {
          failure = error;
        }
      },
    );
    return failure;
  }

  /** An incoming invoke whose replies go to the stand-in. */
  function edgeActivity(): Activity {
    return activityFromBody({
      type: 'invoke',
      name: 'adaptiveCard/action',
      channelId: 'msteams',
      serviceUrl: standIn.url,
      from: { id: '29:someone' },
      recipient: { id: '28:bot' },
      conversation: { id: 'a:edge' },
      timestamp: '2019-11-22T07:00:00.000Z',
    });
  }

  it("reaches the turn connector client's pipeline, which has core-client's retry policy", async () => {
    let names: string[] = [];
    await inProactiveTurn(async (context) => {
      const pipeline = connectorPipelineOf(context.turnState.get(context.adapter.ConnectorClientKey));
      names = pipeline?.getOrderedPolicies().map((p) => p.name) ?? [];
    });
    expect(names).toContain(CONNECTOR_RETRY_POLICY);
  });

  it('retries a 429 hidden in the pipeline unless the sender owns the requests', async () => {
    standIn.faults.add({ kind: 429, times: 1, retryAfterSeconds: 0 });
    const hidden = await inProactiveTurn(async (context) => {
      await context.sendActivity({ type: 'message', text: 'x' });
    });
    expect(hidden).toBeNull();
    expect(standIn.stats.requests).toBe(2);

    standIn.faults.add({ kind: 429, times: 1, retryAfterSeconds: 0 });
    const permits: string[] = [];
    const owned = await inProactiveTurn(async (context) => {
      const took = ownConnectorRequests(context, 1_000, async () => {
        permits.push('acquired');
        return { done: () => permits.push('done') };
      });
      expect(took).toBe(true);
      await context.sendActivity({ type: 'message', text: 'x' });
    });
    expect(owned).toEqual(expect.objectContaining({ statusCode: 429 }));
    expect(standIn.stats.requests).toBe(3);
    expect(permits).toEqual(['acquired', 'done']);
  });

  it('keeps the retry policy even with ConnectorClientOptions.noRetryPolicy (declared, ignored)', async () => {
    // If this starts failing, botbuilder honours the option: use it instead of removing the policy.
    let names: string[] = [];
    await inProactiveTurn(
      async (context) => {
        names =
          connectorPipelineOf(context.turnState.get(context.adapter.ConnectorClientKey))
            ?.getOrderedPolicies()
            .map((p) => p.name) ?? [];
      },
      { noRetryPolicy: true },
    );
    expect(names).toContain(CONNECTOR_RETRY_POLICY);
  });

  it('runs an authenticated turn without authenticating again and returns its invoke response', async () => {
    const auth = new SamskabAuthentication({});
    const adapter = new SamskabAdapter(auth);
    const activity = edgeActivity();
    const authenticated = await auth.authenticateRequest(activity, '');
    const authenticate = jest.spyOn(auth, 'authenticateRequest');
    const response = await adapter.runAuthenticated(authenticated, activity, async (context) => {
      await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: { shown: 'card' } } });
    });
    expect(response).toEqual({ status: 200, body: { shown: 'card' } });
    expect(authenticate).not.toHaveBeenCalled();
  });

  it("builds the turn connector client with the authenticated request's connectorFactory, and asks for a user token client every turn", async () => {
    const auth = new ConfigurationBotFrameworkAuthentication({});
    const adapter = new SamskabAdapter(new SamskabAuthentication({}));
    const activity = edgeActivity();
    const authenticated = await auth.authenticateRequest(activity, '');
    const create = jest.spyOn(authenticated.connectorFactory!, 'create');
    const askedForUserTokenClient = jest.spyOn(SamskabAuthentication.prototype, 'createUserTokenClient');
    let turnFactory: unknown = null;
    await adapter.runAuthenticated(authenticated, activity, async (context) => {
      turnFactory = context.turnState.get(adapter.ConnectorFactoryKey);
    });
    expect(create).toHaveBeenCalledWith(standIn.url, authenticated.audience);
    expect(turnFactory).not.toBe(authenticated.connectorFactory); // the sharing one of adapter.ts
    expect(askedForUserTokenClient).toHaveBeenCalledTimes(1);
    askedForUserTokenClient.mockRestore();
  });

  it("reads the bot's app id from the claims as botframework-connector's connector factory does", () => {
    const connector = require('botframework-connector') as {
      AuthenticationConstants: { AudienceClaim: string; AppIdClaim: string };
      ClaimsIdentity: new (claims: Array<{ type: string; value: string }>, authenticated: boolean) => never;
    };
    const { AudienceClaim, AppIdClaim } = connector.AuthenticationConstants;
    expect(APP_ID_CLAIMS).toEqual([AudienceClaim, AppIdClaim]);
    const auth = new ConfigurationBotFrameworkAuthentication({});
    for (const claims of [
      [
        { type: AudienceClaim, value: 'from-aud' },
        { type: AppIdClaim, value: 'from-appid' },
      ],
      [{ type: AppIdClaim, value: 'from-appid' }],
      [],
    ]) {
      const identity = new connector.ClaimsIdentity(claims, true);
      const factory = auth.createConnectorFactory(identity) as unknown as { appId?: string };
      expect(botAppIdOf(identity)).toBe(factory.appId);
    }
  });

  it("fixes a body's timestamps as botbuilder's own validateAndFixActivity does", () => {
    const { validateAndFixActivity } = require('botbuilder/lib/activityValidator') as {
      validateAndFixActivity(activity: Record<string, unknown>): Activity;
    };
    const body = () => ({
      type: 'message',
      timestamp: '2019-11-22T07:00:00.000Z',
      localTimestamp: '2019-11-22T08:00:00.000+01:00',
      expiration: '2019-11-23T07:00:00.000Z',
    });
    expect(activityFromBody(body())).toEqual(validateAndFixActivity(body()));
  });
});
