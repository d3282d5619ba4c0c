import { isHttpError, type HttpError } from '../../../core/errors';
import {
  createAdmission,
  LeftTheLine,
  type Admission,
  type AdmissionLimits,
  type Slot,
} from '../../../bot/api/http/admission';

/** A promise the test settles by hand. */
function latch<T = void>() {
  let open!: (value: T) => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<T>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

/** Lets every pending promise callback run (no timers involved). */
const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

/**
 * Admission whose "next turn of the event loop" the test runs by hand, so what runs in which turn
 * is decided by the test, not by timing.
 */
function admission(limits: Partial<AdmissionLimits> = {}) {
  const turns: Array<() => void> = [];
  const gate = createAdmission({ concurrency: 2, queue: 2, maxWaitMs: 30_000, ...limits }, (pump) =>
    turns.push(pump),
  );
  gatesOfThisTest.push(gate);
  const nextTurn = async () => {
    const due = turns.splice(0);
    for (const pump of due) pump();
    await settle();
  };
  return { gate, nextTurn, pendingTurns: () => turns.length };
}

/** A heavy request that records when it starts and finishes when the test opens its latch. */
function request(
  gate: ReturnType<typeof createAdmission>,
  log: string[],
  name: string,
  signal?: AbortSignal,
) {
  const done = latch();
  const result = gate.run(async () => {
    log.push(`start ${name}`);
    await done.promise;
    log.push(`end ${name}`);
    return name;
  }, signal);
  return { result, finish: () => done.open() };
}

/**
 * Lets every request of a test finish, one turn at a time, so none is left waiting in line: a
 * waiter left behind would be refused by its timer half a minute later, in whatever suite this
 * worker runs then, as an unhandled rejection.
 */
async function finishAll(nextTurn: () => Promise<void>, ...requests: ReturnType<typeof request>[]) {
  for (const each of requests) {
    each.finish();
    await settle();
    await nextTurn();
  }
  await Promise.all(requests.map((each) => each.result));
}

const busyOf = async (promise: Promise<unknown>): Promise<HttpError> => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isHttpError(error)) throw new Error(`expected an HttpError, got ${String(error)}`);
  return error;
};

/** Every test ends with nothing at work or in line (see finishAll). */
const gatesOfThisTest: Admission[] = [];
afterEach(() => {
  const left = gatesOfThisTest.splice(0).map((gate) => gate.load());
  expect(left.filter((load) => load.working + load.waiting + load.resuming > 0)).toEqual([]);
});

