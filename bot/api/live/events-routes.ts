import type { Server } from 'restify';
import { eventsQuerySchema, type EventTicketResponse } from '../../../core/api';
import type { ChangeNotice } from '../../store/store';
import { AuthError } from '../auth/identity';
import { ApiError, notMember } from '../http/api-error';
import { authed, loadCaller, open, type ApiRuntime } from '../http/route';
import { parseQuery } from '../http/validation';
import { isVisible, type ForumView } from './visibility';

const PING_MS = 25_000;
/** Open streams per person (Teams desktop, web and meeting side panels each hold one). */
export const MAX_STREAMS_PER_PERSON = 20;

export interface LiveStreams {
  /** Ends every open event stream (call before closing the HTTP server, or it waits for them). */
  closeAll(): void;
  readonly size: number;
}

/**
 * Live updates for the tab as Server-Sent Events.
 *
 * EventSource cannot send an Authorization header, so the tab first calls
 * POST /api/events/ticket with its Bearer token and then opens
 * GET /api/events?access_token=<ticket>[&forumId=][&topics=answer,takeaways].
 * Tickets live 60 s and are checked once, at connect. Only notices the caller may see
 * (same rules as the read routes) are sent; the data is the notice itself, never user text.
 */
export function registerEventRoutes(server: Server, rt: ApiRuntime): LiveStreams {
  const { store, changes } = rt.deps;
  const streams = new Set<() => void>();
  const perPerson = new Map<string, number>();

  authed(server, rt, 'post', '/api/events/ticket', async ({ caller }) => {
    if (caller.members.length === 0) throw notMember();
    const { ticket, expiresAt } = await rt.tickets.issue(caller.identity);
    const body: EventTicketResponse = {
      ticket,
      expiresAt,
      url: `/api/events?access_token=${encodeURIComponent(ticket)}`,
    };
    return { json: body };
  });

  open(server, rt, 'get', '/api/events', async ({ req, res, query }) => {
    const q = parseQuery(eventsQuerySchema, query);
    if (!q.access_token) throw new AuthError('no ticket');
    const caller = await loadCaller(rt, await rt.tickets.verify(q.access_token));
    const members = caller.members.filter((m) => !q.forumId || m.forumId === q.forumId);
    if (members.length === 0) throw notMember();
    const person = caller.identity.aadObjectId;
    if ((perPerson.get(person) ?? 0) >= MAX_STREAMS_PER_PERSON) {
      throw new ApiError(429, 'too_many_streams', 'error.tooManyStreams');
    }

    const views = new Map<string, ForumView>();
    for (const member of members) {
      const forum = await store.getForum(member.forumId);
      if (forum) views.set(forum.id, { forum, member, departments: await store.listDepartments(forum.id) });
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

    const onChange = (notice: ChangeNotice) => {
      if (notice.topic === 'forum') void refreshForum(notice.forumId);
      if (topics && !topics.has(notice.topic)) return;
      if (!isVisible(notice, views)) return;
      const data: ChangeNotice = {
        forumId: notice.forumId,
        departmentId: notice.departmentId,
        topic: notice.topic,
      };
      write(`event: change\ndata: ${JSON.stringify(data)}\n\n`);
    };
    const refreshForum = async (forumId: string) => {
      const view = views.get(forumId);
      const forum = view && (await store.getForum(forumId).catch(() => undefined));
      if (view && forum) view.forum = forum;
    };

    const unsubscribe = changes.subscribe(onChange);
    const ping = setInterval(() => write(': ping\n\n'), PING_MS);
    ping.unref();
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      clearInterval(ping);
      unsubscribe();
      streams.delete(close);
      const left = (perPerson.get(person) ?? 1) - 1;
      if (left > 0) perPerson.set(person, left);
      else perPerson.delete(person);
      if (!res.writableEnded) res.end();
    };
    streams.add(close);
    perPerson.set(person, (perPerson.get(person) ?? 0) + 1);
    req.on('close', close);
    return { streaming: true };
  });

  return {
    closeAll() {
      for (const close of [...streams]) close();
    },
    get size() {
      return streams.size;
    },
  };
}
