import { deliveryAdvice } from '../../../core/deliveries';

describe('deliveryAdvice: what an organizer can do about a delivery problem', () => {
  const cases: Array<[string, RegExp]> = [
    ['HTTP 403 MessageWritesBlocked', /blokeret eller fjernet Samskab/],
    ['the person blocked or removed the bot (HTTP 403)', /blokeret eller fjernet Samskab/],
    ['HTTP 500 UserNotFound (gave up after 8 attempts)', /ikke installeret for personen/],
    [
      'the app is not installed for this person and no tenant/serviceUrl is known to create a chat',
      /ikke installeret/,
    ],
    ['HTTP 404 ConversationNotFound', /Chatten findes ikke længere/],
    ['the group chat is unreachable (HTTP 404)', /Chatten findes ikke længere/],
    ['stale: due 2019-09-03T07:00:00.000Z, more than 12 h ago', /for gammel/],
    ['HTTP 429 (gave up after 8 attempts)', /Prøv igen om lidt/],
    ['timeout (gave up after 8 attempts)', /Prøv igen om lidt/],
    ['something nobody foresaw', /se serverens log/],
    ['timeout: it may have arrived, so it is not sent again automatically', /kan være nået frem/],
  ];
  it.each(cases)('%s', (error, advice) => {
    const state = /40[34]|blocked|not installed|unreachable|UserNotFound/.test(error)
      ? 'unreachable'
      : 'failed';
    const text = deliveryAdvice(state, error);
    expect(text?.da).toMatch(advice);
    expect(text?.en.length).toBeGreaterThan(20);
    expect(text?.da).not.toMatch(/HTTP|UserNotFound|serviceUrl/);
  });

  it('says nothing about deliveries that went fine', () => {
    expect(deliveryAdvice('sent', null)).toBeNull();
    expect(deliveryAdvice('pending', 'timeout')).toBeNull();
  });
});