describe('admission of heavy requests', () => {
  it('lets `concurrency` requests work at once, the rest wait in line and begin in order on a later turn', async () => {
    const { gate, nextTurn } = admission({ concurrency: 2, queue: 5 });
    const log: string[] = [];
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((n) => request(gate, log, n));
    await settle();
    expect(log).toEqual(['start a', 'start b']);
    expect(gate.load()).toEqual({ working: 2, waiting: 2, resuming: 0 });

    a!.finish();
    await settle();
    // The freed slot is handed on in the next turn, not in the same one: other I/O runs between.
    expect(log).toEqual(['start a', 'start b', 'end a']);
    await nextTurn();
    expect(log).toEqual(['start a', 'start b', 'end a', 'start c']);

    b!.finish();
    c!.finish();
    await settle();
    await nextTurn();
    expect(log.slice(-3)).toEqual(['end b', 'end c', 'start d']);
    d!.finish();
    expect(await Promise.all([a!.result, b!.result, c!.result, d!.result])).toEqual(['a', 'b', 'c', 'd']);
    expect(gate.load()).toEqual({ working: 0, waiting: 0, resuming: 0 });
  });

  it('refuses one more than the line holds with a localized 503 busy and Retry-After, running nothing of it', async () => {
    const { gate, nextTurn } = admission({ concurrency: 1, queue: 1 });
    const log: string[] = [];
    const a = request(gate, log, 'a');
    const b = request(gate, log, 'b');
    const refused = request(gate, log, 'c');
    const error = await busyOf(refused.result);
    expect(error.status).toBe(503);
    expect(error.code).toBe('busy');
    expect(error.headers['Retry-After']).toBe('5');
    expect(error.text.da).toBe(
      'Samskab har travlt lige nu, og din forespørgsel kunne ikke vente i kø. Prøv igen om 5 sekunder.',
    );
    expect(error.text.en).toContain('Try again in 5 seconds.');
    expect(error.reason).toBe('the line of heavy requests is full');
    expect(log).toEqual(['start a']);
    expect(gate.load()).toEqual({ working: 1, waiting: 1, resuming: 0 });
    await finishAll(nextTurn, a, b);
  });

  it('refuses a request that waited longer than maxWaitMs with 503 busy', async () => {
    jest.useFakeTimers();
    try {
      const { gate, nextTurn } = admission({ concurrency: 1, queue: 5, maxWaitMs: 1_000 });
      const log: string[] = [];
      const a = request(gate, log, 'a');
      const late = request(gate, log, 'b');
      const refused = busyOf(late.result);
      jest.advanceTimersByTime(1_000);
      const error = await refused;
      expect(error.code).toBe('busy');
      expect(error.reason).toBe('waited 1000 ms for a slot');
      expect(gate.load().waiting).toBe(0);
      expect(log).toEqual(['start a']);
      await finishAll(nextTurn, a);
    } finally {
      jest.useRealTimers();
    }
  });

  it('takes a request out of the line when its client hangs up, so it never runs', async () => {
    const { gate, nextTurn } = admission({ concurrency: 1, queue: 5 });
    const log: string[] = [];
    const a = request(gate, log, 'a');
    const hangUp = new AbortController();
    const gone = request(gate, log, 'gone', hangUp.signal);
    const c = request(gate, log, 'c');
    hangUp.abort();
    await expect(gone.result).rejects.toBeInstanceOf(LeftTheLine);
    expect(gate.load().waiting).toBe(1);
    a.finish();
    await settle();
    await nextTurn();
    expect(log).toEqual(['start a', 'end a', 'start c']);
    c.finish();
    await c.result;
  });

  it('lets a request wait for shared work without its slot and finish ahead of requests not yet begun', async () => {
    const { gate, nextTurn } = admission({ concurrency: 1, queue: 5 });
    const log: string[] = [];
    const build = latch<string>();
    const joined = gate.run(async (slot: Slot) => {
      log.push('start joiner');
      const value = await slot.awaitShared(build.promise);
      log.push(`finish joiner with ${value}`);
      return value;
    });
    await settle();
    // The joiner gave its slot back while it waits: the next request begins on the next turn.
    expect(gate.load()).toEqual({ working: 0, waiting: 0, resuming: 0 });
    const other = request(gate, log, 'other');
    await settle();
    expect(log).toEqual(['start joiner', 'start other']);
    const late = request(gate, log, 'late');
    build.open('the summary');
    await settle();
    expect(gate.load()).toEqual({ working: 1, waiting: 1, resuming: 1 });
    other.finish();
    await settle();
    await nextTurn();
    // The joiner resumes before 'late', which has waited in line but not begun.
    expect(log.slice(-2)).toEqual(['end other', 'finish joiner with the summary']);
    expect(await joined).toBe('the summary');
    await nextTurn();
    expect(log.at(-1)).toBe('start late');
    late.finish();
    await late.result;
    expect(gate.load()).toEqual({ working: 0, waiting: 0, resuming: 0 });
  });

  it('gives the slot back when the work fails', async () => {
    const { gate } = admission({ concurrency: 1, queue: 0 });
    await expect(
      gate.run(async () => {
        throw new Error('store down');
      }),
    ).rejects.toThrow('store down');
    expect(gate.load()).toEqual({ working: 0, waiting: 0, resuming: 0 });
    expect(await gate.run(async () => 'next')).toBe('next');
  });
});
