import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Request, Response } from 'restify';
import {
  activityFromBody,
  type AuthenticatedRequest,
  type BotAuthentication,
  type SamskabAdapter,
} from './adapter';
import { activityTenantId, isTenantAllowed } from './tenant-guard';

export interface MessagesEndpoint {
  adapter: SamskabAdapter;
  auth: BotAuthentication;
  allowedTenants: ReadonlySet<string>;
  log: Logger;
  logic(context: TurnContext): Promise<void>;
}

/**
 * POST /api/messages, as CloudAdapter.process does it, with three differences:
 * - every failure to authenticate the caller answers 401 (botbuilder lets jsonwebtoken's
 *   "invalid signature" through as a plain error, which process() answers with 500);
 * - after authentication, an activity from a tenant not on the allow-list is refused with 403
 *   and never reaches the bot (logged with ids only, never the text);
 * - errors are logged through pino, not console.error.
 */
export function messagesHandler(endpoint: MessagesEndpoint) {
  const { adapter, auth, allowedTenants, log } = endpoint;
  return async (req: Request, res: Response): Promise<void> => {
    const end = (status: number, body?: unknown) => {
      res.status(status);
      if (body !== undefined && body !== null) res.send(body);
      res.end();
    };
    const body: unknown = req.body;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return end(400);
    const activity = activityFromBody(body as Record<string, unknown>);
    if (typeof activity.type !== 'string' || !activity.type) return end(400);
    const header = req.headers.authorization;
    const authHeader = typeof header === 'string' ? header : '';

    let authenticated: AuthenticatedRequest;
    try {
      authenticated = await auth.authenticateRequest(activity, authHeader);
    } catch (error) {
      const status = authFailureStatus(error);
      if (status >= 500)
        log.error({ component: 'teams', err: error }, 'bot: could not check the caller (token keys?)');
      else
        log.warn({ component: 'teams', reason: reasonOf(error) }, 'bot: activity refused (authentication)');
      return end(status);
    }

    if (!isTenantAllowed(allowedTenants, activity)) {
      log.warn(
        {
          component: 'teams',
          tenantId: activityTenantId(activity),
          activityType: activity.type,
          conversationType: activity.conversation?.conversationType,
        },
        'bot: activity from a tenant not on the allow-list refused',
      );
      return end(403);
    }

    try {
      const invokeResponse = await adapter.runAuthenticated(authenticated, activity, endpoint.logic);
      return end(invokeResponse?.status ?? 200, invokeResponse?.body);
    } catch (error) {
      log.error({ component: 'teams', err: error, activityType: activity.type }, 'bot: activity failed');
      return end(500);
    }
  };
}

/**
 * Errors thrown while authenticating: botbuilder's AuthenticationError carries a status
 * (500 when the channel's signing keys could not be loaded: not the caller's fault); anything
 * else (jsonwebtoken's invalid signature, malformed, expired) is a refused credential.
 */
export function authFailureStatus(error: unknown): number {
  const code = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof code === 'number' && code >= 500) return 503;
  return 401;
}

function reasonOf(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 200);
  return 'unknown';
}
