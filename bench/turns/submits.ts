import type { AnswerShapeKind, Member } from '../../core/model';
import type { Store } from '../../bot/store/store';

/** An Action.Submit from a chef's personal chat, replying to a card message. */
export function submitActivity(
  serviceUrl: string,
  i: number,
  member: Pick<Member, 'aadObjectId' | 'id'>,
  value: Record<string, unknown>,
) {
  return {
    type: 'message',
    id: `activity-${i}`,
    channelId: 'msteams',
    serviceUrl,
    locale: 'da-DK',
    from: { id: `29:${member.aadObjectId}`, aadObjectId: member.aadObjectId },
    recipient: { id: '28:bench-bot' },
    conversation: { id: `a:bench-${member.id}`, conversationType: 'personal', tenantId: 'bench-tenant' },
    replyToId: `card-${i}`,
    value,
  };
}

/**
 * What the load generator needs to post a server's submits: plain data, so it crosses a process
 * boundary. `null` for the echo bot, which answers anything.
 */
export type SubmitFixture = {
  forumId: string;
  chefs: Array<Pick<Member, 'id' | 'aadObjectId'> & { departmentId: string }>;
  questions: Array<{ id: string; number: number; kind: 'textWithPrinciples' | 'textWithLeadershipStyle' }>;
} | null;

/** The example's chefs and its two text questions with a second input, read from the store. */
export async function readSubmitFixture(store: Store): Promise<NonNullable<SubmitFixture>> {
  const [forum] = await store.listForums();
  if (!forum) throw new Error('the example forum was not seeded');
  const chefs = (await store.listMembers(forum.id))
    .filter((m) => m.role === 'chef' && m.departmentIds.length > 0)
    .map((m) => ({ id: m.id, aadObjectId: m.aadObjectId, departmentId: m.departmentIds[0]! }));
  const questions = (await store.listQuestions(forum.id)).flatMap((q) =>
    isBenchedShape(q.shape.kind) ? [{ id: q.id, number: q.number, kind: q.shape.kind }] : [],
  );
  return { forumId: forum.id, chefs, questions };
}

function isBenchedShape(kind: AnswerShapeKind): kind is 'textWithPrinciples' | 'textWithLeadershipStyle' {
  return kind === 'textWithPrinciples' || kind === 'textWithLeadershipStyle';
}

/**
 * Submit number i: for a Samskab server spread over the chefs and two questions, every one a new
 * revision; for the echo bot the same activity shape with an answer's marker.
 */
export function submitBodies(fixture: SubmitFixture, serviceUrl: string): (i: number) => unknown {
  if (!fixture)
    return (i) =>
      submitActivity(
        serviceUrl,
        i,
        { aadObjectId: `aad-${i % 24}`, id: `m${i % 24}` },
        { samskab: 'answer' },
      );
  const { chefs, questions } = fixture;
  return (i) => {
    const member = chefs[i % chefs.length]!;
    const question = questions[Math.floor(i / chefs.length) % questions.length]!;
    const p = `q${question.number}_`;
    const text = `Svar nummer ${i}`;
    return submitActivity(serviceUrl, i, member, {
      samskab: 'answer',
      forumId: fixture.forumId,
      questionId: question.id,
      departmentId: member.departmentId,
      ...(question.kind === 'textWithPrinciples'
        ? { [`${p}text`]: text, [`${p}principles`]: '1,3' }
        : { [`${p}text`]: text, [`${p}style`]: 'facilitating' }),
    });
  };
}
