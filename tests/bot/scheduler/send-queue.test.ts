import pino from 'pino';
import type { AppDeps } from '../../../bot/app-deps';
import { loadConfig } from '../../../bot/config';
import { SnapshotCache } from '../../../bot/scheduler/forum-snapshot';
import { MAY_HAVE_ARRIVED } from '../../../bot/scheduler/send-failure';
import { newPassContext } from '../../../bot/scheduler/pass-context';
import { runBatch, sendOne, type JobOutcome, type SendQueue } from '../../../bot/scheduler/send-queue';
import { InProcessChangeFeed, type MeetingStore } from '../../../bot/store';
import type { Store } from '../../../bot/store/store';
import { createKeyring } from '../../../bot/keys/keyring';
import type { ProactiveSender, SendFailure, SendResult } from '../../../bot/teams/proactive';
import { handClock } from './fanout-fixture';

const at = '2019-11-22T07:00:00.000Z';

interface Job {
  id: string;
  attempts: number;
}
type Done = { state: 'done' };

/** A queue of one-message jobs; `repeatable` as given, everything recorded in `recorded`. */
function queueOf(repeatable: boolean, recorded: Map<string, JobOutcome<Done>>, jobs: Job[] = []) {
  const queue: SendQueue<Job, Done> = {
    table: repeatable ? 'card_closes' : 'deliveries',
    noun: 'test job',
    idOf: (job) => job.id,
    attemptsOf: (job) => job.attempts,
    logFields: (job) => ({ deliveryId: job.id }),
    claim: async () => jobs,
    plan: async (_pass, job) => ({
      message: {
        reference: { conversation: { id: `conv-${job.id}` } },
        conversationId: `conv-${job.id}`,
        activity: { type: 'message', text: job.id },
        ...(repeatable ? { replaces: `activity-${job.id}` } : {}),
      },
    }),
    done: () => ({ state: 'done' }),
    doneState: 'done',
    complete: async (_deps, id, _owner, outcome) => {
      if (id === 'broken-store') throw new Error('the store is down');
      recorded.set(id, outcome);
      return id !== 'lease-taken';
    },
    repeatable,
  };
  return queue;
}

function world(answer: (conversationId: string) => Promise<SendResult>) {
  const unreachable: string[] = [];
  const leaseChecks: string[] = [];
  const requests: Array<{ kind: 'send' | 'update'; conversationId: string }> = [];
  const store = {
    markConversationUnreachable: async (id: string) => void unreachable.push(id),
    renewLease: async (table: string, id: string) => {
      leaseChecks.push(`${table}:${id}`);
      return true;
    },
  } as unknown as Store;
  const deps: AppDeps = {
    config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SCHEDULER_MAX_ATTEMPTS: '3' }),
    store,
    // The send queue never reads meetings.
    meetings: {} as MeetingStore,
    changes: new InProcessChangeFeed(),
    keys: createKeyring(store),
    clock: handClock(at),
    ids: () => 'id',
    log: pino({ level: 'silent' }),
  };
  const leave = async (
    kind: 'send' | 'update',
    reference: unknown,
    options?: { beforeRequest?: () => Promise<void> },
  ) => {
    const conversationId = (reference as { conversation: { id: string } }).conversation.id;
    await options?.beforeRequest?.();
    requests.push({ kind, conversationId });
    return answer(conversationId);
  };
  const sender = {
    send: (reference, _activity, options) => leave('send', reference, options),
    update: (reference, _id, _activity, options) => leave('update', reference, options),
    createPersonalConversation: async () => {
      throw new Error('not used');
    },
  } as ProactiveSender;
  const pass = newPassContext(deps, sender, 'w1', new SnapshotCache(store), () => 0.5);
  return { pass, unreachable, leaseChecks, requests };
}

const failing = (failure: SendFailure) => async (): Promise<SendResult> => ({ ok: false, failure });

