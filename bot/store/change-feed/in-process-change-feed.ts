import type { ChangeFeed, ChangeNotice } from '../store';
import { notifyAll } from './notice';

/**
 * Change notices within one process (SQLite: one server per database file).
 * Listeners are called asynchronously, after publish() returns, as they would be over the network.
 */
export class InProcessChangeFeed implements ChangeFeed {
  private readonly listeners = new Set<(change: ChangeNotice) => void>();
  private closed = false;
  /** No statement can send a notice here: every one goes through publish. */
  readonly channel = null;

  constructor(private readonly onListenerError: (error: unknown) => void = reportListenerError) {}

  async publish(change: ChangeNotice): Promise<void> {
    if (this.closed) return;
    const notice: ChangeNotice = {
      forumId: change.forumId,
      departmentId: change.departmentId,
      topic: change.topic,
    };
    queueMicrotask(() => notifyAll(this.listeners, notice, this.onListenerError));
  }

  subscribe(listener: (change: ChangeNotice) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
  }
}

export function reportListenerError(error: unknown): void {
  process.emitWarning(`Change listener failed: ${error instanceof Error ? error.message : String(error)}`);
}
