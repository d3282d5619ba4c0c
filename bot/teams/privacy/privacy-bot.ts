import { type Activity, type AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { resolveLocale } from '../../../core/i18n';
import { localize } from '../../../core/i18n';
import type { Locale, Member } from '../../../core/model';
import type { AppDeps } from '../../app-deps';
import { createAuditLog, type AuditLog } from '../../audit/audit-log';
import { createConfirmTokens, redeemConfirmToken, type ConfirmTokens } from '../../privacy/confirm-token';
import { eraseMemberData } from '../../privacy/erase-member-data';
import { pt } from '../../privacy/privacy-messages';
import { collectSubjectData, erasurePreview } from '../../privacy/subject-data';
import type { ActionResult } from '../action-result';
import { ADAPTIVE_CARD_CONTENT_TYPE, cardActivity } from '../cards/card-kit';
import { departmentTabUrl } from '../tab-url';
import { parsePrivacyCommand, type PrivacyCommand } from './privacy-command';
import { confirmEraseCard, myDataCard, noticeCard, PRIVACY_VERBS } from './privacy-cards';

export interface PrivacyBot {
  /** 'show' / 'delete' when the message is a privacy command ("mine data", "slet mine data", ...). */
  parse(text: string): PrivacyCommand | null;
  /** Answers a privacy command in the chat (a card). */
  handleCommand(context: TurnContext, command: PrivacyCommand): Promise<void>;
  /** Whether a card submit / invoke payload belongs to the privacy flow. */
  isAction(payload: Record<string, unknown>): boolean;
  /** Runs a privacy card action (ask, confirm, cancel); never throws for bad input. */
  runAction(context: TurnContext, payload: Record<string, unknown>): Promise<ActionResult>;
  /**
   * For SamskabBot.message(): handles the turn if it is a privacy command or a privacy card
   * submit (Action.Submit) and returns true; false leaves the turn to the bot.
   */
  handleMessage(context: TurnContext): Promise<boolean>;
  /**
   * For SamskabBot.onAdaptiveCardInvoke(): the invoke response if the action is a privacy one
   * (Action.Execute), else null.
   */
  handleInvoke(
    context: TurnContext,
    payload: Record<string, unknown>,
  ): Promise<AdaptiveCardInvokeResponse | null>;
}

/**
 * "mine data" / "my data" shows what is stored and when it goes; "slet mine data" /
 * "delete my data" asks for confirmation in a card (Confirm / Cancel) and then erases the
 * person's answers in every forum they are in. The confirmation is bound to the person, used
 * once and expires after 15 minutes.
 */
export function createPrivacyBot(
  deps: AppDeps,
  options: { audit?: AuditLog; tokens?: ConfirmTokens } = {},
): PrivacyBot {
  const audit = options.audit ?? createAuditLog(deps.store, { clock: deps.clock, ids: deps.ids });
  const tokens = options.tokens ?? createConfirmTokens(deps.keys, deps.clock);

  const whoIs = async (
    activity: Partial<Activity>,
  ): Promise<{ aad: string | null; members: Member[]; locale: Locale }> => {
    const aad = activity.from?.aadObjectId ?? null;
    const members = aad ? await deps.store.findMembersByAadObjectId(aad) : [];
    return { aad, members, locale: members[0]?.locale ?? resolveLocale(activity.locale) };
  };
  const subjectOf = (aad: string, members: Member[]) =>
    `${aad}:${members
      .map((m) => m.id)
      .sort()
      .join(',')}`;

  const confirmCard = async (aad: string, members: Member[], locale: Locale) => {
    const data = await collectSubjectData(deps, aad, members, deps.clock.now());
    const preview = erasurePreview(data);
    if (preview.answers === 0 && preview.meetings === 0)
      return noticeCard(pt(locale, 'bot.delete.title'), pt(locale, 'bot.delete.nothing'));
    return confirmEraseCard(preview, await tokens.issue('erase', subjectOf(aad, members)), locale);
  };

  const bot: PrivacyBot = {
    parse: parsePrivacyCommand,

    async handleCommand(context, command) {
      const { aad, members, locale } = await whoIs(context.activity);
      if (!aad || members.length === 0) {
        await context.sendActivity(pt(locale, 'bot.notMember'));
        return;
      }
      if (command === 'delete') {
        await context.sendActivity(
          cardActivity(await confirmCard(aad, members, locale), pt(locale, 'bot.delete.title')),
        );
        return;
      }
      const data = await collectSubjectData(deps, aad, members, deps.clock.now());
      const summaries = data.memberships.map((m) => ({
        forumName: localize(m.forum.name, locale),
        answers: m.answers.length,
        revisions: m.answers.reduce((n, a) => n + a.revisions.length, 0),
        meetings: m.meetings.length,
        purgeOnDate: m.retention.purgeOnDate,
      }));
      const tabUrl = `${departmentTabUrl(deps.config.publicUrl, null)}#/me`;
      await context.sendActivity(
        cardActivity(myDataCard(summaries, locale, tabUrl), pt(locale, 'bot.mine.title')),
      );
    },

    isAction(payload) {
      return Object.values(PRIVACY_VERBS).includes(payload.samskab as never);
    },

    async runAction(context, payload) {
      const { aad, members, locale } = await whoIs(context.activity);
      if (!aad || members.length === 0) return { kind: 'text', text: pt(locale, 'bot.notMember') };
      switch (payload.samskab) {
        case PRIVACY_VERBS.ask:
          return {
            kind: 'card',
            card: await confirmCard(aad, members, locale),
            text: pt(locale, 'bot.delete.title'),
          };
        case PRIVACY_VERBS.cancel: {
          const message = pt(locale, 'bot.delete.cancelled');
          return { kind: 'card', card: noticeCard(pt(locale, 'bot.delete.title'), message), text: message };
        }
        case PRIVACY_VERBS.confirm: {
          // Used up right before the erasure: a replayed click (on any instance) changes nothing.
          const redeemed = await redeemConfirmToken(
            tokens,
            deps.store,
            deps.clock,
            payload.token,
            'erase',
            subjectOf(aad, members),
          );
          if (redeemed !== 'ok') {
            const message = pt(locale, redeemed === 'used' ? 'bot.delete.used' : 'bot.delete.expired');
            return { kind: 'card', card: noticeCard(pt(locale, 'bot.delete.title'), message), text: message };
          }
          let answers = 0;
          let revisions = 0;
          let takeaways = 0;
          let dates = 0;
          let notes = 0;
          for (const member of members) {
            const report = await eraseMemberData(
              { ...deps, audit },
              { member, reason: 'subject', actor: { actorMemberId: member.id } },
            );
            answers += report.answers;
            revisions += report.revisions;
            takeaways += report.takeawaysKept.length;
            dates += report.meetings.datesRecorded;
            notes += report.meetings.notes;
          }
          const message = [
            pt(locale, 'bot.delete.done', { answers, revisions, takeaways }),
            ...(dates + notes > 0 ? [pt(locale, 'bot.delete.doneMeetings', { dates, notes })] : []),
          ].join(' ');
          return { kind: 'card', card: noticeCard(pt(locale, 'bot.delete.title'), message), text: message };
        }
        default:
          return { kind: 'text', text: pt(locale, 'bot.delete.expired') };
      }
    },

    async handleMessage(context) {
      const value = context.activity.value;
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        const payload = value as Record<string, unknown>;
        if (!bot.isAction(payload)) return false;
        const result = await bot.runAction(context, payload);
        await context.sendActivity(
          result.kind === 'card' ? cardActivity(result.card, result.text) : result.text,
        );
        return true;
      }
      const text =
        TurnContext.removeRecipientMention(context.activity as Activity) ?? context.activity.text ?? '';
      const command = bot.parse(text);
      if (!command) return false;
      await bot.handleCommand(context, command);
      return true;
    },

    async handleInvoke(context, payload) {
      if (!bot.isAction(payload)) return null;
      const result = await bot.runAction(context, payload);
      return result.kind === 'card'
        ? { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: result.card }
        : {
            statusCode: 200,
            type: 'application/vnd.microsoft.activity.message',
            value: result.text as never,
          };
    },
  };
  return bot;
}
