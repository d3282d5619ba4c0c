import type { MatrixFixture, Role, Sharing } from './matrix-fixture';

export type Chat = 'personal' | 'groupD';
export const CHATS: readonly Chat[] = ['personal', 'groupD'];

/** Whose answer texts the person may find in what the bot answers (the card, and anything it sends). */
export interface Seen {
  D: boolean;
  E: boolean;
}

/**
 * Every card verb, tried with card data that names department D (an attacker's forged data for
 * anyone not in D), from the person's 1:1 chat and from D's linked group chat. Written by hand
 * from SECURITY.md's authorization model: a card never shows more than the API would, and only
 * when the forum shares answers in group chats.
 */
export interface CardCase {
  /** The verb sent, when the key names a variant ("verb:variant"). */
  verb?: string;
  data: (f: MatrixFixture) => Record<string, unknown>;
  sees: (role: Role, s: Sharing, chat: Chat) => Seen;
}

const NONE: Seen = { D: false, E: false };
const OWN: Partial<Record<Role, keyof Seen>> = { chefD: 'D', facilitatorD: 'D', chefE: 'E' };

/** The person's own department's answers, when the forum shares answers in group chats. */
const own = (role: Role, s: Sharing): Seen => {
  const dept = OWN[role];
  return { D: s.shareAnswersInGroupChat && dept === 'D', E: s.shareAnswersInGroupChat && dept === 'E' };
};

/** Who may read D (the read rule): its chefs and facilitator, organizers, chefs of E while summaries are shared. */
const mayReadD = (role: Role, s: Sharing): boolean =>
  role === 'chefD' ||
  role === 'facilitatorD' ||
  role === 'organizerA' ||
  (role === 'chefE' && s.shareSummaries);

const answerData = (f: MatrixFixture) => ({
  forumId: f.forumA.id,
  questionId: f.round.questionIds[0],
  roundId: f.round.id,
  departmentId: f.deptD.id,
  qids: f.round.questionIds,
});

export const CARD_EXPECTATIONS: Record<string, CardCase> = {
  // Saving one's own answer; in a group chat the answered card is the person's own group view.
  answer: {
    data: (f) => {
      const q = f.questions.find((x) => x.id === f.round.questionIds[0])!;
      return { ...answerData(f), [`q${q.number}_text`]: 'Matrix-svar' };
    },
    sees: (role, s, chat) => (chat === 'groupD' ? own(role, s) : NONE),
  },
  // The edit form shows only the person's own answer.
  edit: { data: answerData, sees: () => NONE },
  // A forged refresh: a forum-wide round with D's id in the data.
  refresh: {
    data: (f) => ({ forumId: f.forumA.id, roundId: f.round.id, departmentId: f.deptD.id }),
    sees: (role, s, chat) =>
      // In a 1:1 chat the card is about the person's own department, whatever the data says;
      // in D's linked chat it is about D.
      chat === 'personal' ? own(role, s) : { D: mayReadD(role, s) && s.shareAnswersInGroupChat, E: false },
  },
  // A refresh of a card of D's own round (the department comes from the stored round), with E's id as data.
  'refresh:roundOfD': {
    verb: 'refresh',
    data: (f) => ({ forumId: f.forumA.id, roundId: f.roundD.id, departmentId: f.deptE.id }),
    sees: (role, s) => ({ D: mayReadD(role, s) && s.shareAnswersInGroupChat, E: false }),
  },
  linkDepartment: {
    data: (f) => ({ forumId: f.forumA.id, departmentId: f.deptD.id }),
    sees: () => NONE,
  },
  questions: { data: () => ({}), sees: () => NONE },
  privacyAsk: { data: () => ({}), sees: () => NONE },
  privacyConfirm: { data: () => ({ token: 'not-a-code' }), sees: () => NONE },
  privacyCancel: { data: () => ({}), sees: () => NONE },
  // Recording D's facilitator meeting or the facilitator's notes answers with a short text, never answers.
  meetingDate: {
    data: (f) => ({ forumId: f.forumA.id, departmentId: f.deptD.id, meetingDate: f.forumA.finalMeetingDate }),
    sees: () => NONE,
  },
  meetingNotes: {
    data: (f) => ({ forumId: f.forumA.id, departmentId: f.deptD.id, meetingNotes: 'Noter' }),
    sees: () => NONE,
  },
};
