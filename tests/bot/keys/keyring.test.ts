import { SignJWT } from 'jose';
import { createEventTickets } from '../../../bot/api/auth/event-tickets';
import { createKeyring } from '../../../bot/keys/keyring';
import { createConfirmTokens } from '../../../bot/privacy/confirm-token';
import { createSqliteStore, SQLITE_MEMORY } from '../../../bot/store';
import type { Store } from '../../../bot/store/store';
import { manualClock } from '../../support/app-harness';

const HOUR = 3600_000;
const MINUTE = 60_000;

/** A store that counts keyring reads, to show the cache spares the database. */
function counting(store: Store) {
  const counts = { list: 0, ensure: 0 };
  const wrapped = Object.create(store) as Store;
  wrapped.listSigningKeys = (purpose, at) => {
    counts.list += 1;
    return store.listSigningKeys(purpose, at);
  };
  wrapped.ensureSigningKey = (key) => {
    counts.ensure += 1;
    return store.ensureSigningKey(key);
  };
  return { store: wrapped, counts };
}

describe('keyring', () => {
  let db: Store;
  beforeEach(async () => {
    db = createSqliteStore({ path: SQLITE_MEMORY });
    await db.migrate();
  });
  afterEach(() => db.close());

  test('rotation with overlap: a new key signs; an old code stays valid until its key retires', async () => {
    // Periods of 1 hour, keys verify 20 minutes past their period; codes live 60 minutes.
    const clock = manualClock('2026-01-01T00:50:00Z');
    const options = { clock, rotationMs: HOUR, overlapMs: 20 * MINUTE };
    const issuer = createConfirmTokens(createKeyring(db, options), clock, 60 * MINUTE);
    const verifier = createConfirmTokens(createKeyring(db, options), clock, 60 * MINUTE);
    const old = await issuer.issue('erase', 's');
    const oldKey = await createKeyring(db, options).signingKey('confirm-code');

    clock.set('2026-01-01T01:05:00Z');
    const newKey = await createKeyring(db, options).signingKey('confirm-code');
    expect(newKey.id).not.toBe(oldKey.id);
    const fresh = await issuer.issue('erase', 's');
    expect(JSON.parse(Buffer.from(fresh.split('.')[0]!, 'base64url').toString()).k).toBe(newKey.id);
    expect(await verifier.verify(old, 'erase', 's')).toBe(true);

    clock.set('2026-01-01T01:20:00.001Z'); // the old key retired; the code itself runs to 01:50
    expect(await verifier.verify(old, 'erase', 's')).toBe(false);
    expect(await issuer.verify(old, 'erase', 's')).toBe(false);
    expect(await verifier.verify(fresh, 'erase', 's')).toBe(true);
  });

  test('a forged key id, or a real id with another secret, is refused', async () => {
    const clock = manualClock('2026-01-01T00:00:00Z');
    const keys = createKeyring(db, { clock, minReloadMs: 0 });
    const tickets = createEventTickets(keys);
    const real = await keys.signingKey('event-ticket');
    const sign = (kid: string, secret: Uint8Array) =>
      new SignJWT({ oid: 'intruder' })
        .setProtectedHeader({ alg: 'HS256', kid })
        .setIssuer('urn:samskab:api')
        .setAudience('urn:samskab:events')
        .setIssuedAt()
        .setExpirationTime('1m')
        .sign(secret);
    const guessed = new Uint8Array(32);
    await expect(tickets.verify(await sign('AAAAAAAAAAAAAAAAAAAAAA', guessed))).rejects.toThrow(
      /unauthenticated/,
    );
    await expect(tickets.verify(await sign(real.id, guessed))).rejects.toThrow(/unauthenticated/);
    await expect(tickets.verify(await sign('../../etc', guessed))).rejects.toThrow(/unauthenticated/);
    // A confirmation code's key cannot sign an event ticket (keys are per purpose).
    const confirmKey = await keys.signingKey('confirm-code');
    await expect(tickets.verify(await sign(confirmKey.id, confirmKey.secret))).rejects.toThrow(
      /unauthenticated/,
    );
    await expect(tickets.verify(await sign(real.id, real.secret))).resolves.toMatchObject({
      aadObjectId: 'intruder',
    });
  });

  test('a key created by another instance after this one cached its keys is found by a reload', async () => {
    const clock = manualClock('2026-01-01T00:59:00Z');
    const options = { clock, rotationMs: HOUR, minReloadMs: 0 };
    const a = createEventTickets(createKeyring(db, options));
    const b = createEventTickets(createKeyring(db, options));
    await b.verify((await a.issue({ aadObjectId: 'x', name: 'X', tenantId: null, via: 'dev' })).ticket);
    clock.set('2026-01-01T01:00:30Z'); // a new period: A creates its key, B has not seen it
    const { ticket } = await a.issue({ aadObjectId: 'x', name: 'X', tenantId: null, via: 'dev' });
    await expect(b.verify(ticket)).resolves.toMatchObject({ aadObjectId: 'x' });
  });

  test('keys are cached: many verifications cost one read; forged ids cause at most one read per interval', async () => {
    const clock = manualClock('2026-01-01T00:00:00Z');
    const { store, counts } = counting(db);
    const keys = createKeyring(store, { clock, minReloadMs: 200 });
    const tokens = createConfirmTokens(keys, clock);
    const code = await tokens.issue('erase', 's');
    const reads = counts.list;
    for (let i = 0; i < 100; i += 1) expect(await tokens.verify(code, 'erase', 's')).toBe(true);
    expect(counts.list).toBe(reads);

    const started = Date.now();
    const forged = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        keys.verificationKey('confirm-code', `forged-key-id-${String(i).padStart(4, '0')}`),
      ),
    );
    expect(forged.every((k) => k === null)).toBe(true);
    expect(counts.list - reads).toBeLessThanOrEqual(2);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('instances starting at once share one key per purpose', async () => {
    const clock = manualClock('2026-01-01T00:00:00Z');
    const rings = Array.from({ length: 5 }, () => createKeyring(db, { clock }));
    const keys = await Promise.all(rings.map((ring) => ring.signingKey('dev-token')));
    expect(new Set(keys.map((k) => k.id)).size).toBe(1);
  });
});
