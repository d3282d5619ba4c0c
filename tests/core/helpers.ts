import { exampleForum, exampleMembers, type Forum, type IdGenerator } from '../../core';

export function counterIds(prefix = 'id'): IdGenerator {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

export const NOW_2019 = '2019-08-01T10:00:00.000Z';

export function example(now = NOW_2019) {
  const ids = counterIds();
  const data = exampleForum(ids, now);
  const members = exampleMembers(data.forum, data.departments, ids);
  return { ...data, members, ids };
}

export function withDates(
  forum: Forum,
  kickoffDate: string,
  finalMeetingDate: string,
  blackouts = false,
): Forum {
  return {
    ...forum,
    kickoffDate,
    finalMeetingDate,
    settings: { ...forum.settings, blackoutPeriods: blackouts ? forum.settings.blackoutPeriods : [] },
  };
}

/** The forum with every answer shown at once (tests of other things than the anonymity threshold). */
export function everyAnswerShown(forum: Forum): Forum {
  return {
    ...forum,
    settings: { ...forum.settings, anonymity: { minAnswers: 1, hideNamesInSharedViews: false } },
  };
}
