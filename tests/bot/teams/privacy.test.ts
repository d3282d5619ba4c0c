import type { Member } from '../../../core/model';
import { PRIVACY_VERBS } from '../../../bot/teams/privacy';
import { answerSome } from '../privacy/support/answers';
import { chefs, type Harness, startBotHarness, type TurnResult } from './support/bot-harness';
import { cardText, cardsOf } from './support/validate-card';

/** The privacy commands and cards, through the bot itself (SamskabBot), in Danish and English. */
let h: Harness;
let chef: Member;
let englishChef: Member;

beforeEach(async () => {
  h = await startBotHarness({ now: '2019-10-01T10:00:00.000Z' });
  chef = chefs(h)[0]!;
  englishChef = chefs(h, 'en')[0]!;
  await answerSome(h.deps.store, chef, 2, 'Min refleksion');
  await answerSome(h.deps.store, englishChef, 1, 'My reflection');
});
afterEach(() => h.close());

const shown = (r: TurnResult) =>
  [...r.texts, ...[...r.replies, ...r.updates].flatMap((a) => cardsOf(a as never).map(cardText))].join('\n');
const invokeCard = (r: TurnResult) => r.invoke!.body.value;
const tokenIn = (card: unknown): string => {
  const match = /"token":"([^"]+)"/.exec(JSON.stringify(card));
  if (!match?.[1]) throw new Error('no token on the card');
  return match[1];
};
const answersOf = (m: Member) => h.deps.store.listAnswers(h.forum.id, { memberId: m.id });
async function revisionsOf(m: Member): Promise<number> {
  let n = 0;
  for (const a of await answersOf(m)) n += (await h.deps.store.listAnswerRevisions(a.id)).length;
  return n;
}
const tallies = () => h.deps.store.listErasedAnswerTallies(h.forum.id);

