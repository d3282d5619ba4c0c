import { createWorkingCalendar, isoWeekday, proposePlan, type Forum, type Round } from '../../../core';
import { counterIds, example, withDates } from '../helpers';

const NOW = '2019-08-01T10:00:00.000Z';
const EARLY = '2019-01-01T00:00:00.000Z';

function plan(forum: Forum, now = NOW) {
  const ex = example();
  return proposePlan(forum, ex.departments, ex.questions, counterIds('round'), now);
}

function withSettings(forum: Forum, settings: Partial<Forum['settings']>): Forum {
  return { ...forum, settings: { ...forum.settings, ...settings } };
}

const dates = (rounds: Round[]) => rounds.map((r) => r.localDate);

describe('proposePlan for the 2019 example forum', () => {
  const ex = example();
  const result = proposePlan(ex.forum, ex.departments, ex.questions, counterIds('round'), NOW);
  const calendar = createWorkingCalendar({ blackoutPeriods: ex.forum.settings.blackoutPeriods });
  const prompts = result.rounds.filter((r) => r.kind === 'prompt');

  it('looks sensible: six prompts, a reminder each, one final call, no warnings', () => {
    expect(result.warnings).toEqual([]);
    expect(prompts).toHaveLength(6);
    expect(result.rounds.filter((r) => r.kind === 'reminder')).toHaveLength(6);
    expect(result.rounds.filter((r) => r.kind === 'finalCall')).toHaveLength(1);
    expect(prompts.map((p) => p.questionIds)).toEqual(ex.questions.map((q) => [q.id]));
  });

  it('sends the first prompt on the first working day after the Friday kickoff', () => {
    expect(isoWeekday(ex.forum.kickoffDate)).toBe(5);
    expect(result.rounds[0]).toMatchObject({ kind: 'prompt', localDate: '2019-09-02' });
  });

  it('sends at 09:00 Copenhagen: 07:00Z before 2019-10-27 and 08:00Z after', () => {
    for (const r of result.rounds) {
      expect(r.localTime).toBe('09:00');
      expect(r.dueAt).toBe(`${r.localDate}T${r.localDate < '2019-10-27' ? '07' : '08'}:00:00.000Z`);
    }
    expect(result.rounds.some((r) => r.localDate < '2019-10-27')).toBe(true);
    expect(result.rounds.some((r) => r.localDate > '2019-10-27')).toBe(true);
  });

  it('never plans a round on a weekend or in the autumn half-term', () => {
    for (const r of result.rounds) {
      expect(calendar.isWorkingDay(r.localDate)).toBe(true);
      expect(r.localDate >= '2019-10-14' && r.localDate <= '2019-10-18').toBe(false);
    }
  });

  it('reminds three working days after each prompt and calls five working days before the meeting', () => {
    const reminders = result.rounds.filter((r) => r.kind === 'reminder');
    prompts.forEach((p, i) => {
      expect(reminders[i]!.localDate).toBe(calendar.addWorkingDays(p.localDate, 3));
      expect(reminders[i]!.questionIds).toEqual(p.questionIds);
    });
    const finalCall = result.rounds.find((r) => r.kind === 'finalCall')!;
    expect(finalCall.localDate).toBe('2019-11-14');
    expect(finalCall.questionIds).toEqual(ex.questions.map((q) => q.id));
    expect(result.rounds.at(-1)).toBe(finalCall);
  });

  it('builds planned forum-wide rounds in chronological order with ids from the generator', () => {
    expect(result.rounds.map((r) => r.id)).toEqual(result.rounds.map((_, i) => `round-${i + 1}`));
    const due = result.rounds.map((r) => r.dueAt);
    expect([...due].sort()).toEqual(due);
    for (const r of result.rounds) {
      expect(r).toMatchObject({
        forumId: ex.forum.id,
        departmentId: null,
        state: 'planned',
        createdAt: NOW,
        updatedAt: NOW,
      });
    }
  });
});

