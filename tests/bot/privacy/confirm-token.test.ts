import { createHmac } from 'node:crypto';
import { createConfirmTokens, redeemConfirmToken } from '../../../bot/privacy/confirm-token';

describe('confirmation codes', () => {
  let now = 0;
  const clock = { now: () => new Date(now) };
  beforeEach(() => {
    now = Date.parse('2019-10-01T10:00:00Z');
  });

  test('valid for its purpose and subject only, until it expires', () => {
    const tokens = createConfirmTokens('secret', clock, 60_000);
    const token = tokens.issue('erase', 'aad:m1');
    expect(tokens.verify(token, 'erase', 'aad:m1')).toBe(true);
    expect(tokens.verify(token, 'erase', 'aad:m2')).toBe(false);
    expect(tokens.verify(token, 'export', 'aad:m1')).toBe(false);
    now += 60_001;
    expect(tokens.verify(token, 'erase', 'aad:m1')).toBe(false);
  });

  test('shared secret: another instance accepts it; another secret does not; junk never does', () => {
    const token = createConfirmTokens('secret', clock).issue('erase', 's');
    expect(createConfirmTokens('secret', clock).verify(token, 'erase', 's')).toBe(true);
    expect(createConfirmTokens('other', clock).verify(token, 'erase', 's')).toBe(false);
    expect(createConfirmTokens(null, clock).verify(token, 'erase', 's')).toBe(false);
    const tokens = createConfirmTokens('secret', clock);
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
      expect(tokens.verify(junk, 'erase', 's')).toBe(false);
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

  test('each code has its own id; used once, on any instance sharing the secret and the store', async () => {
    const store = ledger();
    const a = createConfirmTokens('secret', clock);
    const b = createConfirmTokens('secret', clock);
    const token = a.issue('erase', 's');
    expect(a.issue('erase', 's')).not.toBe(token);
    expect(a.check(token, 'erase', 's')).toEqual({
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
    const tokens = createConfirmTokens('secret', clock);
    const token = tokens.issue('erase', 's');
    expect(await redeemConfirmToken(tokens, store, clock, token, 'erase', 'other')).toBe('invalid');
    expect(await redeemConfirmToken(tokens, store, clock, `${token}x`, 'erase', 's')).toBe('invalid');
    expect(store.used.size).toBe(0);
    expect(await redeemConfirmToken(tokens, store, clock, token, 'erase', 's')).toBe('ok');
  });

  test('a correctly signed code without an id (issued before codes were single-use) is refused', async () => {
    const key = 'samskab-confirm:secret';
    const body = Buffer.from(
      JSON.stringify({ p: 'erase', s: 's', e: Date.parse('2019-10-01T10:10:00Z') }),
    ).toString('base64url');
    const legacy = `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
    const tokens = createConfirmTokens('secret', clock);
    expect(tokens.verify(legacy, 'erase', 's')).toBe(false);
    expect(await redeemConfirmToken(tokens, ledger(), clock, legacy, 'erase', 's')).toBe('invalid');
  });
});
