import pino from 'pino';
import type { Activity } from 'botbuilder';
import type { AppDeps } from '../../../bot/app-deps';
import { loadConfig } from '../../../bot/config';
import { cardCloses } from '../../../bot/scheduler/close-cards';
import { SnapshotCache } from '../../../bot/scheduler/forum-snapshot';
import { newPassContext } from '../../../bot/scheduler/pass-context';
import { sendOne } from '../../../bot/scheduler/send-queue';
import { InProcessChangeFeed, type MeetingStore } from '../../../bot/store';
import type { AnswerFilter, CardClose, CardView, Store } from '../../../bot/store/store';
import { cardBytes } from '../../../bot/teams/cards';
import type { ProactiveSender } from '../../../bot/teams/proactive';
import type { Answer, Delivery, Forum, Member } from '../../../core/model';
import { groupChatRef, personalRef } from '../../support/connector-refs';
import {
  answerOf,
  fixtureForum,
  fixtureMember,
  fixtureRound,
  longestAnswer,
} from '../teams/support/forum-fixture';
import { cardText, cardsOf, checkCard } from '../teams/support/validate-card';
import { handClock } from './fanout-fixture';
import { createKeyring } from '../../../bot/keys/keyring';

const at = '2019-11-22T07:00:00.000Z';
const { forum, department, questions, principles } = fixtureForum();
const round = fixtureRound(questions.map((q) => q.id));
// Ten chefs in the department (more answers than a card shows), one elsewhere, one organizer.
const chefs = Array.from({ length: 10 }, (_, i) =>
  fixtureMember({ id: `m${i}`, aadObjectId: `aad-${i}`, name: `Chef ${i}` }),
);
const outsider = fixtureMember({
  id: 'mx',
  aadObjectId: 'aad-x',
  name: 'Anden Afdeling',
  departmentIds: ['d2'],
});
const organizer = fixtureMember({ id: 'mo', aadObjectId: 'aad-o', name: 'Arrangør', role: 'organizer' });
const members: Member[] = [...chefs, outsider, organizer];
const q7 = questions[6]!;
const answers: readonly Answer[] = [
  ...chefs.map((m) => answerOf(q7, { kind: 'text', text: `Svar fra ${m.name}` }, m.id)),
  { ...answerOf(q7, { kind: 'text', text: 'Svar fra en anden afdeling' }, outsider.id), departmentId: 'd2' },
  answerOf(q7, { kind: 'text', text: 'Svar fra arrangøren' }, organizer.id),
];
const group = groupChatRef('http://connector.invalid', department.id, 0, at);
const personal = personalRef('http://connector.invalid', chefs[0]!.aadObjectId, at);

function delivery(overrides: Partial<Delivery>): Delivery {
  return {
    id: 'del-group',
    roundId: round.id,
    forumId: forum.id,
    recipientKind: 'conversation',
    recipientId: group.conversationId,
    departmentId: department.id,
    dueAt: round.dueAt,
    nextAttemptAt: round.dueAt,
    state: 'sent',
    attempts: 1,
    leaseOwner: null,
    leaseUntil: null,
    sentActivityId: 'activity-1',
    sentConversationId: group.conversationId,
    lastError: null,
    updatedAt: round.dueAt,
    ...overrides,
  };
}

