import {
  departmentAccess,
  groupCardView,
  mayBeToldOf,
  mayEditTakeaways,
  mayReadConversationRefsOf,
  mayReadOverview,
  readableDepartmentIds,
  type ForumFacts,
  type Membership,
} from '../../../bot/authz/rules';

const forum = (shareSummaries: boolean, shareAnswersInGroupChat: boolean): ForumFacts => ({
  id: 'A',
  settings: { shareSummaries, shareAnswersInGroupChat },
});
const member = (role: Membership['role'], departmentIds: string[], forumId = 'A'): Membership => ({
  id: `${role}-${forumId}`,
  forumId,
  role,
  departmentIds,
});

const chefD = member('chef', ['D']);
const facilitatorD = member('facilitator', ['D']);
const organizerA = member('organizer', []);
const organizerB = member('organizer', [], 'B');
const chefOfDInB = member('chef', ['D'], 'B');

describe('the authorization rules', () => {
  test("a department's answers: organizers, its own people, others only while summaries are shared", () => {
    const closed = forum(false, true);
    expect(departmentAccess(organizerA, closed, 'D')).toBe('organizer');
    expect(departmentAccess(chefD, closed, 'D')).toBe('own');
    expect(departmentAccess(facilitatorD, closed, 'D')).toBe('own');
    expect(departmentAccess(chefD, closed, 'E')).toBeNull();
    expect(departmentAccess(chefD, forum(true, false), 'E')).toBe('shared');
  });

  test('a membership of another forum counts for nothing here, whatever its role or department ids', () => {
    for (const f of [forum(false, false), forum(true, true)]) {
      expect(departmentAccess(organizerB, f, 'D')).toBeNull();
      expect(departmentAccess(chefOfDInB, f, 'D')).toBeNull();
      expect(departmentAccess(null, f, 'D')).toBeNull();
      expect(mayReadOverview(organizerB, f)).toBe(false);
      expect(groupCardView(chefOfDInB, f, 'D')).toEqual({ counts: false, answers: false });
      expect(mayBeToldOf({ forumId: 'A', departmentId: null, topic: 'forum' }, organizerB, f)).toBe(false);
    }
  });

  test('takeaways: edited by the chefs of the department and organizers, never by facilitators', () => {
    const f = forum(true, true);
    expect(mayEditTakeaways(chefD, f, 'D')).toBe(true);
    expect(mayEditTakeaways(organizerA, f, 'D')).toBe(true);
    expect(mayEditTakeaways(facilitatorD, f, 'D')).toBe(false);
    expect(mayEditTakeaways(chefD, f, 'E')).toBe(false);
  });

  test('the overview and the readable departments follow shareSummaries', () => {
    expect(mayReadOverview(chefD, forum(false, true))).toBe(false);
    expect(mayReadOverview(chefD, forum(true, false))).toBe(true);
    expect(mayReadOverview(organizerA, forum(false, false))).toBe(true);
    expect(readableDepartmentIds(chefD, forum(false, true), ['D', 'E'])).toEqual(['D']);
    expect(readableDepartmentIds(chefD, forum(true, false), ['D', 'E'])).toEqual(['D', 'E']);
  });

  test('group cards: counts by the read rule, answers only while answers are shared in group chats', () => {
    expect(groupCardView(chefD, forum(false, false), 'D')).toEqual({ counts: true, answers: false });
    expect(groupCardView(chefD, forum(false, true), 'D')).toEqual({ counts: true, answers: true });
    expect(groupCardView(chefD, forum(false, true), 'E')).toEqual({ counts: false, answers: false });
    expect(groupCardView(chefD, forum(true, true), 'E')).toEqual({ counts: true, answers: true });
    expect(groupCardView(null, forum(true, true), 'D')).toEqual({ counts: false, answers: false });
  });

  test('live notices: organizer topics to organizers only, department notices by the read rule', () => {
    const f = forum(false, false);
    const notice = (topic: string, departmentId: string | null) => ({ forumId: 'A', departmentId, topic });
    expect(mayBeToldOf(notice('delivery', null), chefD, f)).toBe(false);
    expect(mayBeToldOf(notice('delivery', null), organizerA, f)).toBe(true);
    expect(mayBeToldOf(notice('answer', 'D'), chefD, f)).toBe(true);
    expect(mayBeToldOf(notice('answer', 'E'), chefD, f)).toBe(false);
    expect(mayBeToldOf(notice('answer', 'E'), chefD, forum(true, false))).toBe(true);
    expect(mayBeToldOf(notice('forum', null), chefD, f)).toBe(true);
  });

  test("a person's chats with the bot are shown to that person only", () => {
    expect(mayReadConversationRefsOf('ABC', 'abc')).toBe(true);
    expect(mayReadConversationRefsOf('organizer', 'abc')).toBe(false);
    expect(mayReadConversationRefsOf(null, 'abc')).toBe(false);
  });
});
