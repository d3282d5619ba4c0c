import {
  createRound,
  rescheduleRound,
  validateRoundChange,
  type RoundChange,
  type RoundChangeContext,
} from '../../../core';
import { counterIds, example, withDates } from '../helpers';

const ex = example();
const ctx = (now = '2019-09-01T10:00:00.000Z', forum = ex.forum): RoundChangeContext => ({
  forum,
  departments: ex.departments,
  questions: ex.questions,
  now,
});
const change = (patch: Partial<RoundChange> = {}): RoundChange => ({
  kind: 'prompt',
  departmentId: ex.departments[0]!.id,
  questionIds: [ex.questions[0]!.id],
  localDate: '2019-10-28',
  localTime: '09:00',
  ...patch,
});

describe('validateRoundChange', () => {
  it('accepts a valid change and computes dueAt in the forum zone', () => {
    expect(validateRoundChange(change(), ctx())).toEqual({
      ok: true,
      dueAt: '2019-10-28T08:00:00.000Z',
      warnings: [],
    });
    expect(validateRoundChange(change({ localDate: '2019-10-25' }), ctx())).toMatchObject({
      ok: true,
      dueAt: '2019-10-25T07:00:00.000Z',
    });
  });

  it('refuses a round in the past with a clear localized error', () => {
    const r = validateRoundChange(change({ localDate: '2019-09-02' }), ctx('2019-09-02T07:00:00.000Z'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.code)).toEqual(['inPast']);
    expect(r.errors[0]!.message.da).toBe(
      'Udsendelsen kan ikke planlægges i fortiden (2. september 2019 kl. 09:00).',
    );
    expect(r.errors[0]!.message.en).toBe(
      'The round cannot be scheduled in the past (2 September 2019 at 09:00).',
    );
  });

  it('refuses invalid local dates and times', () => {
    const r = validateRoundChange(change({ localDate: '2019-02-30', localTime: '25:00' }), ctx());
    expect(r.ok ? [] : r.errors.map((e) => [e.code, e.field])).toEqual([
      ['invalidDate', 'localDate'],
      ['invalidTime', 'localTime'],
    ]);
  });

  it('refuses dates outside kickoff..final meeting', () => {
    const before = validateRoundChange(change({ localDate: '2019-08-29' }), ctx('2019-08-01T00:00:00.000Z'));
    const after = validateRoundChange(change({ localDate: '2019-11-22' }), ctx());
    expect(before.ok ? null : before.errors[0]!.code).toBe('beforeKickoff');
    expect(after.ok ? null : after.errors[0]!.code).toBe('afterFinalMeeting');
    expect(validateRoundChange(change({ localDate: '2019-11-21' }), ctx()).ok).toBe(true);
  });

  it('refuses a time that does not exist because of the change to summer time', () => {
    const forum = withDates(ex.forum, '2019-03-01', '2019-04-30');
    const r = validateRoundChange(
      change({ localDate: '2019-03-31', localTime: '02:30' }),
      ctx('2019-01-01T00:00:00.000Z', forum),
    );
    expect(r.ok ? null : r.errors.map((e) => e.code)).toEqual(['nonexistentTime']);
  });

  it('warns about an ambiguous time, a closed day and quiet hours but accepts them', () => {
    const r = validateRoundChange(change({ localDate: '2019-10-27', localTime: '02:30' }), ctx());
    expect(r).toMatchObject({ ok: true, dueAt: '2019-10-27T00:30:00.000Z' });
    expect(r.warnings.map((w) => w.code)).toEqual(['ambiguousTime', 'closedDay', 'inQuietHours']);
    const blackout = validateRoundChange(change({ localDate: '2019-10-15' }), ctx());
    expect(blackout.warnings[0]!.message.da).toBe(
      'Den 15. oktober 2019 er ikke en arbejdsdag (Efterårsferie).',
    );
    expect(blackout.warnings[0]!.message.en).toBe('15 October 2019 is not a working day (Autumn half-term).');
  });

  it('refuses unknown departments and questions and an empty question list', () => {
    const r = validateRoundChange(change({ departmentId: 'nope', questionIds: ['nope'] }), ctx());
    expect(r.ok ? null : r.errors.map((e) => e.code)).toEqual(['unknownDepartment', 'unknownQuestion']);
    const empty = validateRoundChange(change({ questionIds: [] }), ctx());
    expect(empty.ok ? null : empty.errors.map((e) => e.code)).toEqual(['noQuestions']);
    expect(validateRoundChange(change({ departmentId: null }), ctx()).ok).toBe(true);
  });
});

it('reports a broken forum time zone instead of throwing', () => {
  const forum = { ...ex.forum, timeZone: 'Mars/Olympus' };
  const r = validateRoundChange(change(), ctx(undefined, forum));
  expect(r.ok ? null : r.errors.map((e) => e.code)).toEqual(['invalidTimeZone']);
});

describe('createRound and rescheduleRound', () => {
  it('creates a planned round with an id from the generator', () => {
    const r = createRound(change(), ctx(), counterIds('r'));
    expect(r.ok && r.round).toMatchObject({ id: 'r-1', state: 'planned', dueAt: '2019-10-28T08:00:00.000Z' });
  });

  it('moves a round, keeping its id and createdAt, and recomputes dueAt', () => {
    const created = createRound(change(), ctx(), counterIds('r'));
    if (!created.ok) throw new Error('expected ok');
    const moved = rescheduleRound(
      created.round,
      { localDate: '2019-10-22' },
      ctx('2019-09-05T00:00:00.000Z'),
    );
    expect(moved.ok && moved.round).toMatchObject({
      id: 'r-1',
      createdAt: '2019-09-01T10:00:00.000Z',
      updatedAt: '2019-09-05T00:00:00.000Z',
      localDate: '2019-10-22',
      dueAt: '2019-10-22T07:00:00.000Z',
    });
    expect(
      rescheduleRound(created.round, { localDate: '2019-09-01' }, ctx('2019-09-05T00:00:00.000Z')).ok,
    ).toBe(false);
  });
});
