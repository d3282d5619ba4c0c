import type { Department, Forum, IdGenerator, Locale, Question, Round, RoundKind } from '../model';
import type { Params } from '../i18n';
import { isValidLocalDate, isValidLocalTime } from '../time/local-date';
import { isValidTimeZone } from '../time/time-zone';
import { forumCalendar, type ClosedReason } from '../time/working-calendar';
import { resolveLocalTime } from '../time/zoned-time';
import { tPlanner, type PlannerMessageKey } from './messages';
import { isInQuietHours } from './send-time';
import type { RoundIssue } from './types';
import { localizedMessage } from './warning';

/** What an organizer asks for when creating or moving a round. */
export interface RoundChange {
  kind: RoundKind;
  departmentId: string | null;
  questionIds: string[];
  localDate: string;
  localTime: string;
}

export interface RoundChangeContext {
  forum: Forum;
  departments: readonly Department[];
  questions: readonly Question[];
  /** ISO instant of the clock reading. */
  now: string;
}

export type RoundErrorCode =
  | 'invalidTimeZone'
  | 'invalidDate'
  | 'invalidTime'
  | 'nonexistentTime'
  | 'inPast'
  | 'beforeKickoff'
  | 'afterFinalMeeting'
  | 'unknownDepartment'
  | 'noQuestions'
  | 'unknownQuestion';

export type RoundWarningCode = 'ambiguousTime' | 'closedDay' | 'inQuietHours';

export type RoundChangeResult =
  | { ok: true; dueAt: string; warnings: RoundIssue<RoundWarningCode>[] }
  | { ok: false; errors: RoundIssue<RoundErrorCode>[]; warnings: RoundIssue<RoundWarningCode>[] };

function issue<C extends string>(
  code: C,
  field: RoundIssue['field'],
  params: Params | ((l: Locale) => Params) = {},
): RoundIssue<C> {
  const key = `round.${code}` as PlannerMessageKey;
  return {
    code,
    field,
    params: typeof params === 'function' ? params('en') : params,
    message: localizedMessage(key, params),
  };
}

function closedReasonText(reason: ClosedReason, locale: Locale): string {
  if (reason.kind === 'weekend') return tPlanner(locale, 'closed.weekend');
  if (reason.kind === 'holiday') return reason.name[locale];
  return reason.label ? reason.label[locale] : tPlanner(locale, 'closed.blackout');
}

/**
 * Checks a round an organizer creates or moves. Errors block the change: an invalid or
 * nonexistent local date/time, a time in the past, a date outside kickoff..final meeting
 * (inclusive), unknown department or questions. Warnings do not block: an ambiguous local
 * time (the earlier occurrence is used), a closed day, quiet hours.
 */
export function validateRoundChange(change: RoundChange, ctx: RoundChangeContext): RoundChangeResult {
  const { forum, now } = ctx;
  const errors: RoundIssue<RoundErrorCode>[] = [];
  const warnings: RoundIssue<RoundWarningCode>[] = [];
  const { localDate: date, localTime: time } = change;

  if (change.departmentId !== null && !ctx.departments.some((d) => d.id === change.departmentId)) {
    errors.push(issue('unknownDepartment', 'departmentId'));
  }
  if (!Array.isArray(change.questionIds) || change.questionIds.length === 0) {
    errors.push(issue('noQuestions', 'questionIds'));
  } else {
    const known = new Set(ctx.questions.map((q) => q.id));
    if (change.questionIds.some((id) => !known.has(id))) errors.push(issue('unknownQuestion', 'questionIds'));
  }

  const dateOk = isValidLocalDate(date);
  const timeOk = isValidLocalTime(time);
  if (!dateOk) errors.push(issue('invalidDate', 'localDate', { date: String(date) }));
  if (!timeOk) errors.push(issue('invalidTime', 'localTime', { time: String(time) }));
  if (!isValidTimeZone(forum.timeZone)) {
    errors.push(issue('invalidTimeZone', 'localTime', { timeZone: String(forum.timeZone) }));
  }
  if (errors.some((e) => e.code === 'invalidTimeZone') || !dateOk || !timeOk)
    return { ok: false, errors, warnings };

  if (date < forum.kickoffDate) {
    errors.push(issue('beforeKickoff', 'localDate', { date, kickoff: forum.kickoffDate }));
  } else if (date > forum.finalMeetingDate) {
    errors.push(issue('afterFinalMeeting', 'localDate', { date, final: forum.finalMeetingDate }));
  }

  const resolved = resolveLocalTime(date, time, forum.timeZone);
  if (resolved.status === 'nonexistent') errors.push(issue('nonexistentTime', 'localTime', { date, time }));
  if (resolved.status === 'ambiguous') warnings.push(issue('ambiguousTime', 'localTime', { date, time }));
  if (Date.parse(resolved.instant) <= Date.parse(now))
    errors.push(issue('inPast', 'localDate', { date, time }));

  const closed = forumCalendar(forum).closedReason(date);
  if (closed) {
    warnings.push(issue('closedDay', 'localDate', (l) => ({ date, reason: closedReasonText(closed, l) })));
  }
  const quiet = forum.settings.quietHours;
  if (quiet && isInQuietHours(time, quiet)) {
    warnings.push(issue('inQuietHours', 'localTime', { time, start: quiet.start, end: quiet.end }));
  }

  return errors.length > 0
    ? { ok: false, errors, warnings }
    : { ok: true, dueAt: resolved.instant, warnings };
}

export type RoundResult =
  | { ok: true; round: Round; warnings: RoundIssue<RoundWarningCode>[] }
  | { ok: false; errors: RoundIssue<RoundErrorCode>[]; warnings: RoundIssue<RoundWarningCode>[] };

/** Validates and builds a new planned round. */
export function createRound(change: RoundChange, ctx: RoundChangeContext, ids: IdGenerator): RoundResult {
  const checked = validateRoundChange(change, ctx);
  if (!checked.ok) return checked;
  const round: Round = {
    id: ids(),
    forumId: ctx.forum.id,
    departmentId: change.departmentId,
    kind: change.kind,
    questionIds: [...change.questionIds],
    localDate: change.localDate,
    localTime: change.localTime,
    dueAt: checked.dueAt,
    state: 'planned',
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  return { ok: true, round, warnings: checked.warnings };
}

/** Validates moving/editing an existing round; the round keeps its id and createdAt. */
export function rescheduleRound(
  round: Round,
  change: Partial<RoundChange>,
  ctx: RoundChangeContext,
): RoundResult {
  const merged: RoundChange = {
    kind: change.kind ?? round.kind,
    departmentId: change.departmentId === undefined ? round.departmentId : change.departmentId,
    questionIds: change.questionIds ?? round.questionIds,
    localDate: change.localDate ?? round.localDate,
    localTime: change.localTime ?? round.localTime,
  };
  const checked = validateRoundChange(merged, ctx);
  if (!checked.ok) return checked;
  return {
    ok: true,
    round: {
      ...round,
      ...merged,
      questionIds: [...merged.questionIds],
      dueAt: checked.dueAt,
      updatedAt: ctx.now,
    },
    warnings: checked.warnings,
  };
}
