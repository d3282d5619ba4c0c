import type { DeliveryStatusResponse } from '../../core/api';
import { deliveryStatus } from '../../core/deliveries';
import type { MeetingMessageRow } from '../../core/api/meeting-types';
import { VOICES_WAITING, type MeetingMessage } from '../store/meetings';
import { HttpError } from '../../core/errors';
import type { Delivery, Localized, Round } from '../../core/model';
import {
  createRound as buildRound,
  proposePlan,
  rescheduleRound,
  validateRoundChange,
  type PlanWarning,
} from '../../core/planner';
import { instantToLocal } from '../../core/time';
import type { AppDeps } from '../app-deps';
import { localized, schedulerError } from './messages';
import { mayHaveArrivedRecorded } from './send-failure';
import { createRoundInput, sendNowInput, type CreateRoundInput, type SendNowInput } from './round-input';

export interface RoundChangeResult {
  round: Round;
  /** Non-blocking remarks (closed day, quiet hours, ambiguous local time), localized. */
  warnings: Localized[];
}

export interface AcceptPlanResult {
  rounds: Round[];
  /** Planned rounds of the previous plan that the accepted one replaced. */
  replaced: number;
  warnings: PlanWarning[];
}

/**
 * The organizer's operations on rounds and deliveries. Every bad input is an HttpError with a
 * Danish and English message; nothing here sends: the scheduler's worker does, at dueAt.
 */
export class RoundsService {
  constructor(private readonly deps: AppDeps) {}

  private now(): string {
    return this.deps.clock.now().toISOString();
  }

  private async context(forumId: string) {
    const forum = await this.deps.store.getForum(forumId);
    if (!forum) throw schedulerError(404, 'forum.notFound', 'forum.notFound');
    const [departments, questions] = await Promise.all([
      this.deps.store.listDepartments(forumId),
      this.deps.store.listQuestions(forumId),
    ]);
    return { forum, departments, questions, now: this.now() };
  }

  private async changeable(id: string): Promise<Round> {
    const round = await this.deps.store.getRound(id);
    if (!round) throw schedulerError(404, 'round.notFound', 'round.notFound');
    if (round.state === 'cancelled' || round.state === 'missed') {
      throw new HttpError(409, 'round.notChangeable', stateMessage(round.state));
    }
    return round;
  }

  private async publish(round: Round): Promise<void> {
    await this.deps.changes.publish({
      forumId: round.forumId,
      departmentId: round.departmentId,
      topic: 'round',
    });
  }

  /** Replaces the forum's not-yet-due planned rounds with the planner's proposal (future rounds only). */
  async acceptPlan(forumId: string): Promise<AcceptPlanResult> {
    const ctx = await this.context(forumId);
    const plan = proposePlan(ctx.forum, ctx.departments, ctx.questions, this.deps.ids, ctx.now);
    const blocking = plan.warnings.find((w) => w.severity === 'error');
    if (blocking) throw new HttpError(422, `plan.${blocking.code}`, blocking.message);
    let replaced = 0;
    for (const round of await this.deps.store.listRounds(forumId)) {
      if (round.state === 'planned' && round.dueAt > ctx.now) {
        await this.deps.store.saveRound({ ...round, state: 'cancelled', updatedAt: ctx.now });
        replaced++;
      }
    }
    const rounds = plan.rounds.filter((r) => r.dueAt > ctx.now);
    for (const round of rounds) await this.deps.store.saveRound(round);
    await this.deps.changes.publish({ forumId, departmentId: null, topic: 'round' });
    return { rounds, replaced, warnings: plan.warnings };
  }

  async createRound(input: CreateRoundInput): Promise<RoundChangeResult> {
    const parsed = parse(createRoundInput, input);
    const ctx = await this.context(parsed.forumId);
    const built = buildRound(parsed, ctx, this.deps.ids);
    if (!built.ok) throw issuesError(built.errors);
    if (!parsed.acceptOutsideHours) refuseUnconfirmed(built.warnings);
    await this.deps.store.saveRound(built.round);
    await this.publish(built.round);
    return { round: built.round, warnings: built.warnings.map((w) => w.message) };
  }

