import {
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type Activity,
  type InvokeResponse,
  TeamsActivityHandler,
  TurnContext,
} from 'botbuilder';
import { resolveLocale } from '../../core/i18n';
import { localize } from '../../core/i18n';
import type { ConversationRef } from '../../core/model';
import type { AppDeps } from '../app-deps';
import { queueFinalMeetingChatCard } from '../scheduler/final-meeting-chat';
import type { ActionResult } from './action-result';
import { runCardAction } from './card-actions';
import { isMeetingChat } from './meetings/meeting-chat-card';
import { ADAPTIVE_CARD_CONTENT_TYPE, cardActivity, departmentChoiceCard, welcomeCard } from './cards';
import { COMMAND_HANDLERS } from './command-router';
import { parseCommand } from './commands';
import type { TeamsServices } from './handlers/turn-scope';
import { resolveViewer, type Viewer } from './identity';
import { withContentCache } from './content-cache';
import { showOwnViewPrivately } from './group-submit';
import { forgetConversation, rememberConversation } from './installations';
import { createPrivacyBot, type PrivacyBot } from './privacy';
import { RecentConversations } from './recent-conversations';
import { t } from './messages';
import { departmentTabUrl } from './tab-url';
import { refuseUnstorableActivity } from './unstorable-input';

/** The Teams activity handler: installs, commands, and answers given in cards. */
export class SamskabBot extends TeamsActivityHandler {
  private readonly deps: AppDeps;
  private readonly seen: RecentConversations;
  private readonly services: TeamsServices;
  private readonly privacy: PrivacyBot;

