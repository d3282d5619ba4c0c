import { addDays } from '../time/calendar-days';
import { localDateOf } from '../time/zoned-time';
import type { IdGenerator, Member } from '../model';
import { exampleForum, type ExampleForum } from './forum';

/** Weeks between kickoff and final meeting of a freshly created forum, until organizers set the real dates. */
const DEFAULT_PERIOD_WEEKS = 12;

/**
 * A new, empty forum for a production start: the example's questions, principles and settings as a
 * starting point, today's date as kickoff, no departments, and the given people as organizers.
 */
export function newForumFromTemplate(
  ids: IdGenerator,
  now: string,
  timeZone: string,
  organizerAadObjectIds: readonly string[],
): {
  forum: ExampleForum['forum'];
  questions: ExampleForum['questions'];
  principles: ExampleForum['principles'];
  organizers: Member[];
} {
  const template = exampleForum(ids, now);
  const kickoffDate = localDateOf(now, timeZone);
  const forum = {
    ...template.forum,
    name: { da: 'Nyt ledelsesforum', en: 'New leadership forum' },
    kickoffDate,
    finalMeetingDate: addDays(kickoffDate, DEFAULT_PERIOD_WEEKS * 7),
    timeZone,
    settings: { ...template.forum.settings, blackoutPeriods: [] },
  };
  const organizers = organizerAadObjectIds.map((aadObjectId, index): Member => ({
    id: ids(),
    forumId: forum.id,
    aadObjectId,
    name: `Organizer ${index + 1}`,
    email: null,
    role: 'organizer',
    departmentIds: [],
    locale: 'da',
    pausedUntil: null,
  }));
  return { forum, questions: template.questions, principles: template.principles, organizers };
}
