/**
 * The summary loaders (bot/api/summary-data) over a real store: the reads they make
 * (department members, answers with authors, erased-answer tallies) add up to the summary the
 * pure builder makes from everything. (Lives with the store tests because it exercises the
 * store's summary reads end to end.)
 */
import { loadAnswerPage } from '../../../bot/api/answer-pages';
import { RosterCache } from '../../../bot/api/roster-cache';
import { loadDepartmentSummary, loadForumOverview } from '../../../bot/api/summary-data';
import { createSqliteStore, SQLITE_MEMORY } from '../../../bot/store/sqlite/sqlite-store';
import type { Store } from '../../../bot/store/store';
import type { Clock } from '../../../core/model';
import { anonymityOf, buildDepartmentSummary, buildForumOverview } from '../../../core/summary';
import { at, department, forum, member, principle, question } from '../store/fixtures';

const clock: Clock = { now: () => new Date('2019-11-01T12:00:00Z') };

describe('summary loaders', () => {
  let store: Store;

  beforeEach(async () => {
    store = createSqliteStore({ path: SQLITE_MEMORY });
    await store.migrate();
  });
  afterEach(() => store.close());

  async function setup() {
    const f = forum();
    await store.saveForum(f);
    const d1 = department(f.id, { sortOrder: 1 });
    const d2 = department(f.id, { sortOrder: 2 });
    await store.saveDepartment(d1);
    await store.saveDepartment(d2);
    const questions = [question(f.id, 1), question(f.id, 2)];
    await store.saveQuestions(f.id, questions);
    await store.savePrinciples(
      f.id,
      [1, 2, 3, 4, 5, 6, 7].map((n) => principle(f.id, n)),
    );
    const anne = member(f.id, { name: 'Anne', departmentIds: [d1.id] });
    const bo = member(f.id, { name: 'Bo', departmentIds: [d1.id] });
    const carl = member(f.id, { name: 'Carl', departmentIds: [d1.id, d2.id] });
    const dina = member(f.id, { name: 'Dina', departmentIds: [d2.id] });
    const facilitator = member(f.id, { name: 'Fie', role: 'facilitator', departmentIds: [d1.id] });
    for (const m of [anne, bo, carl, dina, facilitator]) await store.saveMember(m);
    const say = (m: string, d: string, q: number, minutes: number) =>
      store.saveAnswer({
        forumId: f.id,
        departmentId: d,
        questionId: questions[q - 1]!.id,
        memberId: m,
        value: { kind: 'textWithPrinciples', text: `${m} ${q}`, principles: [q, 6] },
        at: at(minutes),
      });
    await say(anne.id, d1.id, 1, 1);
    await say(anne.id, d1.id, 2, 2);
    await say(bo.id, d1.id, 1, 3);
    await say(carl.id, d1.id, 2, 4);
    await say(facilitator.id, d1.id, 1, 5);
    await say(dina.id, d2.id, 1, 6);
    await store.eraseAnswersOfMember(bo.id, 'subject', at(10));
    await store.eraseAnswersOfMember(dina.id, 'organizer', at(11));
    await store.saveTakeaways(d1.id, 'Klogere', 0, anne.id, at(12));
    return { f, d1, d2, questions, anne, bo, carl, dina, facilitator };
  }

  test('a department summary shows erased answers apart from participation, same with or without the roster cache', async () => {
    const { f, d1, anne, facilitator } = await setup();
    const data = await loadDepartmentSummary(store, clock, f, d1);
    const { summary } = data;
    expect(summary.questions.map((q) => q.erasedAnswers)).toEqual([1, 0]);
    expect(summary.erasedAnswers).toBe(1);
    // Bo's answer is gone: chefs Anne, Bo, Carl; answered q1: Anne; q2: Anne, Carl.
    expect(summary.questions.map((q) => q.participation.answered)).toEqual([1, 2]);
    expect(summary.participation).toMatchObject({
      members: 3,
      respondents: 2,
      answers: 3,
      expectedAnswers: 6,
    });
    expect(summary.questions.map((q) => q.answerCount)).toEqual([2, 2]);
    // The answers come in pages, newest first, each with its author's name.
    const page = (q: number) =>
      loadAnswerPage(
        store,
        f.id,
        { departmentId: d1.id, questionId: summary.questions[q]!.questionId },
        { viewer: null, anonymity: anonymityOf(f) },
      );
    expect((await page(0)).answers.map((e) => [e.memberId, e.authorName])).toEqual([
      [facilitator.id, 'Fie'],
      [anne.id, 'Anne'],
    ]);
    expect((await page(1)).answers.map((e) => e.authorName)).toEqual(['Carl', 'Anne']);
    expect(summary.takeaways?.text).toBe('Klogere');

    const cached = await loadDepartmentSummary(store, clock, f, d1, new RosterCache(store, 60_000));
    expect(cached.summary).toEqual(summary);

    // And the same as the pure builder given everything, the way it was before the lean reads.
    const everything = buildDepartmentSummary({
      forum: f,
      department: d1,
      members: await store.listMembers(f.id),
      questions: await store.listQuestions(f.id),
      principles: await store.listPrinciples(f.id),
      answers: await store.listAnswers(f.id),
      erasedAnswers: await store.listErasedAnswerTallies(f.id),
      takeaways: await store.getTakeaways(d1.id),
      now: clock.now().toISOString(),
    });
    expect(summary).toEqual(everything);
  });

  test('an author who left shows as no name; their answers still count where they are', async () => {
    const { f, d1, carl } = await setup();
    await store.deleteMember(carl.id);
    const { summary } = await loadDepartmentSummary(store, clock, f, d1);
    const page = await loadAnswerPage(
      store,
      f.id,
      { departmentId: d1.id, questionId: summary.questions[1]!.questionId },
      { viewer: null, anonymity: anonymityOf(f) },
    );
    expect(page.answers.map((e) => e.authorName)).toEqual([null, 'Anne']);
    expect(summary.questions[1]!.answerCount).toBe(2);
    expect(summary.participation.members).toBe(2);
  });

  test('the forum overview counts erased answers per department, per question and in total', async () => {
    const { f, d1, d2 } = await setup();
    const { overview } = await loadForumOverview(store, clock, f);
    expect(overview.departments.map((d) => [d.departmentId, d.erasedAnswers])).toEqual([
      [d1.id, 1],
      [d2.id, 1],
    ]);
    expect(overview.questions.map((q) => q.erasedAnswers)).toEqual([2, 0]);
    expect(overview.erasedAnswers).toBe(2);
    expect(overview.unplacedErasedAnswers).toBe(0);
    expect(overview.questions.map((q) => q.answerCount)).toEqual([2, 2]);

    const everything = buildForumOverview({
      forum: f,
      departments: await store.listDepartments(f.id),
      members: await store.listMembers(f.id),
      questions: await store.listQuestions(f.id),
      principles: await store.listPrinciples(f.id),
      answers: await store.listAnswers(f.id),
      erasedAnswers: await store.listErasedAnswerTallies(f.id),
      takeaways: await Promise.all([d1, d2].map((d) => store.getTakeaways(d.id))),
      now: clock.now().toISOString(),
    });
    expect(overview).toEqual(everything);
  });
});
