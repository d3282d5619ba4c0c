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
  const text = (base: string, mine: string, theirs: string) => mergeTexts(base, mine, theirs).text;

  it('takes the side that changed when only one did', () => {
    expect(text('a', 'a', 'b')).toBe('b');
    expect(text('a', 'c', 'a')).toBe('c');
    expect(text('a', 'x', 'x')).toBe('x');
  });

  it('keeps both sides when both added at the same place, stored text first', () => {
    const base = 'Fælles start';
    const mine = 'Fælles start\n\nMin pointe';
    const theirs = 'Fælles start\n\nDeres pointe';
    expect(mergeTexts(base, mine, theirs)).toEqual({
      text: 'Fælles start\n\nDeres pointe\n\nMin pointe',
      conflicts: 0,
    });
  });

  it('combines changes to different lines without repeating the lines both kept (three-way)', () => {
    const base = 'Indledning\nPunkt 1\nPunkt 2\nPunkt 3\nAfslutning';
    const mine = 'Indledning\nPunkt 1 – uddybet\nPunkt 2\nPunkt 3\nAfslutning';
    const theirs = 'Indledning\nPunkt 1\nPunkt 2\nPunkt 3 – rettet\nAfslutning\nNyt punkt';
    expect(mergeTexts(base, mine, theirs)).toEqual({
      text: 'Indledning\nPunkt 1 – uddybet\nPunkt 2\nPunkt 3 – rettet\nAfslutning\nNyt punkt',
      conflicts: 0,
    });
  });

  it('marks the lines both changed differently, keeping both versions', () => {
    const base = 'A\nB\nC';
    const merged = mergeTexts(base, 'A\nB fra mig\nC', 'A\nB fra dem\nC', {
      mine: '>m',
      theirs: '>t',
      end: '<',
    });
    expect(merged).toEqual({ text: 'A\n>m\nB fra mig\n>t\nB fra dem\n<\nC', conflicts: 1 });
  });

  it('loses no text of either side', () => {
    const merged = text('', 'A\n\nB', 'C');
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
