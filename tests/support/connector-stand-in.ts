import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultPlan, type FaultRule } from './connector-faults';
import { TEAMS_CONVERSATION_WINDOWS, WindowCheck } from './connector-rate-check';

/**
 * A Bot Connector stand-in: a real HTTP server on loopback that implements the three calls a
 * proactive bot makes (send, update, create conversation), records every one, and enforces
 * Teams' limits in REAL time (per conversation 7/1 s, 8/2 s, 60/30 s, 1800/h; per app
 * `globalPerSecond`/s), answering 429 with Retry-After when exceeded. Faults are injected from
 * a FaultPlan. The app under test may run on a fake clock; this never looks at it.
 *
 * Closer to Teams on request (the fan-out bench does): network latency, rejected requests that
 * count toward the limits, and Retry-After to the millisecond. The defaults keep the tests' world:
 * no latency, only accepted requests count, Retry-After in whole seconds rounded up.
 */
export interface RecordedSend {
  conversationId: string;
  activityId: string;
  /** Member aadObjectId for personal chats created here or seeded, else null. */
  text: string | null;
  activity: Record<string, unknown>;
  at: number;
}

export interface RecordedUpdate {
  conversationId: string;
  activityId: string;
  activity: Record<string, unknown>;
  at: number;
}

export interface CreatedConversation {
  conversationId: string;
  memberIds: string[];
  tenantId: string | null;
}

export interface StandInStats {
  requests: number;
  /** Requests answered 429 because a limit was exceeded (injected 429s not included). */
  throttled: number;
  /** Which limit answered the 429s: 'app' or 'conversation'. */
  throttledBy: { app: number; conversation: number };
  injected: number;
  /** Member reads (GET members/pagedmembers) answered. */
  reads: number;
  byStatus: Record<number, number>;
  /** Requests refused 401 because the bearer token was missing or wrong (with `bearerToken` set). */
  unauthorized: number;
}

export interface ConnectorStandInOptions {
  /** Require `Authorization: Bearer <this>` on every request (else 401), as the real connector checks the bot's token. */
  bearerToken?: string;
  /** The per-app limit in requests per second (Teams: about 30-50). Default 50. */
  globalPerSecond?: number;
  /** Enforce limits at all (default true). */
  enforceLimits?: boolean;
  /**
   * Network round trip in ms (default 0): a request reaches the service (is counted, recorded and
   * handled) half of it after it arrived here, and its answer leaves the other half later.
   */
  latencyMs?: number;
  /**
   * Whether requests answered 429 by the limits count toward them, as Teams counts every request
   * ("all requests are subject to the same rate limiting policy"). Default false: only accepted
   * requests count.
   */
  countRejected?: boolean;
  /**
   * The unit of Retry-After on the limits' 429s: 'whole-seconds' (default; HTTP's delta-seconds,
   * rounded up, so at least 1) or 'milliseconds' (seconds to the millisecond, "0.143": the wait
   * the windows actually need, which botbuilder's pipeline and our sender both read).
   */
  retryAfter?: 'whole-seconds' | 'milliseconds';
  /**
   * "Accepted but slow answer" (default 0): a send or update is recorded at once, as Teams would
   * accept it, and its answer is written this many ms later (if the caller still listens).
   */
  responseDelayMs?: number;
}

export interface ConnectorStandIn {
  /** Base URL to use as serviceUrl, with a trailing slash. */
  url: string;
  sends: RecordedSend[];
  updates: RecordedUpdate[];
  created: CreatedConversation[];
  faults: FaultPlan;
  stats: StandInStats;
  /** When each request arrived (performance.now(), ms), answered or not: what the app offered. */
  arrivals: number[];
  /** Every send to a conversation answers this status from now on (403 blocked, 404 gone). */
  block(conversationId: string, status: 403 | 404): void;
  /** Sends per conversation id. */
  sendsTo(conversationId: string): RecordedSend[];
  /** Changes the delay of answers to sends and updates from now on (see responseDelayMs). */
  setResponseDelay(ms: number): void;
  /** Requests currently being answered (held timeouts included). */
  inFlight(): number;
  close(): Promise<void>;
}

