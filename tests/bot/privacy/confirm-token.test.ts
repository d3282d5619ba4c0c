import { createHmac } from 'node:crypto';
import { createKeyring } from '../../../bot/keys/keyring';
import { createConfirmTokens, redeemConfirmToken } from '../../../bot/privacy/confirm-token';
import { createSqliteStore, SQLITE_MEMORY } from '../../../bot/store';
import type { Store } from '../../../bot/store/store';

let db: Store;
beforeEach(async () => {
  db = createSqliteStore({ path: SQLITE_MEMORY });
  await db.migrate();
});
afterEach(() => db.close());

describe('confirmation codes', () => {
  let now = 0;
  const clock = { now: () => new Date(now) };
  beforeEach(() => {
    now = Date.parse('2019-10-01T10:00:00Z');
  });

  test('valid for its purpose and subject only, until it expires', async () => {
    const tokens = createConfirmTokens(createKeyring(db, { clock }), clock, 60_000);
    const token = await tokens.issue('erase', 'aad:m1');
    expect(await tokens.verify(token, 'erase', 'aad:m1')).toBe(true);
    expect(await tokens.verify(token, 'erase', 'aad:m2')).toBe(false);
    expect(await tokens.verify(token, 'export', 'aad:m1')).toBe(false);
    now += 60_001;
    expect(await tokens.verify(token, 'erase', 'aad:m1')).toBe(false);
  });

  test('shared keyring: another instance accepts it; another database does not; junk never does', async () => {
    const token = await createConfirmTokens(createKeyring(db, { clock }), clock).issue('erase', 's');
    expect(await createConfirmTokens(createKeyring(db, { clock }), clock).verify(token, 'erase', 's')).toBe(
      true,
    );
    const elsewhere = createSqliteStore({ path: SQLITE_MEMORY });
    await elsewhere.migrate();
    try {
      const foreign = createConfirmTokens(createKeyring(elsewhere, { clock }), clock);
      await foreign.issue('erase', 's'); // that database has a key of its own
      expect(await foreign.verify(token, 'erase', 's')).toBe(false);
    } finally {
      await elsewhere.close();
    }
    const tokens = createConfirmTokens(createKeyring(db, { clock }), clock);
    for (const junk of [
      undefined,
      null,
      42,
      '',
      '.',
      'a.b',
      'a.b.c',
      `${token}x`,
      'x'.repeat(5000),
      { token },
    ]) {
      expect(await tokens.verify(junk, 'erase', 's')).toBe(false);
    }
  });
});

describe('single use (redeemConfirmToken)', () => {
  const clock = { now: () => new Date('2019-10-01T10:00:00Z') };
  /** The store's consumeConfirmCode, in memory: the first use of an id wins. */
  const ledger = () => {
    const used = new Map<string, string>();
    return {
      used,
      consumeConfirmCode: async (id: string, expiresAt: string) => {
        if (used.has(id)) return false;
        used.set(id, expiresAt);
        return true;
      },
    };
  };

  test('each code has its own id; used once, on any instance sharing the store', async () => {
    const store = ledger();
    const a = createConfirmTokens(createKeyring(db, { clock }), clock);
    const b = createConfirmTokens(createKeyring(db, { clock }), clock);
    const token = await a.issue('erase', 's');
    expect(await a.issue('erase', 's')).not.toBe(token);
    expect(await a.check(token, 'erase', 's')).toEqual({
      id: expect.any(String),
      expiresAt: '2019-10-01T10:15:00.000Z',
    });
    expect(await redeemConfirmToken(a, store, clock, token, 'erase', 's')).toBe('ok');
    expect(await redeemConfirmToken(b, store, clock, token, 'erase', 's')).toBe('used');
    expect(await redeemConfirmToken(a, store, clock, token, 'erase', 's')).toBe('used');
    expect(store.used.size).toBe(1);
  });

  test('a code that does not verify is refused without being used up', async () => {
    const store = ledger();
    const tokens = createConfirmTokens(createKeyring(db, { clock }), clock);
    const token = await tokens.issue('erase', 's');
    expect(await redeemConfirmToken(tokens, store, clock, token, 'erase', 'other')).toBe('invalid');
    expect(await redeemConfirmToken(tokens, store, clock, `${token}x`, 'erase', 's')).toBe('invalid');
    expect(store.used.size).toBe(0);
    expect(await redeemConfirmToken(tokens, store, clock, token, 'erase', 's')).toBe('ok');
  });

  test('a code signed with the current key but without an id (nonce) is refused', async () => {
    const keys = createKeyring(db, { clock });
    const key = await keys.signingKey('confirm-code');
    const body = Buffer.from(
      JSON.stringify({ k: key.id, p: 'erase', s: 's', e: Date.parse('2019-10-01T10:10:00Z') }),
    ).toString('base64url');
    const legacy = `${body}.${createHmac('sha256', key.secret).update(body).digest('base64url')}`;
    const tokens = createConfirmTokens(keys, clock);
    expect(await tokens.verify(legacy, 'erase', 's')).toBe(false);
    const withNonce = Buffer.from(
      JSON.stringify({ k: key.id, p: 'erase', s: 's', e: Date.parse('2019-10-01T10:10:00Z'), n: 'x' }),
    ).toString('base64url');
    const signed = `${withNonce}.${createHmac('sha256', key.secret).update(withNonce).digest('base64url')}`;
    expect(await tokens.verify(signed, 'erase', 's')).toBe(true);
    expect(await redeemConfirmToken(tokens, ledger(), clock, legacy, 'erase', 's')).toBe('invalid');
  });
});