describe('privacy commands in the bot', () => {
  it('"mine data" shows what is stored, in Danish', async () => {
    const result = await h.user(chef).say('mine data');
    const text = shown(result);
    expect(text).toContain('Du har 2 svar (4 gemte udgaver)');
    expect(JSON.stringify(result.replies)).toContain('https://samskab.example.test/tab/#/me');
  });

  it('"my data" shows what is stored, in English, also with a mention', async () => {
    const result = await h.user(englishChef).say('<at>Samskab</at> my data');
    expect(shown(result)).toMatch(/You have 1 answer/);
  });

  it('help lists the privacy phrases in both languages', async () => {
    const da = (await h.user(chef).say('hjælp')).texts[0]!;
    expect(da).toContain('**mine data**');
    expect(da).toContain('**slet mine data**');
    const en = (await h.user(englishChef).say('help')).texts[0]!;
    expect(en).toContain('**my data**');
    expect(en).toContain('**delete my data**');
  });

  it('"slet mine data" then Confirm (Action.Execute) erases answers and revisions; the tally is kept', async () => {
    const ask = await h.user(chef).say('slet mine data');
    expect(shown(ask)).toContain('Slet dine svar?');
    const token = tokenIn(cardsOf(ask.replies[0] as never)[0]);
    expect(await revisionsOf(chef)).toBe(4);

    const done = await h.user(chef).execute(PRIVACY_VERBS.confirm, { token });
    expect(cardText(invokeCard(done))).toMatch(/Slettet: 2 svar og 4 udgaver/);
    expect(await answersOf(chef)).toEqual([]);
    expect(await revisionsOf(chef)).toBe(0);
    const kept = await tallies();
    expect(kept.reduce((n, t) => n + t.count, 0)).toBe(2);
    expect(kept.every((t) => t.reason === 'subject')).toBe(true);
    // Someone else's answers are untouched.
    expect(await answersOf(englishChef)).toHaveLength(1);
    const audit = await h.deps.store.listAudit(h.forum.id);
    expect(audit[0]).toMatchObject({ action: 'privacy.erase', actorMemberId: chef.id });

    // The same confirmation again (a replayed click) is refused: nothing more is erased, tallied or audited.
    const again = await h.user(chef).execute(PRIVACY_VERBS.confirm, { token });
    expect(again.invoke!.status).toBe(200);
    expect(cardText(invokeCard(again))).toContain('Denne bekræftelse er allerede brugt.');
    expect((await tallies()).reduce((n, t) => n + t.count, 0)).toBe(2);
    expect(await answersOf(englishChef)).toHaveLength(1);
    expect(await h.deps.store.listAudit(h.forum.id)).toEqual(audit);
  });

  it('"delete my data", Confirm, and the same Confirm again: the replay is refused in English', async () => {
    const ask = await h.user(englishChef).say('delete my data');
    const token = tokenIn(cardsOf(ask.replies[0] as never)[0]);
    const done = await h.user(englishChef).execute(PRIVACY_VERBS.confirm, { token });
    expect(cardText(invokeCard(done))).toMatch(/Deleted: 1 answer and/);
    const audit = await h.deps.store.listAudit(h.forum.id);
    const again = await h.user(englishChef).execute(PRIVACY_VERBS.confirm, { token });
    expect(cardText(invokeCard(again))).toContain('This confirmation has already been used.');
    expect(await h.deps.store.listAudit(h.forum.id)).toEqual(audit);
  });

  it('Confirm without a valid code erases nothing: no code, { confirm: true }, someone else’s code', async () => {
    const othersCode = tokenIn(
      cardsOf((await h.user(englishChef).say('delete my data')).replies[0] as never)[0],
    );
    for (const data of [{}, { confirm: true }, { token: othersCode }, { token: 'forged.code' }]) {
      const result = await h.user(chef).execute(PRIVACY_VERBS.confirm, data);
      expect(cardText(invokeCard(result))).toContain('Dette bekræftelseskort er udløbet.');
    }
    expect(await answersOf(chef)).toHaveLength(2);
    expect(await tallies()).toEqual([]);
    expect((await h.deps.store.listAudit(h.forum.id)).filter((e) => e.action === 'privacy.erase')).toEqual(
      [],
    );
  });

  it('"delete my data" then Cancel changes nothing (English)', async () => {
    const ask = await h.user(englishChef).say('delete my data');
    expect(shown(ask)).toMatch(/Delete your answers\?/);
    const cancelled = await h.user(englishChef).execute(PRIVACY_VERBS.cancel, {});
    expect(cardText(invokeCard(cancelled))).toMatch(/Nothing was deleted\./);
    expect(await answersOf(englishChef)).toHaveLength(1);
    expect(await revisionsOf(englishChef)).toBe(2);
    expect(await tallies()).toEqual([]);
  });

  it('Action.Submit fallback: Confirm replaces the confirm card in the 1:1 chat, and a replay is refused', async () => {
    const ask = await h.user(chef).say('slet mine data');
    const token = tokenIn(cardsOf(ask.replies[0] as never)[0]);
    const done = await h.user(chef).submit({ samskab: PRIVACY_VERBS.confirm, token }, 'confirm-card-1');
    expect(done.updates).toHaveLength(1);
    expect(done.updates[0]!.id).toBe('confirm-card-1');
    expect(cardText(cardsOf(done.updates[0] as never)[0])).toMatch(/Slettet: 2 svar og 4 udgaver/);
    expect(await answersOf(chef)).toEqual([]);

    const replay = await h.user(chef).submit({ samskab: PRIVACY_VERBS.confirm, token }, 'confirm-card-1');
    expect(replay.updates).toHaveLength(1);
    expect(cardText(cardsOf(replay.updates[0] as never)[0])).toContain(
      'Denne bekræftelse er allerede brugt.',
    );
    expect((await tallies()).reduce((n, t) => n + t.count, 0)).toBe(2);
    expect(
      (await h.deps.store.listAudit(h.forum.id)).filter((e) => e.action === 'privacy.erase'),
    ).toHaveLength(1);
  });

  it('Action.Submit fallback: Cancel replaces the card and deletes nothing', async () => {
    await h.user(chef).say('slet mine data');
    const cancelled = await h.user(chef).submit({ samskab: PRIVACY_VERBS.cancel }, 'confirm-card-2');
    expect(cardText(cardsOf(cancelled.updates[0] as never)[0])).toContain('Intet er slettet.');
    expect(await answersOf(chef)).toHaveLength(2);
  });

  it('in a group chat the privacy commands point to the 1:1 chat and show nothing about the person', async () => {
    const chat = { id: '19:privacy-group@thread.v2', type: 'groupChat' as const };
    const mine = await h.user(chef, chat).say('mine data');
    expect(mine.texts).toEqual([
      'Dine data vises kun i din 1:1-chat med mig. Skriv "mine data" eller "slet mine data" dér.',
    ]);
    expect(mine.replies.every((r) => !r.attachments?.length)).toBe(true);
    const del = await h.user(englishChef, chat).say('delete my data');
    expect(del.texts[0]).toMatch(/only shown in your 1:1 chat/);
    expect(await answersOf(englishChef)).toHaveLength(1);
  });

  it('other card actions and commands still reach the bot', async () => {
    const status = await h.user(chef).say('status');
    expect(status.texts[0]).toContain('Besvaret: 2 af');
  });
});
