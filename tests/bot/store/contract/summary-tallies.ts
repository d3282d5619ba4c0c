import type { Store } from '../../../../bot/store/store';
import type { AnswerShape, AnswerValue, Question } from '../../../../core/model';
import {
  departmentSummaryFromTally,
  forumOverviewFromTally,
  OVERVIEW_LIST_LIMIT,
  startDepartmentSummary,
  buildForumOverview,
  summaryContext,
  placeErased,
} from '../../../../core/summary';
import { at, department, forum, member, principle, question } from '../fixtures';

const NOW = '2019-10-01T10:00:00.000Z';
const label = { da: 'x', en: 'x' };
const SHAPES: AnswerShape[] = [
  { kind: 'textWithPrinciples', maxLength: 2000, maxPrinciples: 3 },
  { kind: 'improvements', maxItems: 5, maxActionsPerItem: 9, maxLength: 500 },
  { kind: 'textWithLeadershipStyle', maxLength: 2000 },
  { kind: 'textWithKnowsOthers', maxLength: 2000 },
  { kind: 'textWithRating', maxLength: 2000, scale: 5, lowLabel: label, highLabel: label },
  { kind: 'indicators', maxItems: 9, maxLength: 500 },
  { kind: 'text', maxLength: 2000 },
];

/** The i-th person's answer to a question of this shape: varied keys, repeats, lists of several items. */
function valueFor(shape: AnswerShape, i: number): AnswerValue {
  const text = `Svar ${i} – æøå`;
  switch (shape.kind) {
    case 'textWithPrinciples':
      return { kind: shape.kind, text, principles: i % 4 === 0 ? [2, 2, 6] : [1 + (i % 7), 9] };
    case 'improvements':
      return {
        kind: shape.kind,
        items: Array.from({ length: 1 + (i % 2) }, (_, k) => ({
          improvement: `Forbedring ${i}.${k}`,
          actions: Array.from({ length: 1 + ((i + k) % 4) }, (_, a) => ({
            what: `Handling ${i}.${k}.${a}`,
            who: 'Chefgruppen',
            byWhen: `2019-1${(i + a) % 3}-0${1 + ((i * 3 + a) % 9)}`,
          })),
        })),
      };
    case 'textWithLeadershipStyle':
      return { kind: shape.kind, text, style: (['defining', 'facilitating', 'both'] as const)[i % 3]! };
    case 'textWithKnowsOthers':
      return { kind: shape.kind, text, knowsOthers: (['yes', 'partly', 'no'] as const)[i % 3]! };
    case 'textWithRating':
      return { kind: shape.kind, text, rating: [0, 1, 3, 5, 7][i % 5]! };
    case 'indicators':
      return {
        kind: shape.kind,
        items: Array.from({ length: 1 + (i % 3) }, (_, k) => ({
          indicator: `Indikator ${i}.${k}`,
          valueType: (['quality', 'efficiency', 'democracy'] as const)[(i + k) % 3]!,
          mode: (['co-creation', 'co-production'] as const)[(i + k) % 2]!,
        })),
      };
    case 'text':
      return { kind: shape.kind, text };
  }
}

/**
 * Store.departmentTally and forumTally count in the database what core/summary's in-memory pass
 * counts: the summaries assembled from them equal the ones built from every answer.
 */
