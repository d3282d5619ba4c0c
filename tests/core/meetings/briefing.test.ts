import { buildBriefing, openQuestions, type Answer } from '../../../core';
import { example } from '../helpers';

describe("the facilitator's briefing", () => {
  const { departments, questions, principles, members } = example();
  const department = { ...departments[0]!, recap: 'Vi talte om tillid.', chosenAssignment: 'Borgermøder' };
  const chefs = members.filter((m) => m.role === 'chef' && m.departmentIds.includes(department.id));
  const other = members.find((m) => m.role === 'chef' && !m.departmentIds.includes(department.id))!;
  const answer = (
    memberId: string,
    questionIndex: number,
    text: string,
    departmentId = department.id,
  ): Answer => ({
    id: `${memberId}-${questionIndex}`,
    forumId: department.forumId,
    departmentId,
    questionId: questions[questionIndex]!.id,
    memberId,
    value: { kind: 'text', text },
    revision: 1,
    createdAt: `2019-09-0${questionIndex + 1}T08:00:00.000Z`,
    updatedAt: `2019-09-0${questionIndex + 1}T08:00:00.000Z`,
  });
  const answers = [
    answer(chefs[0]!.id, 2, 'Jeg faciliterer mere.'),
    answer(chefs[1]!.id, 2, 'Jeg lytter.'),
    answer(chefs[0]!.id, 3, 'Vi fortæller det på intranettet.'),
    answer(other.id, 4, 'Fra en anden afdeling.', other.departmentIds[0]),
  ];
  const everyAnswer = { minAnswers: 1, hideNamesInSharedViews: false };
  const input = {
    department,
    questions,
    principles,
    members,
    answers,
    anonymity: everyAnswer,
    locale: 'da' as const,
  };

  test('with read access: recap, task, participation and every answer per question with its author', () => {
    const briefing = buildBriefing({ ...input, mayReadAnswers: true });
    expect(briefing.recap).toBe('Vi talte om tillid.');
    expect(briefing.chosenAssignment).toBe('Borgermøder');
    expect(briefing.participation).toEqual({ answered: 2, chefs: chefs.length });
    expect(briefing.questions.map((q) => q.answeredBy)).toEqual([0, 0, 2, 1, 0, 0]);
    expect(briefing.questions[2]!.answers).toEqual([
      { name: chefs[0]!.name, text: 'Jeg faciliterer mere.' },
      { name: chefs[1]!.name, text: 'Jeg lytter.' },
    ]);
    // Another department's answer is never in this department's briefing.
    expect(JSON.stringify(briefing)).not.toContain('Fra en anden afdeling.');
  });

  test('without read access (the rule set said no): only the department texts, no counts, no answers', () => {
    const briefing = buildBriefing({ ...input, mayReadAnswers: false });
    expect(briefing.participation).toBeNull();
    expect(briefing.questions.every((q) => q.answers === null && q.answeredBy === 0)).toBe(true);
    expect(JSON.stringify(briefing)).not.toContain('Jeg lytter.');
    expect(briefing.recap).toBe('Vi talte om tillid.');
  });

  test("under the forum's anonymity: a question below the minimum shows its count only; hidden names leave authors out", () => {
    const withheld = buildBriefing({
      ...input,
      mayReadAnswers: true,
      anonymity: { minAnswers: 2, hideNamesInSharedViews: false },
    });
    expect(withheld.questions[2]).toMatchObject({ answeredBy: 2, withheldBelow: null });
    expect(withheld.questions[3]).toMatchObject({ answeredBy: 1, answers: null, withheldBelow: 2 });
    expect(JSON.stringify(withheld)).not.toContain('intranettet');

    const anonymous = buildBriefing({
      ...input,
      mayReadAnswers: true,
      anonymity: { minAnswers: 1, hideNamesInSharedViews: true },
    });
    expect(anonymous.questions[2]!.answers).toEqual([
      { name: null, text: 'Jeg faciliterer mere.' },
      { name: null, text: 'Jeg lytter.' },
    ]);
    for (const chef of chefs) expect(JSON.stringify(anonymous)).not.toContain(chef.name);
  });

  test('open questions: those no chef of the department has answered, in order', () => {
    expect(openQuestions(department, questions, answers).map((q) => q.number)).toEqual([1, 2, 5, 6]);
  });
});
