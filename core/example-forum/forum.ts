import type { Department, Forum, IdGenerator, Localized, Principle, Question } from '../model';
import { DEFAULT_ANONYMITY } from '../summary/anonymity';
import { EXAMPLE_DEPARTMENT_NAMES } from './departments';
import { EXAMPLE_PRINCIPLES } from './principles';
import { EXAMPLE_QUESTIONS } from './questions';

export interface ExampleForum {
  forum: Forum;
  departments: Department[];
  questions: Question[];
  principles: Principle[];
}

export const EXAMPLE_FORUM_NAME: Localized = {
  da: 'Strategisk Ledelsesforum: Samskabelse af velfærd',
  en: 'Strategic Leadership Forum: Co-creation of welfare',
};

/** The assignment between the two meetings, from the source document. */
export const EXAMPLE_ASSIGNMENT: Localized = {
  da:
    'Den 21. november skal I samles igen om fokus på værdi for og med borgerne. ' +
    'Inden da skal I sammen samle op på den dialog, I havde med hinanden sidst på dagen den 30. august. ' +
    'På mødet deltager Anne Vest Hansen (CFIA) med henblik på at kunne berige jeres beslutninger. ' +
    'På seminaret i november skal I kort præsentere, hvad I er blevet klogere på i forhold til jeres ledelse af samskabelse.',
  en:
    'On 21 November you will meet again with a focus on value for and with citizens. ' +
    'Before then, you will together follow up on the dialogue you had with each other at the end of the day on 30 August. ' +
    'Anne Vest Hansen (CFIA) takes part in that meeting in order to enrich your decisions. ' +
    'At the seminar in November you will briefly present what you have become wiser about in your leadership of co-creation.',
};

/**
 * The 2019 Aarhus forum on co-creation of welfare, as fresh data: every entity gets an id from
 * `ids` (in the order forum, departments, questions) and `now` as its timestamps.
 */
export function exampleForum(ids: IdGenerator, now: string): ExampleForum {
  const forumId = ids();
  const forum: Forum = {
    id: forumId,
    name: { ...EXAMPLE_FORUM_NAME },
    assignment: { ...EXAMPLE_ASSIGNMENT },
    kickoffDate: '2019-08-30',
    finalMeetingDate: '2019-11-21',
    timeZone: 'Europe/Copenhagen',
    languages: ['da', 'en'],
    defaultLocale: 'da',
    settings: {
      sendTime: '09:00',
      quietHours: { start: '17:00', end: '08:00' },
      blackoutPeriods: [
        { from: '2019-10-14', to: '2019-10-18', label: { da: 'Efterårsferie', en: 'Autumn half-term' } },
      ],
      reminderAfterWorkingDays: 3,
      finalCallWorkingDaysBefore: 5,
      shareSummaries: false,
      shareAnswersInGroupChat: false,
      retentionDays: 180,
      anonymity: { ...DEFAULT_ANONYMITY },
    },
    createdAt: now,
    updatedAt: now,
  };
  const departments: Department[] = EXAMPLE_DEPARTMENT_NAMES.map((name, i) => ({
    id: ids(),
    forumId,
    name: { ...name },
    recap: '',
    chosenAssignment: '',
    facilitatorMeetingDate: null,
    sortOrder: i,
  }));
  const questions: Question[] = EXAMPLE_QUESTIONS.map((q) => ({
    id: ids(),
    forumId,
    number: q.number,
    text: { ...q.text },
    help: { ...q.help },
    shape: structuredClone(q.shape),
  }));
  const principles: Principle[] = EXAMPLE_PRINCIPLES.map((p) => ({
    forumId,
    number: p.number,
    title: { ...p.title },
    body: { ...p.body },
    subPoints: p.subPoints.map((s) => ({ ...s })),
  }));
  return { forum, departments, questions, principles };
}
