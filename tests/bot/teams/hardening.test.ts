import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TestAdapter } from 'botbuilder';
import { loadConfig } from '../../../bot/config';
import { createTeamsBot } from '../../../bot/teams';
import { authFailureStatus } from '../../../bot/teams/messages-endpoint';
import { activityTenantId, allowedBotTenants, isTenantAllowed } from '../../../bot/teams/tenant-guard';
import type { Member, Question } from '../../../core/model';
import { RoundsService } from '../../../bot/scheduler/rounds-service';
import { chefs, type Harness, organizer, startBotHarness } from './support/bot-harness';
import { inputsFor } from './support/card-inputs';
import { cardsOf } from './support/validate-card';

let h: Harness;
let chef: Member;
let questions: Question[];
const chat = { id: '19:dept-group@thread.v2', type: 'groupChat' as const };

beforeEach(async () => {
  h = await startBotHarness();
  chef = chefs(h)[0]!;
  questions = await h.deps.store.listQuestions(h.forum.id);
});
afterEach(() => h.close());

describe('an adaptiveCard/action invoke without an action object', () => {
  it.each([
    ['no value', undefined],
    ['a number', 42],
    ['a string', 'x'],
    ['an empty object', {}],
    ['action null', { action: null }],
    ['action an array', { action: [] }],
  ])('%s gets a 400 invoke response in the person’s language', async (_name, value) => {
    const result = await h.user(chef).raw({ type: 'invoke', name: 'adaptiveCard/action', value });
    expect(result.invoke!.status).toBe(400);
    expect(result.invoke!.body).toMatchObject({
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'BadRequest', message: 'Kortets handling kunne ikke læses.' },
    });
    expect(await h.deps.store.listAnswers(h.forum.id)).toEqual([]);
  });
});

describe('tenant allow-list', () => {
  const base = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  it('comes from ALLOWED_TENANT_IDS, plus the bot tenant for a SingleTenant bot', () => {
    expect(allowedBotTenants(base).size).toBe(0);
    const multi = loadConfig({
      NODE_ENV: 'test',
      ALLOWED_TENANT_IDS: 'AAA, bbb',
      BOT_ID: 'x',
      BOT_TENANT_ID: 'ccc',
    });
    expect([...allowedBotTenants(multi)].sort()).toEqual(['aaa', 'bbb']);
    const single = loadConfig({
      NODE_ENV: 'test',
      BOT_ID: 'x',
      BOT_TENANT_ID: 'CCC',
      BOT_TYPE: 'SingleTenant',
    });
    expect([...allowedBotTenants(single)]).toEqual(['ccc']);
  });

  it('refuses another tenant, a mismatch between the two fields, and a missing tenant; empty allows all', () => {
    const allowed = new Set(['aaa']);
    const act = (channel?: string, conversation?: string) =>
      ({
        channelData: channel ? { tenant: { id: channel } } : {},
        conversation: { id: 'c', tenantId: conversation },
      }) as never;
    expect(isTenantAllowed(allowed, act('AAA', 'aaa'))).toBe(true);
    expect(isTenantAllowed(allowed, act('aaa'))).toBe(true);
    expect(isTenantAllowed(allowed, act(undefined, 'aaa'))).toBe(true);
    expect(isTenantAllowed(allowed, act('bbb', 'bbb'))).toBe(false);
    expect(isTenantAllowed(allowed, act('aaa', 'bbb'))).toBe(false);
    expect(isTenantAllowed(allowed, act())).toBe(false);
    expect(isTenantAllowed(new Set(), act('bbb'))).toBe(true);
    expect(activityTenantId(act(undefined, 'zzz'))).toBe('zzz');
  });

  it('an authentication failure is a 401, a key-loading failure a 503', () => {
    const invalidSignature = Object.assign(new Error('invalid signature'), { name: 'JsonWebTokenError' });
    expect(authFailureStatus(invalidSignature)).toBe(401);
    expect(authFailureStatus(Object.assign(new Error('Unauthorized'), { statusCode: 401 }))).toBe(401);
    expect(authFailureStatus(Object.assign(new Error('Failed to load Keys'), { statusCode: 500 }))).toBe(503);
  });
});

