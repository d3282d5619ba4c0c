import type { Activity } from 'botbuilder';
import type { AppDeps } from '../app-deps';
import type { LeasedTable } from '../store/leased-queue';
import type { ClaimRequest } from '../store/store';
import type { SendFailure } from '../teams/proactive';
import { confirmLease } from './lease-keeper';
import type { PassContext } from './pass-context';
import {
  classifyFailure,
  gaveUpOnLostLeases,
  internalFailure,
  uncertainSend,
  type FailureOutcome,
} from './send-failure';

/*
 * The queue-driven sender: prompts (deliveries), card updates (card closes) and the facilitator
 * meetings' messages (meeting-messages.ts) are leased jobs
 * that come to one message each, sent or updated through the proactive sender under the same
 * lease check, rate limiter, Retry-After pauses and retry rules. Each queue says only what its
 * job means (SendQueue.plan); claiming, sending, failure handling and recording live here once.
 */

/** A queue's own outcomes (sent, closed, cancelled), or one of the failures every queue shares. */
export type JobOutcome<Own> = Own | FailureOutcome | NonNullable<ReturnType<typeof gaveUpOnLostLeases>>;

/** What a job comes to before anything leaves: a message, a failure, or an outcome without sending. */
export type Plan<Own> =
  | { outcome: JobOutcome<Own> }
  | { failure: SendFailure }
  | {
      message: {
        reference: unknown;
        conversationId: string;
        activity: Partial<Activity>;
        /** Update this sent activity in place instead of sending a new one. */
        replaces?: string;
      };
    };

export interface SendQueue<Job, Own extends { state: string }> {
  /** The leased table, for the lease check right before a request leaves. */
  table: LeasedTable;
  /** For log lines: 'delivery' or 'card close'. */
  noun: string;
  /** The delivery id (a card close is one per delivery), logged as deliveryId. */
  idOf(job: Job): string;
  attemptsOf(job: Job): number;
  logFields(job: Job): Record<string, unknown>;
  claim(deps: AppDeps, request: ClaimRequest): Promise<Job[]>;
  plan(pass: PassContext, job: Job, now: Date): Promise<Plan<Own>>;
  /** The outcome of a message Teams accepted. */
  done(sent: { activityId: string; conversationId: string }): Own;
  /** The state of done(): the only one not logged. */
  doneState: Own['state'];
  complete(deps: AppDeps, id: string, owner: string, outcome: JobOutcome<Own>, at: string): Promise<boolean>;
  /**
   * False for a new message: Teams has no idempotency key, so one that may have arrived is not
   * sent again, and a 403/404 marks the conversation unreachable. True for an update in place:
   * repeating it shows the same card, and a 404 may mean only that message was deleted.
   */
  repeatable: boolean;
}

export type JobResult<Own extends { state: string }> = JobOutcome<Own>['state'] | 'lost-lease';

/** Sends (or updates) one leased job's message and records what happened. Never throws for a send problem. */
export async function sendOne<Job, Own extends { state: string }>(
  queue: SendQueue<Job, Own>,
  pass: PassContext,
  job: Job,
): Promise<JobResult<Own>> {
  const { deps } = pass;
  const id = queue.idOf(job);
  const attempts = queue.attemptsOf(job);
  const now = deps.clock.now();
  let outcome: JobOutcome<Own>;
  try {
    outcome =
      gaveUpOnLostLeases(attempts, deps.config.scheduler.maxAttempts) ??
      (await attempt(queue, pass, job, now));
  } catch (error) {
    // A bug or a broken record (e.g. a card that cannot be built) must not loop forever on lease expiry.
    outcome = await failureOutcome(queue, pass, attempts, internalFailure(error), now, null);
  }
  const recorded = await queue.complete(deps, id, pass.owner, outcome, deps.clock.now().toISOString());
  if (!recorded) {
    deps.log.warn({ deliveryId: id }, `${queue.noun}: lease lost before the outcome was recorded`);
    return 'lost-lease';
  }
  const state = outcome.state as JobResult<Own>;
  if (state !== queue.doneState) {
    deps.log[state === 'retry' || state === 'cancelled' ? 'debug' : 'warn'](
      {
        ...queue.logFields(job),
        state,
        error: 'error' in outcome ? outcome.error : undefined,
        attempts: attempts + 1,
      },
      `${queue.noun}: not done`,
    );
  }
  return state;
}

async function attempt<Job, Own extends { state: string }>(
  queue: SendQueue<Job, Own>,
  pass: PassContext,
  job: Job,
  now: Date,
): Promise<JobOutcome<Own>> {
  const attempts = queue.attemptsOf(job);
  const plan = await queue.plan(pass, job, now);
  if ('outcome' in plan) return plan.outcome;
  if ('failure' in plan) return failureOutcome(queue, pass, attempts, plan.failure, now, null);
  const { reference, conversationId, activity, replaces } = plan.message;
  const { deps, sender, owner } = pass;
  const options = {
    // The heartbeat holds the lease while the send waits; a wait longer than half a lease is given
    // up (retried later) so one slow conversation does not hold a worker.
    maxWaitMs: deps.config.scheduler.leaseMs / 2,
    // Right before the request leaves, the lease is checked and extended past the request's timeout.
    beforeRequest: confirmLease(deps, queue.table, queue.idOf(job), owner),
  };
  const result =
    replaces === undefined
      ? await sender.send(reference, activity, options)
      : await sender.update(reference, replaces, activity, options);
  return result.ok
    ? queue.done(result)
    : failureOutcome(queue, pass, attempts, result.failure, now, conversationId);
}

async function failureOutcome<Job, Own extends { state: string }>(
  queue: SendQueue<Job, Own>,
  pass: PassContext,
  attempts: number,
  failure: SendFailure,
  now: Date,
  conversationId: string | null,
): Promise<FailureOutcome> {
  const { deps } = pass;
  if (!queue.repeatable) {
    if (failure.kind === 'unreachable' && conversationId)
      await deps.store.markConversationUnreachable(conversationId, failure.reason, now.toISOString());
    if (failure.kind === 'transient' && failure.mayHaveArrived) return uncertainSend(failure);
  }
  return classifyFailure(failure, attempts, now, deps.config.scheduler.maxAttempts, pass.random);
}

/** Claims one batch of a queue and works through it with `concurrency` workers; counts the results. */
export async function runBatch<Job, Own extends { state: string }>(
  queue: SendQueue<Job, Own>,
  pass: PassContext,
  request: ClaimRequest,
  concurrency: number,
): Promise<{ jobs: Job[]; count(result: JobResult<Own>): number }> {
  const jobs = await queue.claim(pass.deps, request);
  const results = new Map<JobResult<Own>, number>();
  const count = (result: JobResult<Own>) => results.set(result, (results.get(result) ?? 0) + 1);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      try {
        count(await sendOne(queue, pass, job));
      } catch (error) {
        // A store failure: leave the lease to expire, so the job is tried again later.
        count('lost-lease');
        pass.deps.log.error(
          { deliveryId: queue.idOf(job), err: { message: (error as Error).message } },
          `${queue.noun}: pass failed`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  return { jobs, count: (result) => results.get(result) ?? 0 };
}
