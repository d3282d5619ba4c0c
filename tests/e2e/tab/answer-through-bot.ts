import { randomUUID } from 'node:crypto';
import type { Member, Question } from '../../../core/model';
import { TEST_TENANT } from '../../support/connector-refs';

/**
 * A message from the member in their 1:1 chat with the bot, as Teams delivers it: text, or a card
 * submit (Action.Submit fallback) whose `value` holds the card's data and inputs, POSTed to the
 * bot's /api/messages. The bot's reply goes to `serviceUrl` (a Bot Connector stand-in).
 */
export async function messageToBot(input: {
  baseUrl: string;
  serviceUrl: string;
  member: Member;
  text?: string;
  value?: Record<string, unknown>;
}): Promise<Response> {
  const { member } = input;
  const activity = {
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: input.serviceUrl,
    locale: member.locale === 'en' ? 'en-US' : 'da-DK',
    from: { id: `29:${member.aadObjectId}`, aadObjectId: member.aadObjectId, name: member.name },
    recipient: { id: '28:samskab-bot', name: 'Samskab' },
    conversation: {
      id: `a:personal-${member.aadObjectId}`,
      conversationType: 'personal',
      tenantId: TEST_TENANT,
    },
    channelData: { tenant: { id: TEST_TENANT } },
    text: input.text,
    value: input.value,
  };
  return fetch(`${input.baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(activity),
  });
}

/** Answers a question the way Teams delivers the card's submit. */
export function answerThroughBot(input: {
  baseUrl: string;
  serviceUrl: string;
  member: Member;
  question: Question;
  inputs: Record<string, string>;
}): Promise<Response> {
  const { member, question } = input;
  return messageToBot({
    ...input,
    value: {
      samskab: 'answer',
      forumId: member.forumId,
      questionId: question.id,
      departmentId: member.departmentIds[0] ?? null,
      rev: 0,
      ...input.inputs,
    },
  });
}

/** Card inputs answering `question` (ids `q<number>_<field>`, as the bot's cards name them). */
export function sampleInputs(question: Question, variant: number): Record<string, string> {
  const p = (field: string) => `q${question.number}_${field}`;
  const text = `Svar ${variant} til spørgsmål ${question.number}: vi inddrager borgerne tidligt.`;
  switch (question.shape.kind) {
    case 'text':
      return { [p('text')]: text };
    case 'textWithPrinciples':
      return { [p('text')]: text, [p('principles')]: variant % 2 ? '1,3' : '3,6' };
    case 'textWithLeadershipStyle':
      return { [p('text')]: text, [p('style')]: variant % 2 ? 'facilitating' : 'both' };
    case 'textWithKnowsOthers':
      return { [p('text')]: text, [p('knows')]: variant % 2 ? 'partly' : 'no' };
    case 'textWithRating':
      return { [p('text')]: text, [p('rating')]: String(Math.min(question.shape.scale, 2 + variant)) };
    case 'improvements':
      return {
        [p('i1')]: `Forbedring ${variant}: fælles borgerpanel`,
        [p('i1a1_what')]: `Nedsæt borgerpanel ${variant}`,
        [p('i1a1_who')]: 'Sekretariatet',
        [p('i1a1_when')]: variant % 2 ? '2019-10-01' : '2019-12-01',
      };
    case 'indicators':
      return {
        [p('n1')]: `Flere borgere deltager (${variant})`,
        [p('n1_type')]: variant % 2 ? 'democracy' : 'quality',
        [p('n1_mode')]: variant % 2 ? 'co-creation' : 'co-production',
      };
  }
}
