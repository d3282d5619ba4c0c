import { isMeetingChat } from '../meetings/meeting-chat-card';
import { deliveryAdvice } from '../../../core/deliveries';
import { isHttpError } from '../../../core/errors';
import { localize } from '../../../core/i18n';
import type { Department } from '../../../core/model';
import { formatLocalDate } from '../../../core/time';
import { recordAudit } from '../record-audit';
import { cardActivity, departmentChoiceCard } from '../cards';
import { linkConversation } from '../installations';
import { t } from '../messages';
import { reply, type TurnScope } from './turn-scope';
import { isOrganizerOf } from '../../authz/rules';

function audit(scope: TurnScope, entry: Parameters<typeof recordAudit>[2]): Promise<void> {
  const member = scope.viewer.member;
  return member ? recordAudit(scope.deps, member.id, entry) : Promise.resolve();
}

/** Organizer commands refuse politely for everyone else. */
export function organizerOnly(handler: (scope: TurnScope) => Promise<void>) {
  return async (scope: TurnScope): Promise<void> => {
    if (!scope.viewer.forum || !isOrganizerOf(scope.viewer.member, scope.viewer.forum.id))
      return reply(scope, t(scope.viewer.locale, 'organizerOnly'));
    return handler(scope);
  };
}

export const link = organizerOnly(async (scope) => {
  const { forum, locale } = scope.viewer;
  if (!forum) return;
  if (scope.ref.kind === 'personal') return reply(scope, t(locale, 'link.personal'));
  // A meeting's chat gets the running order only, never a department's prompts.
  if (isMeetingChat(scope.context.activity)) return reply(scope, t(locale, 'link.meeting'));
  const departments = await scope.deps.store.listDepartments(forum.id);
  const name = scope.argument.trim();
  if (!name) {
    await scope.context.sendActivity(
      cardActivity(departmentChoiceCard(forum, departments, locale), t(locale, 'link.ask')),
    );
    return;
  }
  const matches = matchDepartments(departments, name);
  if (matches.length === 0)
    return reply(
      scope,
      `${t(locale, 'link.notFound', { name })} ${t(locale, 'link.usage', { example: example(departments, locale) })}`,
    );
  if (matches.length > 1) {
    return reply(
      scope,
      t(locale, 'link.ambiguous', { name, list: matches.map((d) => localize(d.name, locale)).join(', ') }),
    );
  }
  const department = matches[0]!;
  await linkConversation(scope.deps.store, scope.ref, department.id);
  await audit(scope, {
    forumId: forum.id,
    action: 'conversation.link',
    target: { kind: 'conversation', id: scope.ref.conversationId },
    details: { departmentId: department.id, conversationKind: scope.ref.kind, via: 'bot' },
  });
  await reply(scope, t(locale, 'link.done', { name: localize(department.name, locale) }));
});

/** Exact name first (Danish or English, any case), then names that start with or contain the text. */
export function matchDepartments(departments: Department[], text: string): Department[] {
  const wanted = text.toLocaleLowerCase('da');
  const names = (d: Department) => [d.name.da, d.name.en].map((n) => n.toLocaleLowerCase('da'));
  const exact = departments.filter((d) => names(d).includes(wanted) || d.id === text);
  if (exact.length) return exact;
  const prefix = departments.filter((d) => names(d).some((n) => n.startsWith(wanted)));
  if (prefix.length) return prefix;
  return departments.filter((d) => names(d).some((n) => n.includes(wanted)));
}

function example(departments: Department[], locale: 'da' | 'en'): string {
  return departments[0] ? localize(departments[0].name, locale) : '…';
}

export const send = organizerOnly(async (scope) => {
  const { forum, locale } = scope.viewer;
  if (!forum) return;
  const words = scope.argument.split(/[\s,]+/).filter(Boolean);
  if (words.length === 0) return reply(scope, t(locale, 'send.usage'));
  const questions = await scope.deps.store.listQuestions(forum.id);
  const ids: string[] = [];
  for (const word of words) {
    const question = questions.find((q) => String(q.number) === word);
    if (!question)
      return reply(scope, t(locale, 'send.unknownQuestion', { value: word, max: questions.length }));
    ids.push(question.id);
  }
  const departmentId = scope.ref.kind === 'personal' ? null : scope.ref.departmentId;
  let sent: unknown;
  try {
    sent = await scope.services.rounds.sendNow({
      forumId: forum.id,
      departmentId,
      kind: 'prompt',
      questionIds: ids,
    });
  } catch (error) {
    if (isHttpError(error)) return reply(scope, error.text[locale]);
    throw error;
  }
  await audit(scope, {
    forumId: forum.id,
    action: 'round.sendNow',
    target: { kind: 'round', id: roundIdOf(sent) },
    details: { departmentId, kind: 'prompt', questionIds: ids, via: 'bot' },
  });
  const department = departmentId ? await scope.deps.store.getDepartment(departmentId) : undefined;
  await reply(
    scope,
    t(locale, 'send.done', {
      list: words.join(', '),
      target: department ? localize(department.name, locale) : t(locale, 'send.everyone'),
    }),
  );
});

function roundIdOf(result: unknown): string | null {
  const r = result as { id?: unknown; round?: { id?: unknown } } | null | undefined;
  if (typeof r?.id === 'string') return r.id;
  return typeof r?.round?.id === 'string' ? r.round.id : null;
}

export const deliveries = organizerOnly(async (scope) => {
  const { forum, locale } = scope.viewer;
  if (!forum) return;
  let report;
  try {
    report = await scope.services.rounds.deliveryStatus(forum.id);
  } catch (error) {
    if (isHttpError(error)) return reply(scope, error.text[locale]);
    throw error;
  }
  const rounds = report.rounds.filter((r) => r.total > 0).slice(-10);
  if (rounds.length === 0 && report.problems.length === 0) return reply(scope, t(locale, 'deliveries.none'));
  const lines = [`**${t(locale, 'deliveries.title')}**`];
  for (const r of rounds) {
    lines.push(
      `- ${t(locale, 'deliveries.round', {
        date: formatLocalDate(r.round.localDate, locale),
        kind: t(locale, `kind.${r.round.kind}`),
        sent: r.counts.sent,
        pending: r.counts.pending + r.counts.leased,
        failed: r.counts.failed,
        unreachable: r.counts.unreachable,
      })}`,
    );
  }
  for (const p of report.problems.slice(0, 20)) {
    lines.push(
      `- ${t(locale, 'deliveries.problem', {
        name: p.recipientName ?? p.recipientId,
        state: t(locale, `delivery.${p.state}`),
        advice: deliveryAdvice(p.state, p.lastError)?.[locale] ?? '',
      })}`,
    );
  }
  await reply(scope, lines.join('\n'));
});
