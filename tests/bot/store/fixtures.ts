import type {
  ConversationRef,
  Delivery,
  Department,
  Forum,
  Member,
  Principle,
  Question,
  Round,
} from '../../../core/model';

/** Builders of valid domain objects for store tests; every id is unique within a test run. */

let counter = 0;
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export const T0 = '2019-09-02T07:00:00.000Z';

/** T0 plus minutes, as an ISO instant. */
export function at(minutes: number): string {
  return new Date(Date.parse(T0) + minutes * 60_000).toISOString();
}

export function forum(overrides: Partial<Forum> = {}): Forum {
  return {
    id: uid('forum'),
    name: { da: 'Strategisk Ledelsesforum', en: 'Strategic Leadership Forum' },
    assignment: { da: 'Samskabelse af velfærd', en: 'Co-creation of welfare' },
    kickoffDate: '2019-08-30',
    finalMeetingDate: '2019-11-21',
    timeZone: 'Europe/Copenhagen',
    languages: ['da', 'en'],
    defaultLocale: 'da',
    settings: {
      sendTime: '09:00',
      quietHours: { start: '17:00', end: '08:00' },
      blackoutPeriods: [
        { from: '2019-10-14', to: '2019-10-18', label: { da: 'Efterårsferie', en: 'Autumn holiday' } },
      ],
      reminderAfterWorkingDays: 3,
      finalCallWorkingDaysBefore: 5,
      shareSummaries: true,
      shareAnswersInGroupChat: false,
      retentionDays: 90,
      // Every answer shows at once here; the anonymity tests set their own threshold.
      anonymity: { minAnswers: 1, hideNamesInSharedViews: false },
    },
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function department(forumId: string, overrides: Partial<Department> = {}): Department {
  return {
    id: uid('dept'),
    forumId,
    name: { da: 'Sundhed og Omsorg', en: 'Health and Care' },
    recap: 'Vi talte om samskabelse.',
    chosenAssignment: 'Borgerinddragelse',
    facilitatorMeetingDate: null,
    sortOrder: 1,
    ...overrides,
  };
}

export function member(forumId: string, overrides: Partial<Member> = {}): Member {
  return {
    id: uid('member'),
    forumId,
    aadObjectId: uid('aad'),
    name: 'Anne Chef',
    email: 'anne@example.org',
    role: 'chef',
    departmentIds: [],
    locale: 'da',
    pausedUntil: null,
    ...overrides,
  };
}

export function question(forumId: string, number: number, overrides: Partial<Question> = {}): Question {
  return {
    id: uid('q'),
    forumId,
    number,
    text: { da: `Spørgsmål ${number}`, en: `Question ${number}` },
    help: { da: 'Hjælp', en: 'Help' },
    shape: { kind: 'textWithPrinciples', maxLength: 2000, maxPrinciples: 3 },
    ...overrides,
  };
}

export function principle(forumId: string, number: number): Principle {
  return {
    forumId,
    number,
    title: { da: `Princip ${number}`, en: `Principle ${number}` },
    body: { da: 'Brødtekst', en: 'Body' },
    subPoints: [{ da: 'Punkt', en: 'Point' }],
  };
}

export function round(forumId: string, overrides: Partial<Round> = {}): Round {
  return {
    id: uid('round'),
    forumId,
    departmentId: null,
    kind: 'prompt',
    questionIds: ['q1', 'q2'],
    localDate: '2019-09-02',
    localTime: '09:00',
    dueAt: T0,
    state: 'planned',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function delivery(r: Round, overrides: Partial<Delivery> = {}): Delivery {
  const dueAt = overrides.dueAt ?? r.dueAt;
  return {
    id: uid('delivery'),
    roundId: r.id,
    forumId: r.forumId,
    recipientKind: 'member',
    recipientId: uid('recipient'),
    departmentId: r.departmentId,
    dueAt,
    nextAttemptAt: dueAt,
    state: 'pending',
    attempts: 0,
    leaseOwner: null,
    leaseUntil: null,
    sentActivityId: null,
    sentConversationId: null,
    lastError: null,
    updatedAt: T0,
    ...overrides,
  };
}

export function conversationRef(overrides: Partial<ConversationRef> = {}): ConversationRef {
  const conversationId = overrides.conversationId ?? uid('a:conv');
  return {
    conversationId,
    kind: 'personal',
    tenantId: 'tenant-1',
    aadObjectId: uid('aad'),
    departmentId: null,
    reference: {
      bot: { id: '28:bot', name: 'Samskab' },
      conversation: { id: conversationId, conversationType: 'personal', tenantId: 'tenant-1' },
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      channelId: 'msteams',
    },
    installedAt: T0,
    removedAt: null,
    reachable: true,
    lastError: null,
    ...overrides,
  };
}
