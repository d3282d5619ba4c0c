import { useEffect, useRef } from 'react';
import type { HttpClient } from './http-client';

export type ChangeTopic = 'answer' | 'takeaways' | 'delivery' | 'round' | 'forum' | 'member';

/**
 * Sent to the handler whenever the stream is ready, the first time too: the page's data was
 * fetched before the stream was listening (or while it was broken), so notices may have been missed.
 */
export const RECONNECTED_TOPIC = 'reconnected';

export interface ChangeNotice {
  topic: ChangeTopic | string;
  forumId?: string;
  departmentId?: string | null;
  [key: string]: unknown;
}

/**
 * Subscribes to the server's change feed (SSE at /api/events). EventSource cannot send headers,
 * so a short-lived ticket (POST /api/events/ticket) goes in the query string. A notice only says "something changed": callers refetch.
 * Reconnects with backoff (fresh ticket each time) when the stream breaks or the server ends it,
 * and tells the handler (topic 'reconnected') each time the stream is ready, the first time
 * included, because notices sent before it listened were missed (the page's first fetch, a
 * server restart, a deploy). A refused ticket (401) reaches the app through the HTTP client.
 */
export function useLiveEvents(
  http: HttpClient,
  params: { forumId?: string; topics: ChangeTopic[] },
  onNotice: (notice: ChangeNotice) => void,
): void {
  const handler = useRef(onNotice);
  handler.current = onNotice;
  const topics = params.topics.join(',');
  useEffect(() => {
    let source: EventSource | null = null;
    let closed = false;
    let retry = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reconnect = () => {
      source?.close();
      if (closed) return;
      retry += 1;
      timer = setTimeout(() => void open(), Math.min(30_000, 500 * 2 ** retry));
    };
    const open = async () => {
      const ticket = await http
        .call('eventTicket')
        .then((r) => r.ticket)
        .catch(() => null);
      if (closed) return;
      if (!ticket) {
        retry += 1;
        timer = setTimeout(() => void open(), Math.min(30_000, 1000 * 2 ** retry));
        return;
      }
      const query = { topics, forumId: params.forumId, access_token: ticket };
      source = new EventSource(http.url(http.path('events', { query })));
      const deliver = (event: MessageEvent) => {
        retry = 0;
        handler.current(parseNotice(event));
      };
      source.onmessage = deliver;
      source.addEventListener('change', deliver as EventListener);
      source.onopen = () => {
        retry = 0;
      };
      source.addEventListener('ready', () => handler.current({ topic: RECONNECTED_TOPIC }));
      // The server ended the stream (e.g. the membership changed): connect again with a new ticket.
      source.addEventListener('closed', reconnect);
      source.onerror = reconnect;
    };
    void open();
    return () => {
      closed = true;
      if (timer) clearTimeout(timer);
      source?.close();
    };
  }, [http, params.forumId, topics]);
}

function parseNotice(event: MessageEvent): ChangeNotice {
  try {
    const data = JSON.parse(String(event.data)) as ChangeNotice;
    return { ...data, topic: data.topic ?? event.type };
  } catch {
    return { topic: event.type };
  }
}
