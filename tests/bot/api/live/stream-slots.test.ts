import pino from 'pino';
import { createStreamSlots } from '../../../../bot/api/live/stream-slots';
import { createSqliteStore, SQLITE_MEMORY } from '../../../../bot/store';
import type { Store } from '../../../../bot/store/store';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = pino({ level: 'silent' });

describe('stream slots (leases renewed on a heartbeat)', () => {
  let store: Store;
  beforeEach(async () => {
    store = createSqliteStore({ path: SQLITE_MEMORY });
    await store.migrate();
  });
  afterEach(() => store.close());

  it('a renewed lease keeps its slot; a slot taken over after its lease ran out ends the stream', async () => {
    const renewing = createStreamSlots(store, { limit: 1, owner: 'a', leaseMs: 120, heartbeatMs: 40, log });
    const other = createStreamSlots(store, { limit: 1, owner: 'b', leaseMs: 5000, heartbeatMs: 5000, log });
    try {
      expect(await renewing.acquire('p1', 's1')).toBe(true);
      let lostA = 0;
      renewing.track('s1', () => (lostA += 1));
      await sleep(300); // more than two leases: only the heartbeat keeps the slot
      expect(await other.acquire('p1', 's2')).toBe(false);
      expect(lostA).toBe(0);
    } finally {
      renewing.stop();
      other.stop();
    }

    // An instance that stalls (no heartbeat within its lease) loses the slot to another stream.
    const stalled = createStreamSlots(store, { limit: 1, owner: 'c', leaseMs: 50, heartbeatMs: 200, log });
    const taker = createStreamSlots(store, { limit: 1, owner: 'd', leaseMs: 5000, heartbeatMs: 5000, log });
    try {
      expect(await stalled.acquire('p2', 's3')).toBe(true);
      let lost = 0;
      stalled.track('s3', () => (lost += 1));
      await sleep(80);
      expect(await taker.acquire('p2', 's4')).toBe(true);
      await sleep(250); // the stalled instance's next heartbeat finds its slot gone
      expect(lost).toBe(1);
    } finally {
      stalled.stop();
      taker.stop();
    }
  });
});
