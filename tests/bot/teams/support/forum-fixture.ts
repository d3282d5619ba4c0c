import type {
  Answer,
  AnswerValue,
  Department,
  Forum,
  Member,
  Principle,
  Question,
  Round,
} from '../../../../core/model';

const at = '2019-09-01T08:00:00.000Z';
const loc = (da: string, en: string) => ({ da, en });

/** A small forum covering every answer shape, for card tests that must not depend on the example's content. */
export function fixtureForum(): {
  forum: Forum;
  department: Department;
  questions: Question[];
  principles: Principle[];
} {
  const forum: Forum = {
    id: 'f1',
    name: loc('Testforum', 'Test forum'),
    assignment: loc('Opgaven', 'The assignment'),
    kickoffDate: '2019-08-30',
    finalMeetingDate: '2019-11-21',
    timeZone: 'Europe/Copenhagen',
    languages: ['da', 'en'],
    defaultLocale: 'da',
    settings: {
      sendTime: '09:00',
      quietHours: null,
      blackoutPeriods: [],
      reminderAfterWorkingDays: 3,
      finalCallWorkingDaysBefore: 5,
      shareSummaries: true,
      shareAnswersInGroupChat: false,
      retentionDays: 365,
      // Every answer shows at once here; the anonymity tests set their own threshold.
      anonymity: { minAnswers: 1, hideNamesInSharedViews: false },
    },
    createdAt: at,
    updatedAt: at,
  };
  const department: Department = {
    id: 'd1',
    forumId: 'f1',
    name: loc('Sundhed og Omsorg', 'Health and Care'),
    recap: 'Vi talte om borgernes egne ressourcer.',
    chosenAssignment: '',
    facilitatorMeetingDate: null,
    sortOrder: 1,
  };
  const shapes: Question['shape'][] = [
    { kind: 'textWithPrinciples', maxLength: 2000, maxPrinciples: 3 },
    { kind: 'improvements', maxItems: 2, maxActionsPerItem: 3, maxLength: 500 },
    { kind: 'textWithLeadershipStyle', maxLength: 2000 },
    { kind: 'textWithKnowsOthers', maxLength: 2000 },
    {
      kind: 'textWithRating',
      maxLength: 2000,
      scale: 5,
      lowLabel: loc('lav', 'low'),
      highLabel: loc('høj', 'high'),
    },
    { kind: 'indicators', maxItems: 5, maxLength: 300 },
    { kind: 'text', maxLength: 2000 },
  ];
  const questions = shapes.map((shape, i) => ({
    id: `q${i + 1}`,
    forumId: 'f1',
    number: i + 1,
    text: loc(`Spørgsmål om ${shape.kind}?`, `Question about ${shape.kind}?`),
    help: loc('Tænk over det.', 'Think about it.'),
    shape,
  }));
  const principles = [1, 2, 3, 4, 5, 6, 7].map((n) => ({
    forumId: 'f1',
    number: n,
    title: loc(`Princip ${n}`, `Principle ${n}`),
    body: loc('Beskrivelse.', 'Description.'),
    subPoints: [loc('Et punkt', 'A point')],
  }));
  return { forum, department, questions, principles };
}

export function fixtureMember(overrides: Partial<Member> = {}): Member {
  return {
    id: 'm1',
    forumId: 'f1',
    aadObjectId: 'aad-1',
    name: 'Mette Chef',
    email: null,
    role: 'chef',
    departmentIds: ['d1'],
    locale: 'da',
    pausedUntil: null,
    ...overrides,
  };
}

export function fixtureRound(questionIds: string[], kind: Round['kind'] = 'prompt'): Round {
  return {
    id: 'r1',
    forumId: 'f1',
    departmentId: 'd1',
    kind,
    questionIds,
    localDate: '2019-09-02',
    localTime: '09:00',
    dueAt: '2019-09-02T07:00:00.000Z',
    state: 'materialized',
    createdAt: at,
    updatedAt: at,
  };
}

/** The longest answer each shape allows (Danish letters, so bytes > characters). */
export function longestAnswer(question: Question): AnswerValue {
  const s = question.shape;
  const long = (n: number) => 'æøå '.repeat(Math.ceil(n / 4)).slice(0, n);
  switch (s.kind) {
    case 'text':
      return { kind: 'text', text: long(s.maxLength) };
    case 'textWithPrinciples':
      return { kind: s.kind, text: long(s.maxLength), principles: [1, 2, 3].slice(0, s.maxPrinciples) };
    case 'textWithLeadershipStyle':
      return { kind: s.kind, text: long(s.maxLength), style: 'both' };
    case 'textWithKnowsOthers':
      return { kind: s.kind, text: long(s.maxLength), knowsOthers: 'partly' };
    case 'textWithRating':
      return { kind: s.kind, text: long(s.maxLength), rating: s.scale };
    case 'improvements':
      return {
        kind: s.kind,
        items: Array.from({ length: s.maxItems }, () => ({
          improvement: long(s.maxLength),
          actions: Array.from({ length: s.maxActionsPerItem }, () => ({
            what: long(s.maxLength),
            who: long(200),
            byWhen: '2019-11-01',
          })),
        })),
      };
    case 'indicators':
      return {
        kind: s.kind,
        items: Array.from({ length: s.maxItems }, () => ({
          indicator: long(s.maxLength),
          valueType: 'quality',
          mode: 'co-creation',
        })),
      };
  }
}

export function answerOf(question: Question, value: AnswerValue, memberId = 'm1', revision = 1): Answer {
  return {
    id: `a-${question.id}-${memberId}`,
    forumId: question.forumId,
    departmentId: 'd1',
    questionId: question.id,
    memberId,
    value,
    revision,
    createdAt: at,
    updatedAt: at,
  };
}
