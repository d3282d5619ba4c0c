import { mergeTexts } from '../../tab/src/pages/summary/takeaways/merge-texts';
import {
  initialTakeaways,
  isDirty,
  takeawaysReducer,
} from '../../tab/src/pages/summary/takeaways/takeaways-state';
import type { Takeaways } from '../../core/model';

const v = (version: number, text: string, updatedBy = 'm-1'): Takeaways => ({
  departmentId: 'd-1',
  text,
  version,
  updatedAt: '2019-10-01T10:00:00.000Z',
  updatedBy,
});

describe('merging takeaways after a save conflict', () => {
  it('takes the side that changed when only one did', () => {
    expect(mergeTexts('a', 'a', 'b')).toBe('b');
    expect(mergeTexts('a', 'c', 'a')).toBe('c');
    expect(mergeTexts('a', 'x', 'x')).toBe('x');
  });

  it('keeps both sides when both changed, without duplicating shared paragraphs', () => {
    const base = 'Fælles start';
    const mine = 'Fælles start\n\nMin pointe';
    const theirs = 'Fælles start\n\nDeres pointe';
    expect(mergeTexts(base, mine, theirs)).toBe('Fælles start\n\nDeres pointe\n\nMin pointe');
  });

  it('loses no text of either side', () => {
    const merged = mergeTexts('', 'A\n\nB', 'C');
    for (const part of ['A', 'B', 'C']) expect(merged).toContain(part);
  });
});

describe('the takeaways editor state (optimistic concurrency)', () => {
  it('a 409 keeps the draft and shows the stored version beside it; merge rebases on it', () => {
    let s = initialTakeaways(v(1, 'Start'));
    s = takeawaysReducer(s, { type: 'edit', text: 'Start\n\nMine' });
    expect(isDirty(s)).toBe(true);
    s = takeawaysReducer(s, { type: 'conflict', current: v(2, 'Start\n\nTheirs', 'm-2') });
    expect(s.draft).toBe('Start\n\nMine');
    expect(s.conflict?.version).toBe(2);
    s = takeawaysReducer(s, { type: 'merge' });
    expect(s.conflict).toBeNull();
    expect(s.base.version).toBe(2);
    expect(s.draft).toBe('Start\n\nTheirs\n\nMine');
  });

  it('keep mine rebases without changing the draft; keep theirs adopts the stored text', () => {
    const conflicted = takeawaysReducer(
      takeawaysReducer(initialTakeaways(v(1, 'a')), { type: 'edit', text: 'mine' }),
      {
        type: 'conflict',
        current: v(3, 'theirs'),
      },
    );
    const mine = takeawaysReducer(conflicted, { type: 'keepMine' });
    expect(mine).toMatchObject({ draft: 'mine', conflict: null });
    expect(mine.base.version).toBe(3);
    const theirs = takeawaysReducer(conflicted, { type: 'keepTheirs' });
    expect(theirs).toMatchObject({ draft: 'theirs', conflict: null });
  });

  it('live updates replace a clean draft but never a dirty one', () => {
    const clean = takeawaysReducer(initialTakeaways(v(1, 'a')), { type: 'server', takeaways: v(2, 'b') });
    expect(clean.draft).toBe('b');
    const dirty = takeawaysReducer(
      takeawaysReducer(initialTakeaways(v(1, 'a')), { type: 'edit', text: 'mine' }),
      {
        type: 'server',
        takeaways: v(2, 'b'),
      },
    );
    expect(dirty.draft).toBe('mine');
    expect(dirty.base.version).toBe(1);
    expect(dirty.remoteNewer).toBe(true);
    const stale = takeawaysReducer(clean, { type: 'server', takeaways: v(1, 'old') });
    expect(stale).toBe(clean);
  });

  it('a successful save becomes the new base', () => {
    const s = takeawaysReducer(takeawaysReducer(initialTakeaways(v(0, '')), { type: 'edit', text: 'x' }), {
      type: 'saved',
      takeaways: v(1, 'x'),
    });
    expect(s).toMatchObject({ draft: 'x', status: 'saved', conflict: null });
    expect(isDirty(s)).toBe(false);
  });
});