describe('the queue-driven sender', () => {
  it('never sends a new message again that may have arrived, but repeats an update in place', async () => {
    const noAnswer = failing({
      kind: 'transient',
      status: null,
      retryAfterMs: null,
      reason: 'timeout',
      mayHaveArrived: true,
    });
    for (const repeatable of [false, true]) {
      const recorded = new Map<string, JobOutcome<Done>>();
      const { pass, requests, leaseChecks } = world(noAnswer);
      const result = await sendOne(queueOf(repeatable, recorded), pass, { id: 'j1', attempts: 0 });
      expect(requests).toEqual([{ kind: repeatable ? 'update' : 'send', conversationId: 'conv-j1' }]);
      expect(leaseChecks).toEqual([`${repeatable ? 'card_closes' : 'deliveries'}:j1`]);
      if (repeatable) {
        expect(result).toBe('retry');
      } else {
        expect(result).toBe('failed');
        expect(recorded.get('j1')).toEqual({
          state: 'failed',
          error: expect.stringContaining(MAY_HAVE_ARRIVED),
        });
      }
    }
  });

  it('marks the conversation unreachable on a 404 to a new message only', async () => {
    const gone = failing({ kind: 'unreachable', status: 404, reason: 'HTTP 404' });
    for (const repeatable of [false, true]) {
      const recorded = new Map<string, JobOutcome<Done>>();
      const { pass, unreachable } = world(gone);
      expect(await sendOne(queueOf(repeatable, recorded), pass, { id: 'j2', attempts: 0 })).toBe(
        'unreachable',
      );
      expect(unreachable).toEqual(repeatable ? [] : ['conv-j2']);
    }
  });

  it('retries a 429 after its Retry-After, and gives up after the last attempt', async () => {
    const throttled = failing({ kind: 'transient', status: 429, retryAfterMs: 90_000, reason: 'HTTP 429' });
    const recorded = new Map<string, JobOutcome<Done>>();
    const { pass } = world(throttled);
    const queue = queueOf(false, recorded);
    expect(await sendOne(queue, pass, { id: 'first', attempts: 0 })).toBe('retry');
    const retry = recorded.get('first') as { nextAttemptAt: string };
    expect(Date.parse(retry.nextAttemptAt) - Date.parse(at)).toBeGreaterThanOrEqual(90_000);
    expect(await sendOne(queue, pass, { id: 'last', attempts: 2 })).toBe('failed');
    expect(recorded.get('last')).toEqual({ state: 'failed', error: 'HTTP 429 (gave up after 3 attempts)' });
  });

  it('sends nothing for a job whose leases ran out as often as it may be tried', async () => {
    const recorded = new Map<string, JobOutcome<Done>>();
    const { pass, requests } = world(async () => ({ ok: true, activityId: 'a', conversationId: 'c' }));
    expect(await sendOne(queueOf(true, recorded), pass, { id: 'j3', attempts: 3 })).toBe('failed');
    expect(requests).toEqual([]);
    expect(recorded.get('j3')).toEqual(expect.objectContaining({ state: 'failed', notAnAttempt: true }));
  });

  it('works a batch with at most `concurrency` sends at once and counts every result', async () => {
    let inFlight = 0;
    let most = 0;
    const { pass } = world(async (conversationId) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      return { ok: true, activityId: `a-${conversationId}`, conversationId };
    });
    const ids = ['a', 'b', 'c', 'd', 'lease-taken', 'broken-store'];
    const recorded = new Map<string, JobOutcome<Done>>();
    const queue = queueOf(
      false,
      recorded,
      ids.map((id) => ({ id, attempts: 0 })),
    );
    const batch = await runBatch(queue, pass, { now: at, owner: 'w1', leaseMs: 60_000, limit: 50 }, 2);
    expect(batch.jobs).toHaveLength(6);
    expect(most).toBe(2);
    expect(batch.count('done')).toBe(4);
    expect(batch.count('lost-lease')).toBe(2);
  });
});
