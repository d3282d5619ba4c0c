import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Activity, type ConversationReference, TestAdapter, TurnContext } from 'botbuilder';
import pino, { type Logger } from 'pino';
import type { AppDeps } from '../../../../bot/app-deps';
import { loadConfig } from '../../../../bot/config';
import { RoundsService } from '../../../../bot/scheduler/rounds-service';
import { seedExampleForum } from '../../../../bot/seed/seed-example';
import { openStore } from '../../../../bot/store';
import type { ChangeFeed, Store } from '../../../../bot/store/store';
import { SamskabBot } from '../../../../bot/teams/samskab-bot';
import type { AnonymitySettings, Department, Forum, Member } from '../../../../core/model';
import { assertCardValid, cardsOf } from './validate-card';
import { createKeyring } from '../../../../bot/keys/keyring';

export const BOT = { id: '28:samskab-bot', name: 'Samskab' };
const SERVICE_URL = 'https://smba.example.test/emea/';
const TENANT = 'tenant-1';
const MAX_BYTES = 80 * 1024;

/** Records updates too (TestAdapter only replaces queued activities), and proactive sends. */
class RecordingAdapter extends TestAdapter {
  readonly updates: Partial<Activity>[] = [];
  override async updateActivity(context: TurnContext, activity: Partial<Activity>) {
    this.updates.push(activity);
    return super.updateActivity(context, activity);
  }
  /** A proactive turn in another conversation; its replies are queued with that conversation's id. */
  override async continueConversationAsync(
    _botAppId: unknown,
    reference: Partial<ConversationReference>,
    logic: unknown,
  ): Promise<void> {
    const activity = TurnContext.applyConversationReference(
      { type: 'event', name: 'ContinueConversation' },
      reference,
      true,
    );
    await (logic as (context: TurnContext) => Promise<void>)(new TurnContext(this, activity));
  }
}

export interface TurnResult {
  replies: Partial<Activity>[];
  updates: Partial<Activity>[];
  /** For invokes: the invoke response's body. */
  invoke?: { status: number; body: any };
  /** Texts of the replies (plain messages). */
  texts: string[];
}

export interface Harness {
  deps: AppDeps;
  forum: Forum;
  departments: Department[];
  members: Member[];
  adapter: RecordingAdapter;
  clock: { set(at: string): void; now(): Date };
  close(): Promise<void>;
  /** A person in a chat; `member` null makes an unknown Teams user. */
  user(
    member: Member | null,
    chat?: { id: string; type: 'personal' | 'groupChat' | 'channel' },
    locale?: string,
  ): TeamsUser;
}

export interface TeamsUser {
  readonly aadObjectId: string;
  readonly conversationId: string;
  say(text: string): Promise<TurnResult>;
  install(action?: 'add' | 'remove' | 'add-upgrade'): Promise<TurnResult>;
  membersAdded(ids: string[]): Promise<TurnResult>;
  membersRemoved(ids: string[]): Promise<TurnResult>;
  /** Action.Submit: the card data with the inputs merged in, replying to a card message. */
  submit(value: Record<string, unknown>, replyToId?: string): Promise<TurnResult>;
  /** Action.Execute: invoke adaptiveCard/action. */
  execute(verb: string, data: Record<string, unknown>): Promise<TurnResult>;
  raw(activity: Partial<Activity>): Promise<TurnResult>;
}

export interface HarnessOptions {
  now?: string;
  shareAnswers?: boolean;
  /**
   * The forum's anonymity settings. Default: every answer shows at once (minAnswers 1), so tests
   * of other things see the answers they write; 'seeded' keeps the example's own (3).
   */
  anonymity?: AnonymitySettings | 'seeded';
  /** Wraps the store and change feed the bot and the test use (e.g. to count calls). */
  wrap?: (opened: { store: Store; changes: ChangeFeed }) => { store: Store; changes: ChangeFeed };
  /** The bot's logger; silent by default. */
  log?: Logger;
}

