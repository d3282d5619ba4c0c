import { TurnContext, type Activity, type CloudAdapter, type ConversationReference } from 'botbuilder';
import { ownConnectorRequests } from '../adapter';
import { classifySendError, mayHaveArrived, type SendFailure } from './send-error';
import type { SendLimiter, SendPermit } from './send-limiter';

export type SendResult =
  { ok: true; activityId: string; conversationId: string } | { ok: false; failure: SendFailure };

export type CreateConversationResult =
  | { ok: true; conversationId: string; reference: Partial<ConversationReference> }
  | { ok: false; failure: SendFailure };

export interface CreatePersonalConversationInput {
  serviceUrl: string;
  tenantId: string;
  /** The user's Entra object id (Teams accepts it as the member id). */
  aadObjectId: string;
  channelId?: string;
}

/** Sends activities into stored conversations, within Teams' rate limits. Never retries by itself. */
export interface ProactiveSender {
  /** `maxWaitMs`: give up (transient failure, retry later) rather than wait longer for a rate-limit slot. */
  send(reference: unknown, activity: Partial<Activity>, options?: SendOptions): Promise<SendResult>;
  update(
    reference: unknown,
    activityId: string,
    activity: Partial<Activity>,
    options?: SendOptions,
  ): Promise<SendResult>;
  createPersonalConversation(input: CreatePersonalConversationInput): Promise<CreateConversationResult>;
}

export interface SendOptions {
  maxWaitMs?: number;
  /**
   * Runs after the limiter let the send through, right before the request leaves; throwing stops
   * the send (the scheduler checks and extends its lease here).
   */
  beforeRequest?: () => Promise<void>;
}

export interface ProactiveSenderOptions {
  adapter: CloudAdapter;
  botAppId: string;
  limiter: SendLimiter;
  /** Per-request timeout for connector calls (config SEND_REQUEST_TIMEOUT_MS). Default 30 s. */
  requestTimeoutMs?: number;
  /** Pause for a 429 without Retry-After. Default 1 s. */
  defaultThrottleMs?: number;
}

export function createProactiveSender(options: ProactiveSenderOptions): ProactiveSender {
  const { adapter, botAppId, limiter } = options;
  const timeoutMs = options.requestTimeoutMs ?? 30_000;
  const throttleMs = options.defaultThrottleMs ?? 1_000;

  async function run(
    reference: Partial<ConversationReference>,
    act: (context: TurnContext) => Promise<string | undefined>,
    sendOptions: SendOptions = {},
  ): Promise<SendResult> {
    const conversationId = reference.conversation?.id;
    if (!conversationId || !reference.serviceUrl) {
      return {
        ok: false,
        failure: {
          kind: 'permanent',
          status: null,
          reason: 'stored reference has no conversation id or serviceUrl',
        },
      };
    }
    /** Set once the send was let through and checked: from then on it may reach Teams. */
    let requestLeft = false;
    const letThrough = async (): Promise<SendPermit> => {
      const permit = await limiter.acquire(conversationId, sendOptions.maxWaitMs);
      try {
        await sendOptions.beforeRequest?.();
      } catch (error) {
        permit.done();
        throw error;
      }
      requestLeft = true;
      return permit;
    };
    let activityId: string | undefined;
    let caught: unknown = null;
    try {
      await adapter.continueConversationAsync(botAppId, reference, async (context) => {
        // Errors are kept here, so the adapter's onTurnError never messages the user about them.
        let permit: SendPermit | null = null;
        try {
          const limitedOnTheWire = ownConnectorRequests(context, timeoutMs, letThrough);
          if (!limitedOnTheWire) permit = await letThrough();
          activityId = await act(context);
        } catch (error) {
          caught = error;
        } finally {
          permit?.done();
        }
      });
    } catch (error) {
      caught = error;
    }
    if (caught !== null) {
      const failure = classifySendError(caught);
      if (failure.kind === 'transient' && failure.status === 429) {
        await limiter.pause(conversationId, failure.retryAfterMs ?? throttleMs);
      }
      if (failure.kind === 'transient' && requestLeft && mayHaveArrived(caught)) {
        return { ok: false, failure: { ...failure, mayHaveArrived: true } };
      }
      return { ok: false, failure };
    }
    return { ok: true, activityId: activityId ?? '', conversationId };
  }

  return {
    send: (reference, activity, options) =>
      run(
        reference as Partial<ConversationReference>,
        async (context) => (await context.sendActivity(activity))?.id,
        options,
      ),
    update: (reference, activityId, activity, options) =>
      run(
        reference as Partial<ConversationReference>,
        async (context) => {
          await context.updateActivity({ ...activity, id: activityId });
          return activityId;
        },
        options,
      ),
    async createPersonalConversation(input) {
      let created: Partial<ConversationReference> | null = null;
      const permit = await limiter.acquire(`create:${input.aadObjectId}`);
      try {
        await adapter.createConversationAsync(
          botAppId,
          input.channelId ?? 'msteams',
          input.serviceUrl,
          'https://api.botframework.com',
          {
            isGroup: false,
            bot: { id: botAppId ? `28:${botAppId}` : 'bot', name: 'Samskab' },
            members: [{ id: input.aadObjectId, name: '' }],
            tenantId: input.tenantId,
            channelData: { tenant: { id: input.tenantId } },
          },
          async (context) => {
            created = TurnContext.getConversationReference(context.activity);
          },
        );
      } catch (error) {
        return { ok: false, failure: classifySendError(error) };
      } finally {
        permit.done();
      }
      const reference = created as Partial<ConversationReference> | null;
      const conversationId = reference?.conversation?.id;
      if (!reference || !conversationId) {
        return {
          ok: false,
          failure: { kind: 'permanent', status: null, reason: 'Teams created no conversation' },
        };
      }
      return { ok: true, conversationId, reference };
    },
  };
}