  /** Moves a round to another local date/time; its pending deliveries move with it. */
  async moveRound(
    id: string,
    localDate: string,
    localTime: string,
    acceptOutsideHours = false,
  ): Promise<RoundChangeResult> {
    const round = await this.changeable(id);
    const ctx = await this.context(round.forumId);
    const moved = rescheduleRound(round, { localDate, localTime }, ctx);
    if (!moved.ok) throw issuesError(moved.errors);
    if (!acceptOutsideHours) refuseUnconfirmed(moved.warnings);
    await this.deps.store.saveRound(moved.round);
    if (round.state === 'materialized')
      await this.deps.store.rescheduleDeliveries(id, moved.round.dueAt, ctx.now);
    await this.publish(moved.round);
    return { round: moved.round, warnings: moved.warnings.map((w) => w.message) };
  }

  /** Cancels a round: nothing more is sent for it (pending deliveries are cancelled too). */
  async cancelRound(id: string): Promise<{ round: Round; cancelledDeliveries: number }> {
    const round = await this.changeable(id);
    const now = this.now();
    const cancelled: Round = { ...round, state: 'cancelled', updatedAt: now };
    await this.deps.store.saveRound(cancelled);
    const cancelledDeliveries = await this.deps.store.cancelPendingDeliveries(id, now);
    await this.publish(cancelled);
    return { round: cancelled, cancelledDeliveries };
  }