describe('proposePlan edge cases', () => {
  const base = example().forum;

  it('plans no round on Easter holidays', () => {
    const r = plan(withDates(base, '2019-04-12', '2019-05-10'), EARLY);
    expect(r.rounds.length).toBeGreaterThan(6);
    for (const d of ['2019-04-18', '2019-04-19', '2019-04-22']) expect(dates(r.rounds)).not.toContain(d);
  });

  it('plans no round on Kristi Himmelfart, Grundlovsdag or Pinse', () => {
    const r = plan(withDates(base, '2019-05-24', '2019-06-14'), EARLY);
    expect(r.rounds.length).toBeGreaterThan(6);
    for (const d of ['2019-05-30', '2019-06-05', '2019-06-10']) expect(dates(r.rounds)).not.toContain(d);
  });

  it('plans no round over Christmas and New Year', () => {
    const r = plan(withDates(base, '2019-12-18', '2020-01-17'), '2019-12-01T00:00:00.000Z');
    expect(r.rounds.length).toBeGreaterThan(6);
    for (const d of ['2019-12-24', '2019-12-25', '2019-12-26', '2019-12-31', '2020-01-01']) {
      expect(dates(r.rounds)).not.toContain(d);
    }
    expect(r.rounds.every((x) => isoWeekday(x.localDate) <= 5)).toBe(true);
  });

  it('skips a holiday Monday after a Friday kickoff', () => {
    const r = plan(withDates(base, '2019-06-07', '2019-07-26'), EARLY);
    expect(r.rounds[0]!.localDate).toBe('2019-06-11');
  });

  it('handles a final meeting on a Monday: final call on working days before, nothing on the weekend', () => {
    const forum = withDates(base, '2019-09-02', '2019-11-25');
    expect(isoWeekday('2019-11-25')).toBe(1);
    const r = plan(forum);
    expect(r.rounds.find((x) => x.kind === 'finalCall')!.localDate).toBe('2019-11-18');
    const oneDay = plan(withSettings(forum, { finalCallWorkingDaysBefore: 1 }));
    expect(oneDay.rounds.find((x) => x.kind === 'finalCall')!.localDate).toBe('2019-11-22');
    expect(r.rounds.every((x) => x.localDate < '2019-11-25')).toBe(true);
  });

  it('moves a send time inside quiet hours to the end of quiet hours on the same day', () => {
    const early = plan(withSettings(base, { sendTime: '07:00' }));
    expect(early.rounds.every((x) => x.localTime === '08:00')).toBe(true);
    expect(early.rounds[0]!.dueAt).toBe('2019-09-02T06:00:00.000Z');
    expect(early.warnings.map((w) => w.code)).toEqual(['sendTimeMoved']);
    const late = plan(withSettings(base, { sendTime: '18:30' }));
    expect(late.rounds.every((x) => x.localTime === '08:00')).toBe(true);
    expect(dates(late.rounds)).toEqual(dates(plan(base).rounds));
    const lunch = plan(
      withSettings(base, { sendTime: '12:15', quietHours: { start: '12:00', end: '13:00' } }),
    );
    expect(lunch.rounds.every((x) => x.localTime === '13:00')).toBe(true);
  });

  it('returns an empty plan with a localized reason when no working days are left', () => {
    const r = plan(withDates(base, '2019-08-30', '2019-09-02'));
    expect(r.rounds).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ code: 'noWorkingDays', severity: 'error' });
    expect(r.warnings[0]!.message.da).toContain('ingen arbejdsdage');
    expect(r.warnings[0]!.message.en).toContain('no working days');
  });

  it('plans nothing in the past and reports an empty plan at the end of the period', () => {
    const midway = plan(base, '2019-10-01T12:00:00.000Z');
    expect(midway.rounds.length).toBeGreaterThan(0);
    expect(midway.rounds.every((x) => x.dueAt > '2019-10-01T12:00:00.000Z')).toBe(true);
    expect(midway.rounds[0]!.localDate).toBe('2019-10-02');
    const late = plan(base, '2019-11-20T09:00:00.000Z');
    expect(late.rounds).toEqual([]);
    expect(late.warnings[0]!.code).toBe('noWorkingDays');
    expect(late.warnings[0]!.params.from).toBe('2019-11-20');
  });

  it('puts several questions in one prompt when there are more questions than working days', () => {
    const r = plan(withDates(base, '2019-09-02', '2019-09-06'));
    const prompts = r.rounds.filter((x) => x.kind === 'prompt');
    expect(dates(prompts)).toEqual(['2019-09-03', '2019-09-04', '2019-09-05']);
    expect(prompts.map((p) => p.questionIds.length)).toEqual([2, 2, 2]);
    expect(prompts.flatMap((p) => p.questionIds)).toEqual(example().questions.map((q) => q.id));
    const codes = r.warnings.map((w) => w.code);
    expect(codes).toContain('questionsCombined');
    expect(codes).toContain('finalCallDropped');
  });

  it('drops reminders that would fall on or after the final call, and says so', () => {
    const r = plan(
      withSettings(withDates(base, '2019-09-02', '2019-09-20'), { finalCallWorkingDaysBefore: 2 }),
    );
    const finalCall = r.rounds.find((x) => x.kind === 'finalCall')!;
    expect(finalCall.localDate).toBe('2019-09-18');
    const reminders = r.rounds.filter((x) => x.kind === 'reminder');
    expect(reminders.length).toBeLessThan(6);
    expect(reminders.every((x) => x.localDate < finalCall.localDate)).toBe(true);
    const dropped = r.warnings.filter((w) => w.code === 'reminderDropped');
    expect(dropped.length).toBe(6 - reminders.length);
    expect(dropped.every((w) => w.severity === 'info')).toBe(true);
  });

  it('disables reminders and the final call when their settings are 0', () => {
    const r = plan(withSettings(base, { reminderAfterWorkingDays: 0, finalCallWorkingDaysBefore: 0 }));
    expect(r.rounds.map((x) => x.kind)).toEqual(Array(6).fill('prompt'));
    expect(r.rounds.at(-1)!.localDate < '2019-11-21').toBe(true);
  });

  it('refuses invalid input with an error instead of throwing', () => {
    const ex = example();
    expect(proposePlan(ex.forum, ex.departments, [], counterIds(), NOW).warnings[0]!.code).toBe(
      'noQuestions',
    );
    expect(plan({ ...base, timeZone: 'Mars/Olympus' }).warnings[0]!.code).toBe('invalidTimeZone');
    expect(plan(withDates(base, '2019-11-21', '2019-08-30')).warnings[0]!.code).toBe('invalidDates');
    expect(plan(withSettings(base, { sendTime: '9' })).warnings[0]!.code).toBe('invalidSendTime');
    const noDepts = proposePlan(ex.forum, [], ex.questions, counterIds(), NOW);
    expect(noDepts.rounds.length).toBeGreaterThan(0);
    expect(noDepts.warnings.map((w) => w.code)).toEqual(['noDepartments']);
  });
});
