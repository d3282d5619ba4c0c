import { CARD_CHAT, reachable } from '../../../bot/scheduler/destination';
import { deliveryAdvice } from '../../../core/deliveries';
import { T0, conversationRef } from '../store/fixtures';

/** The one rule for whether a stored conversation (group chat, or the chat of a card to close) can take a message. */
describe('reachable', () => {
  const words = { gone: 'the bot was removed from the group chat', name: 'the group chat' };

  it('a stored, installed and reachable conversation can', () => {
    const ref = conversationRef({ kind: 'groupChat' });
    expect(reachable(ref, words)).toEqual({ ok: true, ref });
  });

  it('an unknown or removed one is gone', () => {
    expect(reachable(undefined, words)).toEqual({ ok: false, unreachable: words.gone });
    expect(reachable(conversationRef({ removedAt: T0 }), words)).toEqual({
      ok: false,
      unreachable: words.gone,
    });
    // The deliveries page advises adding the app to the chat again, not reading the server log.
    for (const gone of [words.gone, CARD_CHAT.gone])
      expect(deliveryAdvice('unreachable', gone)?.da).toMatch(/Tilføj Samskab til chatten igen/);
  });

  it('a failing one says why, in words the deliveries page turns into advice about the chat', () => {
    const failing = conversationRef({ reachable: false, lastError: 'HTTP 404 ConversationNotFound' });
    const result = reachable(failing, words);
    expect(result).toEqual({
      ok: false,
      unreachable: 'the group chat is unreachable (HTTP 404 ConversationNotFound)',
    });
    const asCardClose = reachable(failing, CARD_CHAT);
    for (const checked of [result, asCardClose]) {
      const error = checked.ok ? '' : checked.unreachable;
      expect(deliveryAdvice('unreachable', error)?.da).toMatch(/Chatten findes ikke længere/);
    }
    expect(reachable(conversationRef({ reachable: false }), words)).toEqual({
      ok: false,
      unreachable: 'the group chat is unreachable (unknown)',
    });
  });
});
