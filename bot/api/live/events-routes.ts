import { randomUUID } from 'node:crypto';
import type { Server } from 'restify';
import { API, type EventTicketResponse } from '../../../core/api';
import type { ChangeNotice } from '../../store/store';
import { apiError, notMember, unauthenticated } from '../http/api-error';
import { routeRegistrar, type ApiRuntime } from '../http/route';
import { createStreamSlots } from './stream-slots';
import { resolveViews, sharedViewSource, storeViewSource, type ViewSource } from './stream-views';
import { isVisible } from './visibility';

const PING_MS = 25_000;
/** Open streams per person (Teams desktop, web and meeting side panels each hold one). */
export const MAX_STREAMS_PER_PERSON = 20;

export interface LiveStreams {
  /**
   * Ends every open event stream (call before closing the HTTP server, or it waits for them);
   * resolves when their slots are given back (call before closing the store).
   */
  closeAll(): Promise<void>;
  readonly size: number;
}

export interface LiveStreamOptions {
  /** Default MAX_STREAMS_PER_PERSON. */
  maxStreamsPerPerson?: number;
  /** Lease of a stream's slot, renewed on a heartbeat while it is open. Default 60 s. */
  leaseMs?: number;
}

/**
 * Live updates for the tab as Server-Sent Events.
 *
 * EventSource cannot send an Authorization header, so the tab first calls
 * POST /api/events/ticket with its Bearer token and then opens
 * GET /api/events?access_token=<ticket>[&forumId=][&topics=answer,takeaways].
 * Tickets live 60 s and are checked once, at connect. Only notices the caller may see
 * (same rules as the read routes) are sent; the data is the notice itself, never user text.
 * A person may hold MAX_STREAMS_PER_PERSON streams across all instances (slots in the store).
 * A 'member' notice re-reads the memberships of the open streams in that forum before any later
 * notice is judged, so a moved member's stream follows them at once; a stream whose person is
 * no longer a member ends with an `event: closed`.
 */
export function registerEventRoutes(
  server: Server,
  rt: ApiRuntime,
  options: LiveStreamOptions = {},
): LiveStreams {
  const register = routeRegistrar(server, rt);
  const { store, changes, log } = rt.deps;
  const streams = new Set<() => Promise<void>>();
  /** After closeAll, new streams are refused: one opened during shutdown would keep the server from closing. */
  let stopping = false;
  const unavailable = () => apiError(503, 'shutting_down', 'error.unavailable');
  const slots = createStreamSlots(store, {
    limit: options.maxStreamsPerPerson ?? MAX_STREAMS_PER_PERSON,
    owner: randomUUID(),
    leaseMs: options.leaseMs,
    log,
  });
  const fromStore = storeViewSource(store);
  /** One shared read per change notice, for all streams re-resolving after it. */
  const sourceFor = new WeakMap<ChangeNotice, ViewSource>();
  const sharedSource = (notice: ChangeNotice) => {
    let source = sourceFor.get(notice);
    if (!source) sourceFor.set(notice, (source = sharedViewSource(fromStore)));
    return source;
  };

  // Counts member notices, so a stream can tell whether one came while it was connecting.
  let memberNotices = 0;
  changes.subscribe((notice) => {
    if (notice.topic === 'member') memberNotices += 1;
  });

  register(API.eventTicket, async ({ caller }) => {
    if (caller.members.length === 0) throw notMember();
    const { ticket, expiresAt } = await rt.tickets.issue(caller.identity);
    const body: EventTicketResponse = {
      ticket,
      expiresAt,
      url: `/api/events?access_token=${encodeURIComponent(ticket)}`,
    };
    return { json: body };
  });

  register(API.events, async (ctx) => {
    const { req, res } = ctx;
    if (stopping) throw unavailable();
    const q = ctx.query;
    if (!q.access_token) throw unauthenticated('no ticket');
    const person = (await rt.tickets.verify(q.access_token)).aadObjectId;
    const memberNoticesSeen = memberNotices;
    let views = await resolveViews(fromStore, person, q.forumId);
    if (views.size === 0) throw notMember();
    const streamId = randomUUID();
    if (!(await slots.acquire(person, streamId))) {
      throw apiError(429, 'too_many_streams', 'error.tooManyStreams');
    }
    if (stopping || req.socket.destroyed) {
      await slots.release(person, streamId);
      if (stopping) throw unavailable();
      return { streaming: true };
    }
    const topics = q.topics ? new Set(q.topics) : null;

    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    const write = (chunk: string) => {
      if (!res.writableEnded) res.write(chunk);
    };
    write(`retry: 5000\n\nevent: ready\ndata: ${JSON.stringify({ forumIds: [...views.keys()] })}\n\n`);

    /** Reads the person's memberships again; false (and the stream ends) when none is left. */
    const reresolve = async (source: ViewSource): Promise<boolean> => {
      views = await resolveViews(source, person, q.forumId);
      if (views.size > 0) return true;
      write(`event: closed\ndata: ${JSON.stringify({ reason: 'not_member' })}\n\n`);
      void close();
      return false;
    };
    const handle = async (notice: ChangeNotice) => {
      if (notice.topic === 'member' && views.has(notice.forumId) && !(await reresolve(sharedSource(notice))))
        return;
      if (notice.topic === 'forum') {
        const view = views.get(notice.forumId);
        const loaded = view && (await sharedSource(notice).forum(notice.forumId));
        if (view && loaded) views.set(notice.forumId, { ...view, ...loaded });
      }
      if (topics && !topics.has(notice.topic)) return;
      if (!isVisible(notice, views)) return;
      const data: ChangeNotice = {
        forumId: notice.forumId,
        departmentId: notice.departmentId,
        topic: notice.topic,
      };
      write(`event: change\ndata: ${JSON.stringify(data)}\n\n`);
    };
    // Notices are judged in order, each after the re-reads the ones before it asked for.
    let queue = Promise.resolve();
    const enqueue = (work: () => Promise<unknown>) => {
      queue = queue
        .then(async () => void (closed ? undefined : await work()))
        .catch((error: unknown) =>
          log.warn({ err: { message: (error as Error).message } }, 'live: could not re-read a stream'),
        );
    };
    const onChange = (notice: ChangeNotice) => enqueue(() => handle(notice));

    let closed = false;
    const unsubscribe = changes.subscribe(onChange);
    // A membership change while this stream was connecting: read the memberships again first.
    if (memberNotices !== memberNoticesSeen) enqueue(() => reresolve(fromStore));
    const ping = setInterval(() => write(': ping\n\n'), PING_MS);
    ping.unref();
    const close = async () => {
      if (closed) return;
      closed = true;
      clearInterval(ping);
      unsubscribe();
      streams.delete(close);
      if (!res.writableEnded) res.end();
      await slots
        .release(person, streamId)
        .catch((error: unknown) =>
          log.warn({ err: { message: (error as Error).message } }, 'live: could not release a stream slot'),
        );
    };
    streams.add(close);
    slots.track(streamId, () => void close());
    req.on('close', () => void close());
    res.on('close', () => void close());
    return { streaming: true };
  });

  return {
    async closeAll() {
      stopping = true;
      slots.stop();
      await Promise.all([...streams].map((close) => close()));
    },
    get size() {
      return streams.size;
    },
  };
}
