import { coalescing } from '../../../bot/api/coalesce';

describe('coalescing concurrent loads', () => {
  it('runs one load for concurrent callers with the same key and a new one afterwards', async () => {
    let calls = 0;
    const load = coalescing(
      (id: string) => id,
      async (id: string) => {
        const n = ++calls;
        await new Promise((r) => setTimeout(r, 10));
        return `${id}#${n}`;
      },
    );
    const [a, b, c] = await Promise.all([load('x'), load('x'), load('y')]);
    expect([a, b, c]).toEqual(['x#1', 'x#1', 'y#2']);
    expect(await load('x')).toBe('x#3');
  });

  it('shares a failure with the waiting callers and then forgets it', async () => {
    let fail = true;
    const load = coalescing(
      () => 'k',
      async () => {
        if (fail) throw new Error('boom');
        return 'ok';
      },
    );
    await expect(Promise.all([load(), load()])).rejects.toThrow('boom');
    fail = false;
    expect(await load()).toBe('ok');
  });
});
