import type { Server } from 'restify';
import {
  API,
  apiMessages,
  type ConversationLink,
  type ConversationsResponse,
  type ForumSettingsResponse,
} from '../../../core/api';
import type { ConversationRef, Forum, Locale } from '../../../core/model';
import { meetingSettingsOf } from '../../../core/meetings/meeting-settings';
import { proposePlan } from '../../../core/planner';
import { checkTimeZone } from '../../../core/time/time-zone';
import { localDateOf } from '../../../core/time/zoned-time';
import { changedFields } from '../../audit/audit-details';
import { actorOf, createAuditLog } from '../../audit/audit-log';
import { saveForumRetimingRounds } from '../../scheduler/retime-rounds';
import type { ForumStore } from '../../store/store';
import { recordAudit } from '../http/audit-trail';
import { apiError } from '../http/api-error';
import { loadForumAsOrganizer } from '../http/loaders';
import { routeRegistrar, type ApiRuntime, type AuthedCtx } from '../http/route';
import { publishChange } from '../live/publish';

/** Organizer: the forum's settings and the link status of the bot's conversations. */
export function registerAdminForumRoutes(server: Server, rt: ApiRuntime): void {
  const register = routeRegistrar(server, rt);
  const { store, clock } = rt.deps;

  register(API.settings, async ({ caller, params }) => {
    const forum = await loadForumAsOrganizer(store, caller, params.forumId);
    const body: ForumSettingsResponse = { forum };
    return { json: body };
  });

  register(API.updateSettings, async (ctx) => {
    const { caller, params } = ctx;
    const forum = await loadForumAsOrganizer(store, caller, params.forumId);
    const input = ctx.body;
    const zone = checkTimeZone(input.timeZone);
    if (!zone.ok) {
      throw apiError(
        422,
        'validation',
        'error.validation',
        {},
        { fields: { timeZone: apiMessages['field.timeZone'] } },
      );
    }
    const updated: Forum = {
      ...forum,
      name: input.name,
      assignment: input.assignment,
      kickoffDate: input.kickoffDate,
      finalMeetingDate: input.finalMeetingDate,
      timeZone: zone.timeZone,
      defaultLocale: input.defaultLocale,
      settings: { ...input.settings, blackoutPeriods: input.settings.blackoutPeriods.map((p) => ({ ...p })) },
      updatedAt: clock.now().toISOString(),
    };
    // The settings and the re-timed planned rounds (with their audit entry) in one transaction.
    const retimed = await store.transaction(async (tx) => {
      const done = await saveForumRetimingRounds(tx, forum, updated, updated.updatedAt);
      if (done.length > 0)
        await createAuditLog(tx, { clock, ids: rt.deps.ids }).record({
          ...actorOf(caller, forum.id),
          forumId: forum.id,
          action: 'rounds.retime',
          target: { kind: 'forum', id: forum.id },
          details: {
            rounds: done.length,
            roundIds: done.map((r) => r.roundId),
            fields: timingFields(forum, updated),
          },
        });
      return done;
    });
    await auditSettings(ctx, forum, updated);
    await publishChange(rt.deps, { forumId: forum.id, departmentId: null, topic: 'forum' });
    if (retimed.length > 0)
      await publishChange(rt.deps, { forumId: forum.id, departmentId: null, topic: 'round' });
    const reply: ForumSettingsResponse = {
      forum: updated,
      retimedRounds: retimed.length,
      warnings: await settingsWarnings(store, updated, ctx.locale),
    };
    return { json: reply };
  });

  register(API.conversations, async ({ caller, params }) => {
    const forum = await loadForumAsOrganizer(store, caller, params.forumId);
    const [departments, members, refs] = await Promise.all([
      store.listDepartments(forum.id),
      store.listMembers(forum.id),
      store.listConversationRefs(),
    ]);
    const groups = refs.filter((r) => r.kind !== 'personal');
    const personal = new Map(
      refs
        .filter((r) => r.kind === 'personal' && r.aadObjectId)
        .map((r) => [r.aadObjectId!.toLowerCase(), r]),
    );
    const body: ConversationsResponse = {
      departments: [...departments]
        .sort((a, b) => a.sortOrder - b.sortOrder)
        .map((d) => {
          const conversations = groups.filter((r) => r.departmentId === d.id).map(linkOf);
          return {
            departmentId: d.id,
            linked: conversations.some((c) => c.reachable && !c.removedAt),
            conversations,
          };
        }),
      unlinked: groups.filter((r) => r.departmentId === null).map(linkOf),
      personal: members.map((m) => {
        const ref = personal.get(m.aadObjectId.toLowerCase());
        return {
          memberId: m.id,
          installed: !!ref && !ref.removedAt,
          reachable: !!ref && !ref.removedAt && ref.reachable,
        };
      }),
    };
    return { json: body };
  });
}