export function describeSummaryTalliesContract(store: () => Store): void {
  async function setup() {
    const f = forum();
    const other = forum();
    await store().saveForum(f);
    await store().saveForum(other);
    const d1 = department(f.id, { sortOrder: 1 });
    const d2 = department(f.id, { sortOrder: 2 });
    const d3 = department(f.id, { sortOrder: 3 });
    const elsewhere = department(other.id);
    for (const d of [d1, d2, d3, elsewhere]) await store().saveDepartment(d);
    const questions: Question[] = SHAPES.map((shape, i) => question(f.id, i + 1, { shape }));
    await store().saveQuestions(f.id, questions);
    await store().savePrinciples(
      f.id,
      [1, 2, 3, 4, 5, 6, 7].map((n) => principle(f.id, n)),
    );
    const names = ['Anne', 'Bo', 'Carl', 'Dina', 'Emil', 'Fie', 'Gorm', 'Hans', 'Ida'];
    const people = names.map((name, i) =>
      member(f.id, {
        name,
        // Bo leads two departments; Carl facilitates; Gorm organizes; Ida leads none.
        role: name === 'Carl' ? 'facilitator' : name === 'Gorm' ? 'organizer' : 'chef',
        departmentIds: name === 'Bo' ? [d1.id, d2.id] : name === 'Ida' ? [] : [i % 2 === 0 ? d1.id : d2.id],
      }),
    );
    const outsider = member(other.id, { name: 'Jens', departmentIds: [elsewhere.id] });
    for (const m of [...people, outsider]) await store().saveMember(m);

    let i = 0;
    for (const [p, person] of people.entries()) {
      // Everyone answers most questions, in their first department (Bo in both, question by question).
      const departmentId = person.departmentIds[p === 1 ? i % 2 : 0] ?? d3.id;
      for (const q of questions) {
        if ((p + q.number) % 5 === 0) continue;
        await store().saveAnswer({
          forumId: f.id,
          departmentId: p === 1 ? person.departmentIds[q.number % 2]! : departmentId,
          questionId: q.id,
          memberId: person.id,
          value: valueFor(q.shape, i++),
          at: at(i),
        });
      }
    }
    // Unplaced: an unknown question; a department of another forum.
    await store().saveAnswer({
      forumId: f.id,
      departmentId: d1.id,
      questionId: 'no-such-question',
      memberId: people[0]!.id,
      value: valueFor(SHAPES[1]!, 99),
      at: at(500),
    });
    await store().saveAnswer({
      forumId: f.id,
      departmentId: elsewhere.id,
      questionId: questions[0]!.id,
      memberId: outsider.id,
      value: valueFor(SHAPES[0]!, 98),
      at: at(501),
    });
    // An author who left: the answers stay and count, with no name.
    await store().deleteMember(people[4]!.id);
    await store().eraseAnswersOfMember(people[5]!.id, 'subject', at(600));
    await store().saveTakeaways(d1.id, 'Klogere', 0, people[0]!.id, at(700));
    return { f, d1, d2, d3, questions };
  }

  async function everything(forumId: string) {
    const [members, questions, principles, answers, erasedAnswers] = await Promise.all([
      store().listMembers(forumId),
      store().listQuestions(forumId),
      store().listPrinciples(forumId),
      store().listSummaryAnswers(forumId),
      store().listErasedAnswerTallies(forumId),
    ]);
    return { members, questions, principles, answers, erasedAnswers };
  }

  describe('summary tallies', () => {
    test('departmentTally: the department summary from the database’s counts equals the in-memory one', async () => {
      const { f, d1, d2, d3 } = await setup();
      const all = await everything(f.id);
      for (const d of [d1, d2, d3]) {
        for (const listLimit of [3, 100]) {
          const takeaways = await store().getTakeaways(d.id);
          const builder = startDepartmentSummary(
            { forum: f, department: d, ...all, takeaways, now: NOW },
            listLimit,
          );
          for (const a of all.answers) builder.add(a);
          const expected = builder.finish();

          const ctx = summaryContext({ forum: f, ...all, now: NOW });
          const tally = await store().departmentTally(f.id, d.id, listLimit);
          const erased = placeErased(ctx, f.id, [d.id], all.erasedAnswers).byDepartment.get(d.id)!;
          expect(departmentSummaryFromTally(ctx, d, tally, erased, takeaways)).toEqual(expected);
          expect(tally.actions.length).toBeLessThanOrEqual(listLimit);
        }
      }
      // Something was actually counted, and cut short.
      const tally = await store().departmentTally(f.id, d1.id, 3);
      expect(tally.actionTotal).toBeGreaterThan(3);
      expect(tally.actions).toHaveLength(3);
      expect(tally.chefs.respondents).toBeGreaterThan(0);
    });

    test('forumTally: the overview from the database’s counts equals the in-memory one (a chef of two departments counts once)', async () => {
      const { f, d1, d2, d3 } = await setup();
      const all = await everything(f.id);
      const departments = [d1, d2, d3];
      const takeaways = await Promise.all(departments.map((d) => store().getTakeaways(d.id)));
      const expected = buildForumOverview({ forum: f, departments, ...all, takeaways, now: NOW });
      const ctx = summaryContext({ forum: f, ...all, now: NOW });
      const tally = await store().forumTally(f.id, OVERVIEW_LIST_LIMIT);
      expect(forumOverviewFromTally(ctx, f.id, departments, tally, all.erasedAnswers, takeaways)).toEqual(
        expected,
      );
      expect(expected.unplacedAnswers).toBe(2);
      expect(expected.participation.members).toBe(5);
      expect(expected.departments.reduce((n, d) => n + d.participation.members, 0)).toBe(6);
    });

    test('an empty forum: nothing counted, nothing unplaced', async () => {
      const f = forum();
      await store().saveForum(f);
      const tally = await store().forumTally(f.id, OVERVIEW_LIST_LIMIT);
      expect(tally).toEqual({
        departments: new Map(),
        chefs: { members: 0, respondents: 0, completed: 0, answers: 0 },
        questionChefAnswers: new Map(),
        unplacedAnswers: 0,
      });
    });
  });
}