/** Closes one sent card over a store holding the fixture forum; returns the updated card. */
async function closeCard(
  shareAnswersInGroupChat: boolean,
  sent: Delivery,
  stored: readonly Answer[] = answers,
  options: { view?: CardView; now?: string } = {},
) {
  const sharing: Forum = { ...forum, settings: { ...forum.settings, shareAnswersInGroupChat } };
  const answerReads: AnswerFilter[] = [];
  const store = {
    getForum: async () => sharing,
    listDepartments: async () => [department],
    listQuestions: async () => questions,
    listPrinciples: async () => principles,
    listMembers: async () => members,
    getMember: async (id: string) => members.find((m) => m.id === id),
    getDelivery: async (id: string) => (id === sent.id ? sent : undefined),
    getRound: async (id: string) => (id === round.id ? round : undefined),
    getConversationRef: async (id: string) => [group, personal].find((r) => r.conversationId === id),
    findPersonalConversation: async (aad: string) => (aad === chefs[0]!.aadObjectId ? personal : undefined),
    listAnswers: async (forumId: string, filter: AnswerFilter = {}) => {
      answerReads.push(filter);
      return stored.filter(
        (a) =>
          a.forumId === forumId &&
          (!filter.departmentId || a.departmentId === filter.departmentId) &&
          (!filter.memberId || a.memberId === filter.memberId) &&
          (!filter.questionId || a.questionId === filter.questionId),
      );
    },
    completeCardClose: async () => true,
  } as unknown as Store;
  const deps: AppDeps = {
    config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
    store,
    // Closing cards never reads meetings.
    meetings: {} as MeetingStore,
    changes: new InProcessChangeFeed(),
    keys: createKeyring(store),
    clock: handClock(options.now ?? at),
    ids: () => 'id',
    log: pino({ level: 'silent' }),
  };
  const updates: Array<Partial<Activity>> = [];
  const sender = {
    update: async (_ref: unknown, _id: string, activity: Partial<Activity>) => {
      updates.push(activity);
      return { ok: true, activityId: 'activity-1' };
    },
  } as unknown as ProactiveSender;
  const close: CardClose = {
    deliveryId: sent.id,
    forumId: forum.id,
    view: options.view ?? 'closed',
    state: 'leased',
    attempts: 0,
    nextAttemptAt: at,
    leaseOwner: 'w1',
    leaseUntil: at,
    lastError: null,
    updatedAt: at,
  };
  const result = await sendOne(
    cardCloses,
    newPassContext(deps, sender, 'w1', new SnapshotCache(store), () => 0.5),
    close,
  );
  expect(result).toBe('closed');
  expect(updates).toHaveLength(1);
  const [card] = cardsOf(updates[0] as never);
  expect(checkCard(card).errors).toEqual([]);
  // A closed card has nothing to fill in (an erased card of an open forum may have the form again).
  if (!options.now) expect(checkCard(card).inputIds).toEqual([]);
  return { card: card!, activity: updates[0]!, text: cardText(card), answerReads };
}

describe('closing a group-chat prompt card', () => {
  it("shows the department's chefs' answers, at most eight, when the forum shares answers", async () => {
    const { text } = await closeCard(true, delivery({}));
    expect(text).toContain('Forløbet er slut');
    for (const m of chefs.slice(0, 8)) {
      expect(text).toContain(m.name);
      expect(text).toContain(`Svar fra ${m.name}`);
    }
    for (const m of chefs.slice(8)) expect(text).not.toContain(`Svar fra ${m.name}`);
    expect(text).not.toContain('Svar fra en anden afdeling');
    expect(text).not.toContain('Svar fra arrangøren');
  });

  it("shows nobody's answers, and reads none, when the forum does not share them", async () => {
    const { text, answerReads } = await closeCard(false, delivery({}));
    expect(text).toContain('Forløbet er slut');
    expect(text).not.toContain('Svar fra');
    expect(text).not.toContain('Chef 1');
    expect(answerReads).toEqual([]);
  });

  it("a member's closed card shows only the member's own answers, even when sharing", async () => {
    const { text } = await closeCard(
      true,
      delivery({
        id: 'del-personal',
        recipientKind: 'member',
        recipientId: chefs[0]!.id,
        sentConversationId: personal.conversationId,
      }),
    );
    expect(text).toContain('Svar fra Chef 0');
    expect(text).not.toContain('Svar fra Chef 1');
  });

  it('stays a valid card under 80 KB with the longest answers shared', async () => {
    const improvements = questions.find((q) => q.shape.kind === 'improvements')!;
    // Every question answered at full length, and the largest shape only (eight of them shown).
    const everything = chefs.flatMap((m) => questions.map((q) => answerOf(q, longestAnswer(q), m.id)));
    const largest = chefs.map((m) => answerOf(improvements, longestAnswer(improvements), m.id));
    for (const [stored, names] of [
      [everything, ['Chef 0', 'Chef 1']],
      [largest, chefs.slice(0, 8).map((m) => m.name)],
    ] as const) {
      const { card, activity } = await closeCard(true, delivery({}), stored);
      expect(cardBytes(activity)).toBeLessThan(80 * 1024);
      const shown = JSON.stringify(card).match(/"text":"Chef \d+"/g) ?? [];
      expect(shown).toHaveLength(8);
      expect(new Set(shown)).toEqual(new Set(names.map((n) => `"text":"${n}"`)));
    }
  });
});