/**
 * What the planner says about the saved settings (send time inside quiet hours, no working days
 * left, more questions than days …), so the organizer sees it where they changed them. Nothing
 * for a forum whose final meeting has passed: there is nothing left to plan.
 */
async function settingsWarnings(store: ForumStore, forum: Forum, locale: Locale): Promise<string[]> {
  const [departments, questions] = await Promise.all([
    store.listDepartments(forum.id),
    store.listQuestions(forum.id),
  ]);
  if (localDateOf(forum.updatedAt, forum.timeZone) > forum.finalMeetingDate) return [];
  let n = 0;
  const plan = proposePlan(forum, departments, questions, () => `preview-${++n}`, forum.updatedAt);
  return plan.warnings
    .filter((w) => w.code === 'sendTimeMoved' || w.severity !== 'info')
    .map((w) => w.message[locale]);
}

/** Which of the settings a round's time is derived from changed (for the audit entry). */
function timingFields(before: Forum, after: Forum): string[] {
  const changed = changedFields(before.settings, after.settings);
  return [
    ...(before.timeZone !== after.timeZone ? ['timeZone'] : []),
    ...['sendTime', 'quietHours'].filter((f) => changed.includes(f)).map((f) => `settings.${f}`),
  ];
}

/** forum.settings.update with the changed field names; sharing.update when a sharing switch moved. */
async function auditSettings(ctx: AuthedCtx, before: Forum, after: Forum): Promise<void> {
  const target = { kind: 'forum', id: before.id };
  const settings = changedFields(before.settings, after.settings).flatMap((f) =>
    f === 'meetings' ? meetingFields(before, after) : [`settings.${f}`],
  );
  const fields = [...changedFields(before, after).filter((f) => f !== 'settings'), ...settings];
  await recordAudit(ctx, before.id, 'forum.settings.update', target, { fields });
  const sharing = SHARING.filter((k) => before.settings[k] !== after.settings[k]);
  if (sharing.length > 0) {
    await recordAudit(ctx, before.id, 'sharing.update', target, {
      fields: sharing,
      ...Object.fromEntries(sharing.map((k) => [k, after.settings[k]])),
    });
  }
}

const SHARING = ['shareSummaries', 'shareAnswersInGroupChat'] as const;

/** Which of the facilitator meeting's settings changed, each as the value in effect (defaults filled in). */
function meetingFields(before: Forum, after: Forum): string[] {
  const changed = changedFields(meetingSettingsOf(before), meetingSettingsOf(after));
  return (changed.length ? changed : ['']).map((f) => (f ? `settings.meetings.${f}` : 'settings.meetings'));
}

function linkOf(ref: ConversationRef): ConversationLink {
  return {
    conversationId: ref.conversationId,
    kind: ref.kind,
    departmentId: ref.departmentId,
    installedAt: ref.installedAt,
    removedAt: ref.removedAt,
    reachable: ref.reachable,
    lastError: ref.lastError,
  };
}
