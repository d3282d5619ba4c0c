import { randomUUID } from 'node:crypto';
import type {
  SendSlotDecision,
  SendSlotRequest,
  SendSlotReservation,
  SendSlotView,
  SendSlotStore,
} from '../../store/store';
import { realTimer, type MonotonicTimer } from './monotonic-timer';
import {
  KeyedTurns,
  LimiterUnavailableError,
  LocalRateLimitError,
  type SendLimiter,
  type SendPermit,
} from './send-limiter';
import { lookbackMs, windowWait } from './sliding-window';
import { globalLimit, TEAMS_PER_CONVERSATION_LIMITS, type RateWindow } from './teams-rate-limits';

export interface StoreSendLimiterOptions {
  store: SendSlotStore;
  /** Sends per second for the whole app, summed over every instance (config.scheduler.sendRatePerSecond). */
  globalPerSecond: number;
  perConversation?: readonly RateWindow[];
  /** Added to each window (ms), for the distance between the store's clock and Teams'. Default 10. */
  marginMs?: number;
  /** How long an unsettled send counts as in flight (ms): the send request timeout bounds it. */
  inFlightCapMs: number;
  /** How often a wait on sends still in flight looks again (ms). Default 25. */
  recheckMs?: number;
  /** How often old slots are pruned (ms). Default 60 000. */
  pruneEveryMs?: number;
  timer?: MonotonicTimer;
  ids?: () => string;
}

/** The app-wide key in the store (conversation ids never are '*'). */
const APP_KEY = '*';

/** Reservations asked for in one transaction at most. */
const MAX_BATCH = 64;

/**
 * Teams' limits for the sum of all instances: every send takes a slot in the store (PostgreSQL:
 * one transaction under an advisory lock, the database's clock), checked against the same sliding
 * windows as the in-process limiter (windowWait). A slot counts from now + inFlightCapMs until its
 * response is in, then from that moment, so an instance that dies holds capacity for at most the
 * request timeout. Pauses after a 429 are rows too, so every instance honours them.
 * In this process, waiters queue per conversation; the sends waiting at a moment are reserved
 * together, in one transaction (decided in order), so the lock is taken once per batch, not once
 * per send.
 */
export class StoreSendLimiter implements SendLimiter {
  private readonly store: StoreSendLimiterOptions['store'];
  private readonly timer: MonotonicTimer;
  private readonly ids: () => string;
  private readonly perConversation: readonly RateWindow[];
  private readonly app: readonly RateWindow[];
  private readonly marginMs: number;
  private readonly capMs: number;
  private readonly recheckMs: number;
  private readonly pruneEveryMs: number;
  private readonly turns = new KeyedTurns();
  private lastPrune = Number.NEGATIVE_INFINITY;
  private waiting: Array<{
    request: SendSlotRequest;
    settle(result: { decision: SendSlotReservation; asked: number } | { error: unknown }): void;
  }> = [];
  private pumping = false;

  constructor(options: StoreSendLimiterOptions) {
    this.store = options.store;
    this.timer = options.timer ?? realTimer;
    this.ids = options.ids ?? randomUUID;
    this.perConversation = options.perConversation ?? TEAMS_PER_CONVERSATION_LIMITS;
    this.app = [globalLimit(options.globalPerSecond)];
    this.marginMs = options.marginMs ?? 10;
    this.capMs = options.inFlightCapMs;
    this.recheckMs = options.recheckMs ?? 25;
    this.pruneEveryMs = options.pruneEveryMs ?? 60_000;
  }

  acquire(conversationId: string, maxWaitMs = Number.POSITIVE_INFINITY): Promise<SendPermit> {
    if (conversationId === APP_KEY) throw new Error("StoreSendLimiter: '*' is not a conversation id");
    return this.turns.run(`c:${conversationId}`, async () => {
      for (;;) {
        const slotId = this.ids();
        const { decision, asked } = await this.reserve(conversationId, slotId);
        if (decision.ok) return this.permit(slotId, decision.at, asked);
        await this.waitOrGiveUp(decision, maxWaitMs);
      }
    });
  }

  async pause(conversationId: string, ms: number): Promise<void> {
    if (conversationId === APP_KEY) throw new Error("StoreSendLimiter: '*' is not a conversation id");
    await this.store.pauseSends(conversationId, ms);
  }

  async sweep(): Promise<void> {
    const now = this.timer.now();
    if (now - this.lastPrune < this.pruneEveryMs) return;
    this.lastPrune = now;
    await this.store
      .pruneSendSlots(lookbackMs([...this.perConversation, ...this.app], this.marginMs) + this.capMs)
      .catch(() => undefined);
  }

  /** Joins the next batch of reservations; the pump sends every batch as one transaction. */
  private reserve(
    conversationId: string,
    slotId: string,
  ): Promise<{ decision: SendSlotReservation; asked: number }> {
    const request: SendSlotRequest = {
      slotId,
      keys: [
        { key: conversationId, lookbackMs: lookbackMs(this.perConversation, this.marginMs) },
        { key: APP_KEY, lookbackMs: lookbackMs(this.app, this.marginMs) },
      ],
      holdMs: this.capMs,
      decide: (view) => this.decide(view, conversationId),
    };
    return new Promise((resolve, reject) => {
      this.waiting.push({
        request,
        settle: (result) => ('error' in result ? reject(result.error) : resolve(result)),
      });
      void this.pump();
    });
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, MAX_BATCH);
        // This process's time right before the reservation was asked for (see permit).
        const asked = this.timer.now();
        try {
          const decisions = await this.store.reserveSendSlots(batch.map((w) => w.request));
          batch.forEach((w, i) => w.settle({ decision: decisions[i]!, asked }));
        } catch (error) {
          const unavailable = new LimiterUnavailableError(error);
          for (const w of batch) w.settle({ error: unavailable });
        }
      }
    } finally {
      this.pumping = false;
    }
  }

  /** The conversation's wait first (so the app-wide turn is released for other conversations), then the app's. */
  private decide(view: SendSlotView, conversationId: string): SendSlotDecision {
    for (const [key, windows] of [
      [conversationId, this.perConversation],
      [APP_KEY, this.app],
    ] as const) {
      const window = windowWait(view.slots.get(key) ?? [], windows, this.marginMs, view.now);
      const paused = (view.pausedUntil.get(key) ?? 0) - view.now;
      const waitMs = Math.max(window.ms, paused);
      if (waitMs > 0) return { ok: false, waitMs, inFlight: window.inFlight && window.ms >= paused, key };
    }
    return { ok: true };
  }

  private async waitOrGiveUp(
    decision: Extract<SendSlotDecision, { ok: false }>,
    maxWaitMs: number,
  ): Promise<void> {
    if (!decision.inFlight && decision.waitMs > maxWaitMs) throw new LocalRateLimitError(decision.waitMs);
    await this.timer.sleep(decision.inFlight ? Math.min(decision.waitMs, this.recheckMs) : decision.waitMs);
  }

  /**
   * The send counts from its answer's arrival, in the store's clock: the reservation's instant
   * plus the time elapsed here since before the reservation was asked for (never earlier than the
   * real arrival), so the settling write's own delay does not lengthen the windows.
   */
  private permit(slotId: string, reservedAt: number, asked: number): SendPermit {
    let settled = false;
    return {
      at: this.timer.now(),
      done: () => {
        if (settled) return;
        settled = true;
        const answeredAt = reservedAt + (this.timer.now() - asked);
        // If this fails, the slot keeps counting until now + inFlightCapMs: safe, only slower.
        void this.store.settleSendSlot(slotId, answeredAt).catch(() => undefined);
      },
    };
  }
}