describe('updating sent cards after an erasure', () => {
  const erasedChef = chefs[1]!;
  const afterErasure = answers.filter((a) => a.memberId !== erasedChef.id);
  const personalDelivery = delivery({
    id: 'del-personal',
    recipientKind: 'member',
    recipientId: erasedChef.id,
    sentConversationId: personal.conversationId,
  });
  const open = '2019-10-01T07:00:00.000Z';

  it("the member's own card shows a neutral view, without the answer, open or closed", async () => {
    for (const [view, now] of [
      ['erased', open],
      ['erased-closed', at],
    ] as const) {
      const { text } = await closeCard(true, personalDelivery, afterErasure, { view, now });
      expect(text).toContain('Svaret er slettet');
      expect(text).not.toContain(`Svar fra ${erasedChef.name}`);
      if (view === 'erased') expect(text).toContain('skriv "spørgsmål"');
      else expect(text).not.toContain('skriv "spørgsmål"');
    }
  });

  it('a group card is rendered again without the erased answers: closed with the others shared', async () => {
    const { text } = await closeCard(true, delivery({}), afterErasure, { view: 'erased-closed' });
    expect(text).toContain('Forløbet er slut');
    expect(text).not.toContain(`Svar fra ${erasedChef.name}`);
    expect(text).toContain(`Svar fra ${chefs[0]!.name}`);
    expect(text).toContain(`Svar fra ${chefs[8]!.name}`); // the eighth shared answer moves up
  });

  it('an open group card is rendered as sent (no answers, each chef refreshes their own view)', async () => {
    const { card, text } = await closeCard(true, delivery({}), afterErasure, { view: 'erased', now: open });
    expect(text).not.toContain('Svar fra');
    expect(text).not.toContain('Forløbet er slut');
    expect(card.refresh).toEqual(expect.objectContaining({ userIds: expect.any(Array) }));
  });

  it('before the retention purge no card shows an answer, though the answers are still stored', async () => {
    const group = await closeCard(true, delivery({}), answers, { view: 'purged' });
    expect(group.text).toContain('Forløbet er slut');
    expect(group.text).not.toContain('Svar fra');
    expect(group.answerReads).toEqual([]);
    const own = await closeCard(true, personalDelivery, answers, { view: 'purged' });
    expect(own.text).toContain('Svaret er slettet');
    expect(own.text).not.toContain('Svar fra');
    const unanswered = await closeCard(true, personalDelivery, afterErasure, { view: 'purged' });
    expect(unanswered.text).toContain('Du svarede ikke');
  });

  it('the card of a member an organizer removed with their answers is neutral too', async () => {
    const removed = delivery({
      id: 'del-removed',
      recipientKind: 'member',
      recipientId: 'removed-member',
      sentConversationId: personal.conversationId,
    });
    const { text } = await closeCard(true, removed, afterErasure, { view: 'erased', now: open });
    expect(text).toContain('Svaret er slettet');
  });
});
