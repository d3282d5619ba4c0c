import { Client, type Notification, type Pool } from 'pg';
import { connectionConfig } from '../postgres/connection-config';
import { prepareOnPostgres } from '../postgres/named-statements';
import { assertPlainIdentifier } from '../postgres/identifier';
import type { ChangeFeed, ChangeNotice } from '../store';
import { reportListenerError } from './in-process-change-feed';
import { noticePayload, notifyAll, parseChangeNotice } from './notice';

export const DEFAULT_CHANGE_CHANNEL = 'samskab_changes';

/** One statement sends a batch of notices (a named statement where the pool uses them). */
const NOTIFY_BATCH = 'select pg_notify($1, payload) from unnest($2::text[]) as payload';
prepareOnPostgres(NOTIFY_BATCH);

export interface PostgresChangeFeedOptions {
  /** For the one dedicated listening connection. */
  connectionString: string;
  /** The password per connection (an Entra token, DATABASE_AUTH=entra); default: the URL's. */
  password?: () => Promise<string>;
  /** Publishing goes through the store's pool. */
  pool: Pool;
  channel?: string;
  /** First reconnect delay; doubles up to maxReconnectDelayMs. Default 500 ms. */
  reconnectDelayMs?: number;
  maxReconnectDelayMs?: number;
  /** Connection lost / reconnect failed. Default: a process warning. */
  onError?: (error: Error) => void;
  onListenerError?: (error: unknown) => void;
  /** Called after a lost connection is back (not on the first connect): a cue to refetch. */
  onReconnected?: () => void;
}

/**
 * Change notices across server instances with PostgreSQL LISTEN/NOTIFY. One dedicated client
 * listens; when its connection drops it reconnects with backoff and listens again (notices sent
 * while it was away are not replayed, so live views should refetch on `onReconnected`).
 * An instance hears its own notices through the database too, so every listener sees each notice once.
 */
export class PostgresChangeFeed implements ChangeFeed {
  private readonly listeners = new Set<(change: ChangeNotice) => void>();
  readonly channel: string;
  /** Notices published while a batch is on its way, by payload, in publishing order. */
  private readonly waiting = new Map<
    string,
    { sent: Promise<void>; resolve: () => void; reject: (error: unknown) => void }
  >();
  private sending = false;
  private client: Client | undefined;
  private closed = false;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private reconnectDelay: number;
  /** Incremented each time the listening connection is (re)established. */
  connections = 0;

  private constructor(private readonly options: PostgresChangeFeedOptions) {
    this.channel = assertPlainIdentifier('Change channel', options.channel ?? DEFAULT_CHANGE_CHANNEL);
    this.reconnectDelay = options.reconnectDelayMs ?? 500;
  }

  /** Connects and listens; rejects if the first connection fails. */
  static async open(options: PostgresChangeFeedOptions): Promise<PostgresChangeFeed> {
    const feed = new PostgresChangeFeed(options);
    await feed.connect();
    return feed;
  }

  /**
   * Sends the notice at once if no other is on its way, else with the next batch: every notice
   * published while one statement is under way goes out together in the following one (one round
   * trip, in publishing order), and a notice already waiting for that batch is not queued twice.
   * Each notice is sent after it was published, so listeners refetch after the change it reports.
   */
  publish(change: ChangeNotice): Promise<void> {
    const payload = noticePayload(change);
    const waiting = this.waiting.get(payload);
    if (waiting) return waiting.sent;
    let settle!: { resolve: () => void; reject: (error: unknown) => void };
    const sent = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
    this.waiting.set(payload, { sent, ...settle });
    if (!this.sending) void this.sendWaiting();
    return sent;
  }

  private async sendWaiting(): Promise<void> {
    this.sending = true;
    while (this.waiting.size > 0) {
      const batch = [...this.waiting];
      this.waiting.clear();
      try {
        await this.options.pool.query(NOTIFY_BATCH, [this.channel, batch.map(([payload]) => payload)]);
        for (const [, notice] of batch) notice.resolve();
      } catch (error) {
        for (const [, notice] of batch) notice.reject(error);
      }
    }
    this.sending = false;
  }

  subscribe(listener: (change: ChangeNotice) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** True while the listening connection is up. */
  get listening(): boolean {
    return this.client !== undefined;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.listeners.clear();
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client(connectionConfig(this.options.connectionString, this.options.password));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    client.on('notification', (message) => this.deliver(message));
    try {
      await client.connect();
      await client.query(`listen "${this.channel}"`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.connections++;
    this.reconnectDelay = this.options.reconnectDelayMs ?? 500;
    if (this.connections > 1) this.options.onReconnected?.();
  }

  private deliver(message: Notification): void {
    if (message.channel !== this.channel || message.payload === undefined) return;
    const notice = parseChangeNotice(message.payload);
    if (notice) notifyAll(this.listeners, notice, this.options.onListenerError ?? reportListenerError);
  }

  private lost(client: Client, error: Error): void {
    if (this.client !== client) return;
    this.client = undefined;
    client.end().catch(() => undefined);
    if (this.closed) return;
    this.report(new Error(`Change feed lost its PostgreSQL connection: ${error.message}`));
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.reconnectTimer) return;
    const delay = this.reconnectDelay;
    this.reconnectDelay = Math.min(delay * 2, this.options.maxReconnectDelayMs ?? 30_000);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      this.connect().catch((error: unknown) => {
        this.report(
          new Error(
            `Change feed reconnect failed: ${error instanceof Error ? error.message : String(error)}`,
          ),
        );
        this.scheduleReconnect();
      });
    }, delay);
    this.reconnectTimer.unref();
  }

  private report(error: Error): void {
    (this.options.onError ?? ((e: Error) => process.emitWarning(e.message)))(error);
  }
}