  /** `privacy` is built by createTeamsBot; tests may leave it out. */
  constructor(deps: AppDeps, services: TeamsServices, privacy?: PrivacyBot) {
    super();
    this.privacy = privacy ?? services.privacy ?? createPrivacyBot(deps);
    this.services = { ...services, privacy: this.privacy };
    this.deps = { ...deps, store: withContentCache(deps.store, deps.changes) };
    this.seen = new RecentConversations(this.deps.store);
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.installed(context);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      this.seen.forget(context.activity);
      await forgetConversation(deps.store, context.activity, this.now());
      deps.log.info(
        { component: 'teams', kind: context.activity.conversation?.conversationType },
        'bot uninstalled',
      );
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      if (this.botIsAmong(context, context.activity.membersAdded))
        await rememberConversation(deps.store, context.activity, this.now());
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      if (this.botIsAmong(context, context.activity.membersRemoved)) {
        this.seen.forget(context.activity);
        await forgetConversation(deps.store, context.activity, this.now());
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.message(context);
      await next();
    });
  }

  /** Text no database stores (NUL, lone surrogates) is refused before any handler runs. */
  override async run(context: TurnContext): Promise<void> {
    if (await refuseUnstorableActivity(context, this.deps)) return;
    await super.run(context);
  }

  private now(): string {
    return this.deps.clock.now().toISOString();
  }

  private botIsAmong(context: TurnContext, accounts: Array<{ id: string }> | undefined): boolean {
    return (accounts ?? []).some((a) => a.id === context.activity.recipient?.id);
  }

  private async installed(context: TurnContext): Promise<void> {
    const { ref, isNew } = await rememberConversation(this.deps.store, context.activity, this.now());
    this.deps.log.info({ component: 'teams', kind: ref.kind, isNew }, 'bot installed');
    if (isMeetingChat(context.activity)) {
      await this.queueMeetingChatCard(context, ref);
      return;
    }
    if (!isNew) return;
    const viewer = await resolveViewer(this.deps.store, this.deps.clock, context.activity);
    if (ref.kind === 'personal') {
      await context.sendActivity(await this.welcome(viewer, false));
      return;
    }
    const forum = viewer.forum ?? (await this.soleForum());
    const locale = viewer.member ? viewer.locale : (forum?.defaultLocale ?? viewer.locale);
    await context.sendActivity(await this.welcome({ ...viewer, forum: forum ?? null, locale }, true));
    if (forum && !ref.departmentId) {
      const departments = await this.deps.store.listDepartments(forum.id);
      await context.sendActivity(
        cardActivity(departmentChoiceCard(forum, departments, locale), t(locale, 'link.ask')),
      );
    }
  }

  /**
   * A meeting's chat gets the running order once and nothing else (no welcome, no department link):
   * queued for the scheduler's sender, so the turn answers at once and the card is retried, shown
   * on the deliveries page and survives a restart. Queued at every install (an upgrade too): its
   * key lets only the first one in, and a turn that died before queuing is made good by the next.
   */
  private async queueMeetingChatCard(context: TurnContext, ref: ConversationRef): Promise<void> {
    const viewer = await resolveViewer(this.deps.store, this.deps.clock, context.activity);
    const forum = viewer.forum ?? (await this.soleForum());
    if (!forum) return;
    const queued = await queueFinalMeetingChatCard(this.deps, forum, ref.conversationId);
    this.deps.log.info({ component: 'teams', forumId: forum.id, queued }, 'meeting chat card');
  }

  private async soleForum() {
    const forums = await this.deps.store.listForums();
    return forums.length === 1 ? forums[0] : undefined;
  }

  private async welcome(viewer: Viewer, group: boolean): Promise<Partial<Activity>> {
    const { forum, member, locale } = viewer;
    const departmentId = member?.departmentIds[0] ?? null;
    const [department, principles] = await Promise.all([
      departmentId ? this.deps.store.getDepartment(departmentId) : Promise.resolve(undefined),
      forum ? this.deps.store.listPrinciples(forum.id) : Promise.resolve([]),
    ]);
    const card = welcomeCard({
      forum: member || group ? forum : null,
      department: department ?? null,
      member,
      principles,
      locale,
      tabUrl: department ? departmentTabUrl(this.deps.config.publicUrl, department.id) : null,
      group,
    });
    return cardActivity(
      card,
      forum ? `${t(locale, 'welcome.title')}: ${localize(forum.name, locale)}` : t(locale, 'welcome.title'),
    );
  }

  private remember(context: TurnContext): Promise<ConversationRef> {
    return this.seen.remember(context.activity, this.now());
  }

  private async message(context: TurnContext): Promise<void> {
    const conversation = this.remember(context);
    const value = context.activity.value;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const payload = value as Record<string, unknown>;
      if (this.privacy.isAction(payload)) {
        // The confirm / cancel card's Action.Submit fallback: replace the card like any other submit.
        const [result, ref] = await Promise.all([this.privacy.runAction(context, payload), conversation]);
        await this.showSubmitResult(context, ref, result, payload);
        return;
      }
      const [result, ref] = await Promise.all([
        runCardAction({ deps: this.deps, services: this.services, context, conversation, payload }),
        conversation,
      ]);
      await this.showSubmitResult(context, ref, result, payload);
      return;
    }
    const ref = await conversation;
    if (ref.kind === 'personal') {
      if (await this.privacy.handleMessage(context)) return;
    }
    const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '';
    const viewer = await resolveViewer(this.deps.store, this.deps.clock, context.activity);
    const command = parseCommand(text);
    if (!command) {
      await context.sendActivity(t(viewer.locale, viewer.member ? 'unknownCommand' : 'unknownUser'));
      return;
    }
    const locale = viewer.member ? viewer.locale : command.language;
    await COMMAND_HANDLERS[command.spec.id]({
      deps: this.deps,
      services: this.services,
      context,
      viewer: { ...viewer, locale },
      ref,
      argument: command.argument,
    });
  }

  /**
   * Action.Submit (older clients): replace the card in a personal chat; in a shared chat answer in
   * text only, and send a person's own view (edit, refresh) to their 1:1 chat instead of the group.
   */
  private async showSubmitResult(
    context: TurnContext,
    ref: ConversationRef,
    result: ActionResult,
    payload: Record<string, unknown>,
  ): Promise<void> {
    const replyToId = context.activity.replyToId;
    if (result.kind === 'card' && ref.kind !== 'personal' && !result.text) {
      if (payload.samskab === 'edit' || payload.samskab === 'refresh') {
        await showOwnViewPrivately(this.deps, context, this.deps.config.bot?.id ?? '', result);
        return;
      }
    }
    if (result.kind === 'card' && ref.kind === 'personal') {
      const activity = { ...cardActivity(result.card, result.text), ...(replyToId ? { id: replyToId } : {}) };
      if (replyToId) {
        try {
          await context.updateActivity(activity);
          return;
        } catch (error) {
          this.deps.log.warn(
            { component: 'teams', err: error },
            'could not update the card; sending a new one',
          );
        }
      }
      await context.sendActivity(cardActivity(result.card, result.text));
      return;
    }
    if (result.text) await context.sendActivity(result.text);
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const conversation = this.remember(context);
    const action = invokeValue.action ?? ({} as AdaptiveCardInvokeValue['action']);
    const payload = { ...(action.data ?? {}), ...(action.verb ? { samskab: action.verb } : {}) } as Record<
      string,
      unknown
    >;
    const [privacyResponse] = await Promise.all([this.privacy.handleInvoke(context, payload), conversation]);
    if (privacyResponse) return privacyResponse;
    const [result] = await Promise.all([
      runCardAction({ deps: this.deps, services: this.services, context, conversation, payload }),
      conversation,
    ]);
    if (result.kind === 'card')
      return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: result.card };
    return {
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: result.text as never,
    };
  }

  /**
   * An adaptiveCard/action invoke must carry an action object; without one botbuilder would answer
   * 5xx. Teams never sends such an invoke, so it is a bad request (400), answered in the caller's language.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name === 'adaptiveCard/action') {
      const value: unknown = context.activity.value;
      const action =
        value && typeof value === 'object' && !Array.isArray(value)
          ? (value as { action?: unknown }).action
          : undefined;
      if (!action || typeof action !== 'object' || Array.isArray(action)) {
        const message = t(resolveLocale(context.activity.locale), 'invoke.badRequest');
        return {
          status: 400,
          body: {
            statusCode: 400,
            type: 'application/vnd.microsoft.error',
            value: { code: 'BadRequest', message },
          },
        };
      }
    }
    return super.onInvokeActivity(context);
  }
}
