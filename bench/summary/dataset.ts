import { randomUUID } from 'node:crypto';
import { seedExampleForum } from '../../bot/seed/seed-example';
import type { Store } from '../../bot/store/store';
import type { Answer, AnswerValue, Clock, Department, Member, Question } from '../../core/model';

export const ANSWERS = 10_000;
export const CLOCK: Clock = { now: () => new Date('2019-10-01T10:00:00Z') };

/** A plausible answer of the question's shape, with Danish text of realistic length. */
export function sampleValue(question: Question, i: number): AnswerValue {
  const text = `Svar ${i}: Vi skal blive bedre til at inddrage borgere, foreninger og virksomheder tidligt – især når vi ændrer på velfærdsydelser. Det kræver åbenhed om rammer, økonomi og ejerskab, og at vi følger op.`;
  switch (question.shape.kind) {
    case 'text':
      return { kind: 'text', text };
    case 'textWithPrinciples':
      return { kind: 'textWithPrinciples', text, principles: [1 + (i % 7), 1 + ((i + 3) % 7)] };
    case 'improvements':
      return {
        kind: 'improvements',
        items: [
          {
            improvement: text.slice(0, 120),
            actions: [
              {
                what: 'Borgerworkshop om sundhedshuse',
                who: 'Afdelingschef',
                byWhen: '2019-11-0' + (1 + (i % 9)),
              },
            ],
          },
        ],
      };
    case 'textWithLeadershipStyle':
      return {
        kind: 'textWithLeadershipStyle',
        text,
        style: (['defining', 'facilitating', 'both'] as const)[i % 3]!,
      };
    case 'textWithKnowsOthers':
      return { kind: 'textWithKnowsOthers', text, knowsOthers: (['yes', 'partly', 'no'] as const)[i % 3]! };
    case 'textWithRating':
      return { kind: 'textWithRating', text, rating: 1 + (i % question.shape.scale) };
    case 'indicators':
      return {
        kind: 'indicators',
        items: [
          {
            indicator: text.slice(0, 80),
            valueType: (['quality', 'efficiency', 'democracy'] as const)[i % 3]!,
            mode: i % 2 ? 'co-creation' : 'co-production',
          },
        ],
      };
  }
}

export interface Dataset {
  forumId: string;
  departments: Department[];
  answers: Answer[];
}

/**
 * The example forum plus enough chefs that ANSWERS answers spread evenly over its six
 * departments (one answer per chef and question). Members go through the Store; the answers
 * are returned for a bulk insert (the bench measures reads, not 10,000 single saves).
 */
export async function buildDataset(store: Store): Promise<Dataset> {
  const seeded = await seedExampleForum(store, CLOCK, randomUUID);
  const forumId = seeded.forumId!;
  const departments = (await store.listDepartments(forumId)).sort((a, b) => a.sortOrder - b.sortOrder);
  const questions = (await store.listQuestions(forumId)).sort((a, b) => a.number - b.number);
  const perDepartment = Math.ceil(ANSWERS / questions.length / departments.length);
  const existing = (await store.listMembers(forumId)).filter((m) => m.role === 'chef');
  const chefs: Member[] = [...existing];
  const extra: Member[] = [];
  for (const department of departments) {
    const have = existing.filter((m) => m.departmentIds.includes(department.id)).length;
    for (let k = have; k < perDepartment; k++) {
      extra.push({
        id: randomUUID(),
        forumId,
        aadObjectId: randomUUID(),
        name: `Chef ${department.name.da} ${k + 1}`,
        email: null,
        role: 'chef',
        departmentIds: [department.id],
        locale: k % 5 === 0 ? 'en' : 'da',
        pausedUntil: null,
      });
    }
  }
  for (let i = 0; i < extra.length; i += 25)
    await Promise.all(extra.slice(i, i + 25).map((m) => store.saveMember(m)));
  chefs.push(...extra);

  const answers: Answer[] = [];
  const at = CLOCK.now().toISOString();
  outer: for (const chef of chefs) {
    for (const question of questions) {
      if (answers.length >= ANSWERS) break outer;
      answers.push({
        id: randomUUID(),
        forumId,
        departmentId: chef.departmentIds[0]!,
        questionId: question.id,
        memberId: chef.id,
        value: sampleValue(question, answers.length),
        revision: 1,
        createdAt: at,
        updatedAt: at,
      });
    }
  }
  return { forumId, departments, answers };
}

export const ANSWER_COLUMNS = [
  'id',
  'forum_id',
  'department_id',
  'question_id',
  'member_id',
  'value',
  'revision',
  'created_at',
  'updated_at',
] as const;

export function answerRow(a: Answer): unknown[] {
  return [
    a.id,
    a.forumId,
    a.departmentId,
    a.questionId,
    a.memberId,
    JSON.stringify(a.value),
    a.revision,
    a.createdAt,
    a.updatedAt,
  ];
}
