import type { Store } from '../../../../bot/store/store';
import type { AnswerValue, Member, Question } from '../../../../core/model';

/** A valid value for any question shape, carrying `marker` in its text. */
export function valueFor(question: Question, marker: string): AnswerValue {
  switch (question.shape.kind) {
    case 'text':
      return { kind: 'text', text: marker };
    case 'textWithPrinciples':
      return { kind: 'textWithPrinciples', text: marker, principles: [1] };
    case 'textWithLeadershipStyle':
      return { kind: 'textWithLeadershipStyle', text: marker, style: 'both' };
    case 'textWithKnowsOthers':
      return { kind: 'textWithKnowsOthers', text: marker, knowsOthers: 'partly' };
    case 'textWithRating':
      return { kind: 'textWithRating', text: marker, rating: 1 };
    case 'improvements':
      return { kind: 'improvements', items: [{ improvement: marker, actions: [] }] };
    case 'indicators':
      return {
        kind: 'indicators',
        items: [{ indicator: marker, valueType: 'quality', mode: 'co-creation' }],
      };
  }
}

/** The member answers the first `count` questions, each twice (two revisions). */
export async function answerSome(
  store: Store,
  member: Member,
  count: number,
  marker: string,
  at = '2019-09-10T10:00:00.000Z',
): Promise<void> {
  const questions = (await store.listQuestions(member.forumId)).slice(0, count);
  for (const q of questions) {
    for (const round of [1, 2]) {
      const result = await store.saveAnswer({
        forumId: member.forumId,
        departmentId: member.departmentIds[0]!,
        questionId: q.id,
        memberId: member.id,
        value: valueFor(q, `${marker} v${round}`),
        at,
      });
      if (!result.ok) throw new Error('seed answer failed');
    }
  }
}