export async function startConnectorStandIn(
  options: ConnectorStandInOptions = {},
): Promise<ConnectorStandIn> {
  const globalPerSecond = options.globalPerSecond ?? 50;
  const enforce = options.enforceLimits ?? true;
  const halfTrip = (options.latencyMs ?? 0) / 2;
  const retryAfterHeader = (waitMs: number) =>
    options.retryAfter === 'milliseconds'
      ? (Math.ceil(waitMs) / 1000).toFixed(3)
      : String(Math.max(1, Math.ceil(waitMs / 1000)));
  const perConversation = new WindowCheck(TEAMS_CONVERSATION_WINDOWS);
  const perApp = new WindowCheck([{ max: globalPerSecond, ms: 1_000 }]);
  const faults = new FaultPlan();
  const blocked = new Map<string, 403 | 404>();
  const sends: RecordedSend[] = [];
  const updates: RecordedUpdate[] = [];
  const created: CreatedConversation[] = [];
  const stats: StandInStats = {
    requests: 0,
    throttled: 0,
    throttledBy: { app: 0, conversation: 0 },
    injected: 0,
    reads: 0,
    byStatus: {},
    unauthorized: 0,
  };
  const sockets = new Set<import('node:net').Socket>();
  const arrivals: number[] = [];
  let inFlight = 0;
  let nextActivity = 1;
  let responseDelayMs = options.responseDelayMs ?? 0;

  const answer = (
    res: http.ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) => {
    stats.byStatus[status] = (stats.byStatus[status] ?? 0) + 1;
    const text = JSON.stringify(body ?? {});
    const write = () => {
      if (res.destroyed) return;
      res.writeHead(status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(text),
        ...headers,
      });
      res.end(text);
    };
    if (halfTrip > 0) setTimeout(write, halfTrip);
    else write();
  };

  const errorBody = (code: string, message: string) => ({ error: { code, message } });

  const applyFault = (fault: FaultRule, req: http.IncomingMessage, res: http.ServerResponse): void => {
    stats.injected++;
    // (A slow answer to anything but a send or update is a hold: nothing is recorded there.)
    if (fault.kind === 'timeout' || fault.kind === 'slow-answer') {
      const timer = setTimeout(() => req.socket.destroy(), fault.holdMs ?? 60_000);
      req.socket.once('close', () => clearTimeout(timer));
      return;
    }
    if (fault.kind === 'reset') {
      req.socket.destroy();
      return;
    }
    const headers: Record<string, string> = {};
    if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
    const code =
      fault.kind === 403
        ? 'ConversationBlockedByUser'
        : fault.kind === 404
          ? 'ConversationNotFound'
          : fault.kind === 429
            ? 'Throttled'
            : 'ServiceError';
    answer(res, fault.kind, errorBody(code, `injected ${fault.kind}`), headers);
  };

  /** Returns false when the request was answered 429 by the limits. */
  const admit = (conversationId: string | null, res: http.ServerResponse): boolean => {
    if (!enforce) return true;
    const now = performance.now();
    const waits = () => ({
      app: perApp.waitMs('*', now),
      conversation: conversationId ? perConversation.waitMs(conversationId, now) : 0,
    });
    const count = () => {
      perApp.record('*', now);
      if (conversationId) perConversation.record(conversationId, now);
    };
    const before = waits();
    if (before.app === 0 && before.conversation === 0) {
      count();
      return true;
    }
    stats.throttled++;
    if (before.app > 0) stats.throttledBy.app++;
    else stats.throttledBy.conversation++;
    if (options.countRejected) count();
    // Counted, the rejected request itself may push the next free slot further out.
    const after = options.countRejected ? waits() : before;
    const wait = Math.max(after.app, after.conversation);
    answer(res, 429, errorBody('Throttled', 'Too many requests'), { 'retry-after': retryAfterHeader(wait) });
    return false;
  };

  const server = http.createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      arrivals.push(performance.now());
      inFlight++;
      res.once('close', () => inFlight--);
      const handle = () => route(req, res, raw);
      if (halfTrip > 0) setTimeout(handle, halfTrip);
      else handle();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  function route(req: http.IncomingMessage, res: http.ServerResponse, raw: string): void {
    stats.requests++;
    if (options.bearerToken !== undefined && req.headers.authorization !== `Bearer ${options.bearerToken}`) {
      stats.unauthorized++;
      return answer(res, 401, errorBody('Unauthorized', 'missing or wrong bearer token'));
    }
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    let body: Record<string, unknown> = {};
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      answer(res, 400, errorBody('BadArgument', 'invalid JSON'));
      return;
    }
    // POST /v3/conversations
    if (req.method === 'POST' && parts.length === 2 && parts[0] === 'v3' && parts[1] === 'conversations') {
      const fault = faults.take('create', null);
      if (fault) return applyFault(fault, req, res);
      if (!admit(null, res)) return;
      const members = Array.isArray(body.members) ? (body.members as Array<{ id?: string }>) : [];
      const conversationId = `a:created-${randomUUID()}`;
      const tenantId = typeof body.tenantId === 'string' ? body.tenantId : null;
      created.push({ conversationId, memberIds: members.map((m) => String(m.id ?? '')), tenantId });
      return answer(res, 201, { id: conversationId });
    }
    // GET /v3/conversations/:id/pagedmembers (TeamsFx checks installations with it); counts toward the limits.
    if (
      req.method === 'GET' &&
      parts.length === 4 &&
      parts[0] === 'v3' &&
      parts[1] === 'conversations' &&
      (parts[3] === 'pagedmembers' || parts[3] === 'members')
    ) {
      const conversationId = parts[2]!;
      const fault = faults.take('read', conversationId);
      if (fault) return applyFault(fault, req, res);
      if (!admit(conversationId, res)) return;
      stats.reads++;
      const member = {
        id: '29:member',
        name: 'Member',
        aadObjectId: conversationId.replace(/^a:personal-/, ''),
      };
      return answer(res, 200, parts[3] === 'members' ? [member] : { members: [member] });
    }
    // POST /v3/conversations/:id/activities[/:replyTo]  and  PUT /v3/conversations/:id/activities/:activityId
    if (parts.length >= 4 && parts[0] === 'v3' && parts[1] === 'conversations' && parts[3] === 'activities') {
      const conversationId = parts[2]!;
      const op = req.method === 'PUT' ? 'update' : 'send';
      const fault = faults.take(op, conversationId);
      if (fault && fault.kind !== 'slow-answer') return applyFault(fault, req, res);
      if (fault) stats.injected++;
      const delayMs = fault ? (fault.holdMs ?? 60_000) : responseDelayMs;
      const gone = blocked.get(conversationId);
      if (gone) {
        stats.injected++;
        return answer(
          res,
          gone,
          errorBody(gone === 403 ? 'MessageWritesBlocked' : 'ConversationNotFound', 'unreachable'),
        );
      }
      if (!admit(conversationId, res)) return;
      const later = (status: number, reply: unknown) => {
        if (delayMs <= 0) return answer(res, status, reply);
        const timer = setTimeout(() => {
          if (!res.destroyed) answer(res, status, reply);
        }, delayMs);
        res.once('close', () => clearTimeout(timer));
      };
      if (op === 'update') {
        const activityId = parts[4] ?? '';
        updates.push({ conversationId, activityId, activity: body, at: Date.now() });
        return later(200, { id: activityId });
      }
      const activityId = `${nextActivity++}`;
      sends.push({
        conversationId,
        activityId,
        text: typeof body.text === 'string' ? body.text : null,
        activity: body,
        at: Date.now(),
      });
      return later(201, { id: activityId });
    }
    answer(res, 404, errorBody('NotFound', `${req.method} ${url.pathname}`));
  }

  // Azure's front end keeps idle connections open for minutes; Node's default of 5 s would close
  // sockets the bot's connector client is about to reuse, a reset the real service rarely causes.
  server.keepAliveTimeout = 240_000;
  server.headersTimeout = 241_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    sends,
    updates,
    created,
    faults,
    stats,
    arrivals,
    block: (conversationId, status) => blocked.set(conversationId, status),
    setResponseDelay: (ms) => void (responseDelayMs = ms),
    sendsTo: (conversationId) => sends.filter((s) => s.conversationId === conversationId),
    inFlight: () => inFlight,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
