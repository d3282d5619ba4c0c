import { promptAudience, reminderAudience, type Answer, type Member, type Round } from '../../../core';
import { example } from '../helpers';

const ex = example();
const [dept, otherDept] = ex.departments;
const chefs = ex.members.filter((m) => m.role === 'chef' && m.departmentIds.includes(dept!.id));
const [a, b, c] = chefs as [Member, Member, Member];
const [q1, q2] = ex.questions;

const round = (patch: Partial<Round> = {}): Round => ({
  id: 'round-1',
  forumId: ex.forum.id,
  departmentId: dept!.id,
  kind: 'reminder',
  questionIds: [q1!.id, q2!.id],
  localDate: '2019-09-05',
  localTime: '09:00',
  dueAt: '2019-09-05T07:00:00.000Z',
  state: 'materialized',
  createdAt: '2019-08-01T00:00:00.000Z',
  updatedAt: '2019-08-01T00:00:00.000Z',
  ...patch,
});

let n = 0;
const answer = (
  member: Member,
  questionId: string,
  createdAt = '2019-09-03T10:00:00.000Z',
  departmentId = dept!.id,
): Answer => ({
  id: `answer-${++n}`,
  forumId: ex.forum.id,
  departmentId,
  questionId,
  memberId: member.id,
  value: { kind: 'text', text: 'svar' },
  revision: 1,
  createdAt,
  updatedAt: createdAt,
});

const NOW = '2019-09-05T07:00:00.000Z';
const ids = (ms: Member[]) => ms.map((m) => m.name);

describe('promptAudience', () => {
  it('sends a department prompt to the three chefs of that department only', () => {
    expect(ids(promptAudience(round({ kind: 'prompt' }), ex.members))).toEqual(ids(chefs));
  });

  it('sends a forum-wide prompt to every chef, not to organizers or facilitators', () => {
    const all = promptAudience(round({ kind: 'prompt', departmentId: null }), ex.members);
    expect(all).toHaveLength(18);
    expect(all.every((m) => m.role === 'chef')).toBe(true);
  });

  it('still prompts a chef whose reminders are paused', () => {
    const paused = ex.members.map((m) => (m.id === a.id ? { ...m, pausedUntil: '2019-12-31' } : m));
    expect(promptAudience(round({ kind: 'prompt' }), paused)).toHaveLength(3);
  });
});

describe('reminderAudience', () => {
  it('reminds chefs who have not answered all of the round questions', () => {
    const answers = [answer(a, q1!.id), answer(a, q2!.id), answer(b, q1!.id)];
    expect(ids(reminderAudience(round(), ex.members, answers, NOW))).toEqual(ids([b, c]));
  });

  it('reminds nobody once everyone has answered', () => {
    const answers = [a, b, c].flatMap((m) => [answer(m, q1!.id), answer(m, q2!.id)]);
    expect(reminderAudience(round(), ex.members, answers, NOW)).toEqual([]);
  });

  it('ignores answers saved after the send time and answers in another department', () => {
    const answers = [
      answer(a, q1!.id),
      answer(a, q2!.id, '2019-09-05T07:00:01.000Z'),
      answer(b, q1!.id, undefined, otherDept!.id),
      answer(b, q2!.id, undefined, otherDept!.id),
    ];
    expect(ids(reminderAudience(round(), ex.members, answers, NOW))).toEqual(ids([a, b, c]));
  });

  it('skips members paused until today or later, judged by the local date in the forum zone', () => {
    const members = ex.members.map((m) =>
      m.id === a.id
        ? { ...m, pausedUntil: '2019-10-10' }
        : m.id === b.id
          ? { ...m, pausedUntil: '2019-10-09' }
          : m,
    );
    const sameDay = reminderAudience(round(), members, [], '2019-10-10T08:00:00.000Z', 'Europe/Copenhagen');
    expect(ids(sameDay)).toEqual(ids([b, c]));
    // 22:30Z on 10 October is already 11 October in Copenhagen: the pause is over.
    const nextDay = reminderAudience(round(), members, [], '2019-10-10T22:30:00.000Z', 'Europe/Copenhagen');
    expect(ids(nextDay)).toEqual(ids([a, b, c]));
    expect(ids(reminderAudience(round(), members, [], '2019-10-10T22:30:00.000Z', 'UTC'))).toEqual(
      ids([b, c]),
    );
  });

  it('covers every department for a forum-wide final call', () => {
    const r = round({ kind: 'finalCall', departmentId: null, questionIds: ex.questions.map((q) => q.id) });
    const answers = ex.questions.map((q) => answer(a, q.id));
    const audience = reminderAudience(r, ex.members, answers, NOW);
    expect(audience).toHaveLength(17);
    expect(audience.map((m) => m.id)).not.toContain(a.id);
  });

  it('reminds nobody for a round without questions', () => {
    expect(reminderAudience(round({ questionIds: [] }), ex.members, [], NOW)).toEqual([]);
  });
});
