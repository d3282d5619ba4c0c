import type { HttpError } from '../../../core/errors';
import { apiError } from './api-error';

/**
 * Bounded admission for the heavy routes (summaries, the overview, Word and PowerPoint builds):
 * a few at work at once per process, the rest waiting in line, a full line refused with 503.
 *
 * Why: a heavy request is many short steps on the event loop (token check, store reads, a shared
 * build, serialization, the write). Fifty of them at once interleave their steps, so a cheap
 * request (/healthz, a card action) waits behind fifty requests' worth of steps on every turn of
 * the loop, although no single step is long. Admitted a few at a time, a turn of the loop holds at
 * most `concurrency` heavy steps, and everything else gets its turn in between.
 *
 * Per process on purpose: what is limited is this process's event loop (its CPU), which no other
 * instance shares; a cluster-wide count would let one busy instance starve while another idles.
 */
export interface AdmissionLimits {
  /** Heavy requests at work at once (API_HEAVY_CONCURRENCY). */
  concurrency: number;
  /** Heavy requests that may wait for their turn; one more is refused with 503 (API_HEAVY_QUEUE). */
  queue: number;
  /** The longest a request waits for its turn before it is refused with 503 (API_HEAVY_WAIT_MS). */
  maxWaitMs: number;
}

/** A request's place among the heavy ones at work. */
export interface Slot {
  /**
   * Waits for work this request shares with others (a build another request started) without
   * holding the slot, then takes a slot again, ahead of requests not yet begun, to finish.
   */
  awaitShared<T>(shared: Promise<T>): Promise<T>;
}

export interface Admission {
  /**
   * Runs `work` in a slot: at once when one is free and nobody waits, else after those in line
   * before it. Refuses with a 503 (`busy`, Retry-After) when the line is full or the wait exceeds
   * maxWaitMs; rejects with `LeftTheLine` when `gone` aborts first (the client hung up).
   */
  run<T>(work: (slot: Slot) => Promise<T>, gone?: AbortSignal): Promise<T>;
  /** Requests at work, waiting to begin, and waiting to finish after shared work. */
  load(): { working: number; waiting: number; resuming: number };
}

/** Seconds a refused client is told to wait before it tries again. */
export const BUSY_RETRY_AFTER_SECONDS = 5;

/** A slot for routes that are not heavy: shared work is simply awaited. */
export const FREE_SLOT: Slot = { awaitShared: (shared) => shared };

/** The client went away while its request waited; nothing is answered. */
export class LeftTheLine extends Error {
  constructor() {
    super('the client left while its request waited for a slot');
    this.name = 'LeftTheLine';
  }
}

interface Waiter {
  admit(): void;
}

/**
 * Admission with the given limits. `nextTurn` hands freed slots to waiters in a later turn of the
 * event loop (setImmediate), so pending I/O — a health probe, a cheap request — runs between one
 * group of heavy steps and the next.
 */
export function createAdmission(
  limits: AdmissionLimits,
  nextTurn: (pump: () => void) => void = (pump) => void setImmediate(pump),
): Admission {
  let working = 0;
  /** Waiting to begin, first come first served; Sets keep insertion order and delete in O(1). */
  const waiting = new Set<Waiter>();
  /** Admitted before and waiting to finish after shared work: they go first. */
  const resuming = new Set<Waiter>();
  let pumping = false;

  const lineIsEmpty = () => waiting.size === 0 && resuming.size === 0;

  function pump() {
    pumping = false;
    while (working < limits.concurrency) {
      const next = first(resuming) ?? first(waiting);
      if (!next) return;
      resuming.delete(next);
      waiting.delete(next);
      working++;
      next.admit();
    }
  }

  function release() {
    working--;
    if (!pumping && !lineIsEmpty()) {
      pumping = true;
      nextTurn(pump);
    }
  }

  /** A slot for a request not yet begun: now, in line, or refused. */
  function enter(gone?: AbortSignal): Promise<void> {
    if (gone?.aborted) return Promise.reject(new LeftTheLine());
    if (working < limits.concurrency && lineIsEmpty()) {
      working++;
      return Promise.resolve();
    }
    if (waiting.size >= limits.queue) return Promise.reject(busy('the line of heavy requests is full'));
    return new Promise<void>((resolve, reject) => {
      const leave = (error: Error) => {
        waiting.delete(waiter);
        cleanUp();
        reject(error);
      };
      const timer = setTimeout(
        () => leave(busy(`waited ${limits.maxWaitMs} ms for a slot`)),
        limits.maxWaitMs,
      );
      timer.unref?.();
      const onGone = () => leave(new LeftTheLine());
      gone?.addEventListener('abort', onGone, { once: true });
      const cleanUp = () => {
        clearTimeout(timer);
        gone?.removeEventListener('abort', onGone);
      };
      const waiter: Waiter = {
        admit: () => {
          cleanUp();
          resolve();
        },
      };
      waiting.add(waiter);
    });
  }

  /** A slot again for an admitted request: never refused, ahead of those not yet begun. */
  function resume(): Promise<void> {
    if (working < limits.concurrency && lineIsEmpty()) {
      working++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      resuming.add({ admit: resolve });
    });
  }

  return {
    async run(work, gone) {
      await enter(gone);
      let held = true;
      const slot: Slot = {
        async awaitShared(shared) {
          if (!held) return shared;
          held = false;
          release();
          try {
            return await shared;
          } finally {
            await resume();
            held = true;
          }
        },
      };
      try {
        return await work(slot);
      } finally {
        if (held) release();
      }
    },
    load: () => ({ working, waiting: waiting.size, resuming: resuming.size }),
  };
}

function first<T>(set: Set<T>): T | undefined {
  for (const item of set) return item;
  return undefined;
}

/** 503 in the request's language, with the seconds to wait in Retry-After and in the message. */
function busy(reason: string): HttpError {
  const seconds = BUSY_RETRY_AFTER_SECONDS;
  return apiError(
    503,
    'busy',
    'error.busy',
    { seconds },
    { headers: { 'Retry-After': String(seconds) }, reason },
  );
}