export async function startBotHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dir = mkdtempSync(path.join(tmpdir(), 'samskab-bot-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SQLITE_PATH: path.join(dir, 'bot.sqlite'),
    PUBLIC_URL: 'https://samskab.example.test',
  });
  const raw = await openStore({ sqlitePath: path.join(dir, 'bot.sqlite') });
  await raw.store.migrate();
  const opened = { meetings: raw.meetings, ...(options.wrap ? options.wrap(raw) : raw) };
  let now = new Date(options.now ?? '2019-09-02T08:00:00.000Z');
  const clock = { now: () => new Date(now), set: (at: string) => void (now = new Date(at)) };
  let n = 0;
  const ids = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  await seedExampleForum(opened.store, clock, ids);
  const deps: AppDeps = {
    config,
    ...opened,
    keys: createKeyring(opened.store, { clock }),
    clock,
    ids,
    log: options.log ?? pino({ level: 'silent' }),
  };
  const [forum] = await deps.store.listForums();
  if (!forum) throw new Error('seed failed');
  const anonymity =
    options.anonymity === 'seeded'
      ? forum.settings.anonymity
      : (options.anonymity ?? { minAnswers: 1, hideNamesInSharedViews: false });
  await deps.store.saveForum({
    ...forum,
    settings: {
      ...forum.settings,
      shareAnswersInGroupChat: options.shareAnswers === true,
      ...(anonymity ? { anonymity } : {}),
    },
  });
  const bot = new SamskabBot(deps, { rounds: new RoundsService(deps), teamsAppId: 'teams-app-1' });
  const adapter = new RecordingAdapter((context) => bot.run(context));
  const departments = await deps.store.listDepartments(forum.id);
  const members = await deps.store.listMembers(forum.id);

  async function run(activity: Partial<Activity>): Promise<TurnResult> {
    adapter.activeQueue.splice(0);
    adapter.updates.splice(0);
    await adapter.processActivity(activity);
    const all = adapter.activeQueue.splice(0);
    const invokeActivity = all.find((a) => a.type === 'invokeResponse');
    const replies = all.filter((a) => a.type !== 'invokeResponse');
    const updates = adapter.updates.splice(0);
    for (const a of [...replies, ...updates]) assertCardsValid(a);
    const invoke = invokeActivity
      ? { status: (invokeActivity.value as any).status, body: (invokeActivity.value as any).body }
      : undefined;
    if (invoke?.body?.type === 'application/vnd.microsoft.card.adaptive') assertCardValid(invoke.body.value);
    return { replies, updates, invoke, texts: replies.map((r) => r.text ?? '').filter(Boolean) };
  }

  return {
    deps,
    forum: (await deps.store.getForum(forum.id))!,
    departments,
    members,
    adapter,
    clock,
    async close() {
      await deps.store.close();
      await deps.changes.close();
      rmSync(dir, { recursive: true, force: true });
    },
    user(member, chat, locale) {
      const aadObjectId = member?.aadObjectId ?? 'aad-unknown-person';
      const conversation = chat ?? { id: `a:personal-${aadObjectId}`, type: 'personal' as const };
      const base = (): Partial<Activity> => ({
        channelId: 'msteams',
        serviceUrl: SERVICE_URL,
        from: { id: `29:${aadObjectId}`, name: member?.name ?? 'Ukendt Person', aadObjectId },
        recipient: { ...BOT },
        conversation: {
          id: conversation.id,
          conversationType: conversation.type,
          tenantId: TENANT,
          isGroup: conversation.type !== 'personal',
        } as never,
        channelData: { tenant: { id: TENANT } },
        locale: locale ?? (member?.locale === 'en' ? 'en-US' : 'da-DK'),
      });
      return {
        aadObjectId,
        conversationId: conversation.id,
        say: (text) => run({ ...base(), type: 'message', text }),
        install: (action = 'add') => run({ ...base(), type: 'installationUpdate', action }),
        membersAdded: (ids) =>
          run({ ...base(), type: 'conversationUpdate', membersAdded: ids.map((id) => ({ id, name: '' })) }),
        membersRemoved: (ids) =>
          run({ ...base(), type: 'conversationUpdate', membersRemoved: ids.map((id) => ({ id, name: '' })) }),
        submit: (value, replyToId) =>
          run({ ...base(), type: 'message', value, ...(replyToId ? { replyToId } : {}) }),
        execute: (verb, data) =>
          run({
            ...base(),
            type: 'invoke',
            name: 'adaptiveCard/action',
            value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
          }),
        raw: (activity) => run({ ...base(), ...activity }),
      };
    },
  };
}

function assertCardsValid(activity: Partial<Activity>): void {
  for (const card of cardsOf(activity as never)) assertCardValid(card);
  if (Buffer.byteLength(JSON.stringify(activity)) > MAX_BYTES) throw new Error('activity over 80 KB');
}

export function chefs(h: Harness, locale: 'da' | 'en' = 'da'): Member[] {
  return h.members.filter((m) => m.role === 'chef' && m.locale === locale);
}

export function organizer(h: Harness): Member {
  return h.members.find((m) => m.role === 'organizer')!;
}
