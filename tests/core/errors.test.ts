import { catalogError, HttpError, isHttpError } from '../../core/errors';
import type { MessageCatalog } from '../../core/i18n';

const catalog = {
  'error.hasAnswers': {
    da: 'Afdelingen har {count} svar.',
    en: 'The department has {count, plural, one {# answer} other {# answers}}.',
  },
} satisfies MessageCatalog;

describe('the one error type', () => {
  it('fills a catalog entry in both languages, with ICU plurals and Danish numbers', () => {
    const error = catalogError(catalog)(409, 'conflict', 'error.hasAnswers', { count: 1234 });
    expect(isHttpError(error)).toBe(true);
    expect(error).toEqual(expect.objectContaining({ status: 409, code: 'conflict' }));
    expect(error.text).toEqual({ da: 'Afdelingen har 1.234 svar.', en: 'The department has 1,234 answers.' });
    expect(error.message).toBe('conflict: The department has 1,234 answers.');
  });

  it('carries fields, headers, extra body members and a log-only reason', () => {
    const error = new HttpError(
      422,
      'validation',
      { da: 'Ret felterne.', en: 'Fix the fields.' },
      {
        fields: { 'name.da': { da: 'Skal udfyldes.', en: 'Required.' } },
        headers: { 'Retry-After': '30' },
        body: { current: { text: 'x' } },
        reason: 'for the log',
      },
    );
    expect(error.fieldsIn('en')).toEqual({ 'name.da': 'Required.' });
    expect(error.fieldsIn('da')).toEqual({ 'name.da': 'Skal udfyldes.' });
    expect(error.headers).toEqual({ 'Retry-After': '30' });
    expect(error.body).toEqual({ current: { text: 'x' } });
    expect(error.reason).toBe('for the log');
    expect(isHttpError(new Error('x'))).toBe(false);
  });
});
