import { type TeamsChannelAccount, TeamsInfo } from 'botbuilder';
import { localize } from '../../../core/i18n';
import { t } from '../messages';
import { rosterPersonOf, withStoredRoster, type RosterPerson } from '../stored-roster';
import { organizerOnly } from './organizer';
import { reply, type TurnScope } from './turn-scope';

/** Adds the people of a linked group chat or channel to its department (those who are forum members). */
export const sync = organizerOnly(async (scope) => {
  const { forum, locale } = scope.viewer;
  if (!forum) return;
  const departmentId = scope.ref.kind === 'personal' ? null : scope.ref.departmentId;
  const department = departmentId ? await scope.deps.store.getDepartment(departmentId) : undefined;
  if (!department) return reply(scope, t(locale, 'sync.notLinked'));
  const roster = await rosterOf(scope);
  await keepRoster(scope, roster);
  let added = 0;
  let known = 0;
  let unknown = 0;
  for (const person of roster) {
    const member = person.aadObjectId
      ? (await scope.deps.store.findMembersByAadObjectId(person.aadObjectId)).find(
          (m) => m.forumId === forum.id,
        )
      : undefined;
    if (!member) unknown++;
    else if (member.departmentIds.includes(department.id)) known++;
    else {
      await scope.deps.store.saveMember({
        ...member,
        departmentIds: [...member.departmentIds, department.id],
      });
      added++;
    }
  }
  if (added)
    await scope.deps.changes
      .publish({ forumId: forum.id, departmentId: department.id, topic: 'member' })
      .catch(() => undefined);
  await reply(
    scope,
    t(locale, 'sync.done', { added, known, unknown, name: localize(department.name, locale) }),
  );
});

/** Keeps who is in the chat, so the member import can resolve e-mails to Entra object ids. */
async function keepRoster(scope: TurnScope, roster: readonly TeamsChannelAccount[]): Promise<void> {
  const people = roster.map(rosterPersonOf).filter((p): p is RosterPerson => p !== undefined);
  const current = (await scope.deps.store.getConversationRef(scope.ref.conversationId)) ?? scope.ref;
  await scope.deps.store.saveConversationRef({
    ...current,
    reference: withStoredRoster(current.reference, people),
  });
}

async function rosterOf(scope: TurnScope): Promise<TeamsChannelAccount[]> {
  const out: TeamsChannelAccount[] = [];
  let token: string | undefined;
  do {
    const page = await TeamsInfo.getPagedMembers(scope.context, 100, token);
    out.push(...page.members);
    token = page.continuationToken || undefined;
  } while (token);
  return out;
}