  /** A round due now; the worker sends it at its next pass. */
  async sendNow(input: SendNowInput): Promise<RoundChangeResult> {
    const parsed = parse(sendNowInput, input);
    const ctx = await this.context(parsed.forumId);
    const local = instantToLocal(ctx.now, ctx.forum.timeZone);
    const change = { ...parsed, localDate: local.date, localTime: local.time };
    const checked = validateRoundChange(change, ctx);
    const errors = checked.ok
      ? []
      : checked.errors.filter((e) => e.code !== 'inPast' && e.code !== 'nonexistentTime');
    if (errors.length > 0) throw issuesError(errors);
    const round: Round = {
      id: this.deps.ids(),
      forumId: parsed.forumId,
      departmentId: parsed.departmentId,
      kind: parsed.kind,
      questionIds: [...parsed.questionIds],
      localDate: local.date,
      localTime: local.time,
      dueAt: ctx.now,
      state: 'planned',
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    await this.deps.store.saveRound(round);
    await this.publish(round);
    return { round, warnings: [] };
  }

  async retryDelivery(id: string): Promise<void> {
    const delivery = await this.deps.store.getDelivery(id);
    if (!delivery) throw schedulerError(404, 'delivery.notFound', 'delivery.notFound');
    if (await this.answeredSinceUncertainSend(delivery))
      throw schedulerError(409, 'delivery.arrived', 'delivery.arrived');
    if (!(await this.deps.store.retryDelivery(id, this.now()))) {
      throw schedulerError(409, 'delivery.notRetryable', 'delivery.notRetryable', { state: delivery.state });
    }
    await this.deps.changes.publish({
      forumId: delivery.forumId,
      departmentId: delivery.departmentId,
      topic: 'delivery',
    });
  }

  /**
   * A send that may have arrived is retried only by hand, and not when something newer was
   * recorded for it: the member answered the round's questions after the attempt began (the card
   * reached them).
   */
  private async answeredSinceUncertainSend(delivery: Delivery): Promise<boolean> {
    if (delivery.recipientKind !== 'member' || !mayHaveArrivedRecorded(delivery.lastError)) return false;
    const round = await this.deps.store.getRound(delivery.roundId);
    if (!round) return false;
    const attemptBegan = Date.parse(delivery.updatedAt) - this.deps.config.scheduler.sendRequestTimeoutMs;
    const answers = await this.deps.store.listAnswers(delivery.forumId, { memberId: delivery.recipientId });
    return answers.some(
      (a) => round.questionIds.includes(a.questionId) && Date.parse(a.updatedAt) >= attemptBegan,
    );
  }

  async cancelDelivery(id: string): Promise<void> {
    const delivery = await this.deps.store.getDelivery(id);
    if (!delivery) throw schedulerError(404, 'delivery.notFound', 'delivery.notFound');
    const ok = delivery.state === 'pending' && (await this.deps.store.cancelDelivery(id, this.now()));
    if (!ok)
      throw schedulerError(409, 'delivery.notCancellable', 'delivery.notCancellable', {
        state: delivery.state,
      });
    await this.deps.changes.publish({
      forumId: delivery.forumId,
      departmentId: delivery.departmentId,
      topic: 'delivery',
    });
  }

  /** Who got each round (every round of the forum, or only `roundId`'s: none when it is not the forum's). */
  async deliveryStatus(forumId: string, roundId?: string): Promise<DeliveryStatusResponse> {
    const ctx = await this.context(forumId);
    const [rounds, deliveries, members, answers, queued] = await Promise.all([
      this.deps.store.listRounds(forumId),
      this.deps.store.listDeliveries(roundId ? { roundId } : { forumId }),
      this.deps.store.listMembers(forumId),
      this.deps.store.listAnswers(ctx.forum.id),
      roundId ? Promise.resolve([]) : this.deps.meetings.listMessages({ forumId }),
    ]);
    const shown = roundId ? rounds.filter((r) => r.id === roundId) : rounds;
    return deliveryStatus({
      rounds: shown,
      deliveries,
      members,
      answers,
      meetingMessages: meetingMessageRows(queued),
    });
  }
}

function stateMessage(state: Round['state']): Localized {
  const word = localized(`state.${state}`);
  return {
    da: localized('round.notChangeable', { state: word.da }).da,
    en: localized('round.notChangeable', { state: word.en }).en,
  };
}

const OUTSIDE_HOURS: ReadonlySet<string> = new Set(['closedDay', 'inQuietHours']);

/**
 * A round on a closed day or in quiet hours is saved only when the organizer confirmed it
 * ("send anyway"); otherwise 409 with the reasons, and nothing changes.
 */
function refuseUnconfirmed(
  warnings: ReadonlyArray<{ code: string; field: string; message: Localized }>,
): void {
  const outside = warnings.filter((w) => OUTSIDE_HOURS.has(w.code));
  if (outside.length === 0) return;
  const reasons = (locale: 'da' | 'en') => outside.map((w) => w.message[locale]).join(' ');
  const text = {
    da: localized('round.confirmOutsideHours', { reasons: reasons('da') }).da,
    en: localized('round.confirmOutsideHours', { reasons: reasons('en') }).en,
  };
  const fields: Record<string, Localized> = {};
  for (const w of outside) fields[w.field] ??= w.message;
  throw new HttpError(409, 'round.confirmOutsideHours', text, { fields });
}

function issuesError(errors: ReadonlyArray<{ code: string; field: string; message: Localized }>): HttpError {
  const first = errors[0]!;
  const fields: Record<string, Localized> = {};
  for (const e of errors) fields[e.field] ??= e.message;
  return new HttpError(422, `round.${first.code}`, first.message, { fields });
}

function parse<T>(
  schema: {
    safeParse(
      v: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };
  },
  input: unknown,
): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const detail = `${issue.path.map(String).join('.') || 'input'}: ${issue.message}`;
  return throwInvalid(detail);
}

function throwInvalid(detail: string): never {
  throw schedulerError(400, 'round.invalidInput', 'round.invalidInput', { detail });
}

/** The meetings' own messages as the read model takes them (the voices' notices ride the queue, not shown here). */
function meetingMessageRows(messages: readonly MeetingMessage[]): MeetingMessageRow[] {
  return messages.flatMap((m) =>
    m.kind === VOICES_WAITING
      ? []
      : [
          {
            id: m.id,
            departmentId: m.departmentId,
            kind: m.kind,
            occasion: m.occasion,
            recipientKind: m.recipientKind,
            recipientId: m.recipientId,
            dueAt: m.dueAt,
            state: m.state,
            attempts: m.attempts,
            lastError: m.lastError,
            updatedAt: m.updatedAt,
          },
        ],
  );
}
