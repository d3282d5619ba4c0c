import { createConfirmTokens } from '../../../bot/privacy/confirm-token';

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
