import { coalescing } from '../../../bot/api/coalesce';
import { FREE_SLOT } from '../../../bot/api/http/admission';

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
    const [a, b, c] = await Promise.all([load(FREE_SLOT, 'x'), load(FREE_SLOT, 'x'), load(FREE_SLOT, 'y')]);
    expect([a, b, c]).toEqual(['x#1', 'x#1', 'y#2']);
    expect(await load(FREE_SLOT, 'x')).toBe('x#3');
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
    await expect(Promise.all([load(FREE_SLOT), load(FREE_SLOT)])).rejects.toThrow('boom');
    fail = false;
    expect(await load(FREE_SLOT)).toBe('ok');
  });
});
