import { randomUUID } from 'node:crypto';
import { seedExampleForum } from '../../bot/seed/seed-example';
import type { Store } from '../../bot/store/store';
import type { Answer, AnswerValue, Clock, Department, Member, Question } from '../../core/model';

/** Answers at scale 1×; scale n has n times as many (100×: 1,000,000). */
export const ANSWERS_AT_1X = 10_000;
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

/** Bulk writes of the dataset's rows, straight into the tables (the bench measures reads). */
export interface BulkWriter {
  members(members: readonly Member[]): Promise<void>;
  answers(answers: readonly Answer[]): Promise<void>;
}

export interface Dataset {
  forumId: string;
  departments: Department[];
  /** Answers per department id. */
  answerCounts: Map<string, number>;
  answers: number;
}

/** Rows generated and written per bulk write: memory stays at one chunk whatever the scale. */
const CHUNK = 2000;

/**
 * The example forum plus enough chefs that `answerTotal` answers spread evenly over its six
 * departments (one answer per chef and question, updatedAt spread over a month so pages differ).
 * Members and answers are generated a chunk at a time and bulk-written.
 */
export async function seedDataset(store: Store, answerTotal: number, bulk: BulkWriter): Promise<Dataset> {
  const seeded = await seedExampleForum(store, CLOCK, randomUUID);
  const forumId = seeded.forumId!;
  const departments = (await store.listDepartments(forumId)).sort((a, b) => a.sortOrder - b.sortOrder);
  const questions = (await store.listQuestions(forumId)).sort((a, b) => a.number - b.number);
  const perDepartment = Math.ceil(answerTotal / questions.length / departments.length);
  const chefs = (await store.listMembers(forumId))
    .filter((m) => m.role === 'chef')
    .map((m) => ({ id: m.id, departmentId: m.departmentIds[0]! }));

  let extra: Member[] = [];
  for (const department of departments) {
    const have = chefs.filter((c) => c.departmentId === department.id).length;
    for (let k = have; k < perDepartment; k++) {
      const id = randomUUID();
      extra.push({
        id,
        forumId,
        aadObjectId: randomUUID(),
        name: `Chef ${department.name.da} ${k + 1}`,
        email: `chef${k + 1}@example.org`,
        role: 'chef',
        departmentIds: [department.id],
        locale: k % 5 === 0 ? 'en' : 'da',
        pausedUntil: null,
      });
      chefs.push({ id, departmentId: department.id });
      if (extra.length >= CHUNK) {
        await bulk.members(extra);
        extra = [];
      }
    }
  }
  if (extra.length) await bulk.members(extra);

  const answerCounts = new Map<string, number>();
  const start = CLOCK.now().getTime() - 30 * 86_400_000;
  let written = 0;
  let chunk: Answer[] = [];
  outer: for (const chef of chefs) {
    for (const question of questions) {
      if (written >= answerTotal) break outer;
      const at = new Date(start + ((written * 7919) % (30 * 86_400)) * 1000).toISOString();
      chunk.push({
        id: randomUUID(),
        forumId,
        departmentId: chef.departmentId,
        questionId: question.id,
        memberId: chef.id,
        value: sampleValue(question, written),
        revision: 1,
        createdAt: at,
        updatedAt: at,
      });
      answerCounts.set(chef.departmentId, (answerCounts.get(chef.departmentId) ?? 0) + 1);
      written++;
      if (chunk.length >= CHUNK) {
        await bulk.answers(chunk);
        chunk = [];
      }
    }
  }
  if (chunk.length) await bulk.answers(chunk);
  return { forumId, departments, answerCounts, answers: written };
}

/** The department with the most answers: the worst case. */
export function largestDepartment(data: Dataset): Department {
  return [...data.departments].sort(
    (a, b) => (data.answerCounts.get(b.id) ?? 0) - (data.answerCounts.get(a.id) ?? 0),
  )[0]!;
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

export const MEMBER_COLUMNS = [
  'id',
  'forum_id',
  'aad_object_id',
  'name',
  'email',
  'role',
  'locale',
  'paused_until',
] as const;

export function memberRow(m: Member): unknown[] {
  return [m.id, m.forumId, m.aadObjectId, m.name, m.email, m.role, m.locale, m.pausedUntil];
}
