import type { App } from '../../bot/app';
import type { Member, Question } from '../../core/model';

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

/** Submits spread over the example's chefs and two questions; every one is a new revision. */
export async function samskabSubmits(app: App, serviceUrl: string): Promise<(i: number) => unknown> {
  const store = app.deps.store;
  const [forum] = await store.listForums();
  if (!forum) throw new Error('the example forum was not seeded');
  const chefs = (await store.listMembers(forum.id)).filter(
    (m) => m.role === 'chef' && m.departmentIds.length > 0,
  );
  const questions = (await store.listQuestions(forum.id)).filter(
    (q) => q.shape.kind === 'textWithPrinciples' || q.shape.kind === 'textWithLeadershipStyle',
  );
  return (i) => {
    const member = chefs[i % chefs.length]!;
    const question = questions[Math.floor(i / chefs.length) % questions.length]!;
    return submitActivity(serviceUrl, i, member, {
      samskab: 'answer',
      forumId: forum.id,
      questionId: question.id,
      departmentId: member.departmentIds[0],
      ...inputs(question, `Svar nummer ${i}`),
    });
  };
}

function inputs(question: Question, text: string): Record<string, string> {
  const p = `q${question.number}_`;
  return question.shape.kind === 'textWithPrinciples'
    ? { [`${p}text`]: text, [`${p}principles`]: '1,3' }
    : { [`${p}text`]: text, [`${p}style`]: 'facilitating' };
}