describe('Action.Submit edit / refresh in a group chat', () => {
  async function linkedGroup() {
    const department = h.departments.find((d) => d.id === chef.departmentIds[0])!;
    await h.user(organizer(h), chat).say(`tilknyt ${department.name.da}`);
    const round = (await h.deps.store.listRounds(h.forum.id)).find((r) => r.kind === 'prompt')!;
    return { department, round };
  }

  it('sends the person their own card in the 1:1 chat and says so in the group, never posting the card there', async () => {
    const { department, round } = await linkedGroup();
    await h.user(chef).say('status'); // the 1:1 chat is known
    const question = questions.find((q) => q.id === round.questionIds[0])!;
    await h.user(chef).execute('answer', {
      samskab: 'answer',
      forumId: h.forum.id,
      questionId: question.id,
      ...inputsFor(question, 'Mit eget svar'),
    });
    const result = await h.user(chef, chat).submit(
      {
        samskab: 'edit',
        forumId: h.forum.id,
        questionId: question.id,
        roundId: round.id,
        departmentId: department.id,
      },
      'group-card-1',
    );
    const inGroup = result.replies.filter((r) => r.conversation?.id === chat.id);
    const inPersonal = result.replies.filter((r) => r.conversation?.id === `a:personal-${chef.aadObjectId}`);
    expect(inGroup.map((r) => r.text)).toEqual([
      `${chef.name}: Jeg har sendt dig dit eget kort i vores 1:1-chat.`,
    ]);
    expect(inGroup.every((r) => !r.attachments?.length)).toBe(true);
    expect(result.updates).toEqual([]);
    expect(inPersonal).toHaveLength(1);
    const card = cardsOf(inPersonal[0] as never)[0];
    expect(JSON.stringify(card)).toContain('Gem ændring');
    expect(JSON.stringify(card)).toContain('Mit eget svar');
  });

  it('without a 1:1 chat, tells the person in the group where to see their own view (refresh, English)', async () => {
    const { department, round } = await linkedGroup();
    const english = chefs(h, 'en').find((m) => m.departmentIds.includes(department.id)) ?? chefs(h, 'en')[0]!;
    const result = await h.user(english, chat).submit({
      samskab: 'refresh',
      forumId: h.forum.id,
      roundId: round.id,
      departmentId: department.id,
    });
    expect(result.texts).toHaveLength(1);
    expect(result.texts[0]).toMatch(/^.+: Your own card cannot be shown here/);
    expect(result.replies.every((r) => !r.attachments?.length)).toBe(true);
  });
});

describe('createTeamsBot', () => {
  it('takes the Teams app id for deep links from config.teamsAppId', async () => {
    const config = { ...h.deps.config, teamsAppId: 'app-from-config' };
    const teams = createTeamsBot({ ...h.deps, config }, { rounds: new RoundsService(h.deps) });
    const adapter = new TestAdapter((context) => teams.bot.run(context));
    await adapter.processActivity({
      type: 'message',
      channelId: 'msteams',
      text: 'opsummering',
      from: { id: `29:${chef.aadObjectId}`, name: chef.name, aadObjectId: chef.aadObjectId },
      recipient: { id: '28:samskab-bot', name: 'Samskab' },
      conversation: { id: `a:personal-${chef.aadObjectId}`, conversationType: 'personal' } as never,
      serviceUrl: 'https://smba.example.test/emea/',
      locale: 'da-DK',
    });
    const text = adapter.activeQueue.map((a) => a.text ?? '').join('\n');
    expect(text).toContain('https://teams.microsoft.com/l/entity/app-from-config/me?');
    // The deep link opens a static tab the manifest has, with the department as subEntityId.
    const link = new URL(/https:\/\/teams\.microsoft\.com\S+/.exec(text)![0].replace(/\)$/, ''));
    expect(JSON.parse(link.searchParams.get('context')!)).toEqual({
      subEntityId: `department/${chef.departmentIds[0]}`,
    });
    const manifest = JSON.parse(
      readFileSync(path.join(__dirname, '../../../appPackage/manifest.json'), 'utf8'),
    );
    expect(manifest.staticTabs.map((t: { entityId: string }) => t.entityId)).toContain('me');
    expect(text).toContain(`https://samskab.example.test/tab/#/department/${chef.departmentIds[0]}`);
  });
});
