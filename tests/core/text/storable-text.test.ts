import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { findUnstorableText, isStorableText } from '../../../core/text/storable-text';
import { forumUpdateSchema, memberImportSchema, takeawaysUpdateSchema } from '../../../core/api';
import { validateAnswerValue } from '../../../core/answers/validate-answer';

describe('isStorableText', () => {
  test.each([
    ['', true],
    ['Æblegrød ØÅ æøå', true],
    ['👩‍👩‍👧‍👦🇩🇰', true],
    ['\u202Eevil', true],
    ['\t\r\n\u0001\u001f', true],
    ['\u0000', false],
    ['a\u0000b', false],
    ['\uD800', false],
    ['x\uDC00', false],
    ['\uDBFF\uDBFF\uDC00', false],
    ['\uD83D\uDE00', true],
  ])('%j -> %s', (text, storable) => {
    expect(isStorableText(text)).toBe(storable);
  });

  test('agrees with a UTF-8 round trip and the absence of NUL, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        const roundTrips = Buffer.from(text, 'utf8').toString('utf8') === text;
        expect(isStorableText(text)).toBe(roundTrips && !text.includes('\u0000'));
      }),
      { numRuns: 2000 },
    );
  });

  test('findUnstorableText names the first field, object keys included', () => {
    expect(findUnstorableText({ a: 'ok', b: { c: ['x', 'y\u0000'] } })).toBe('b.c.1');
    expect(findUnstorableText({ ['k\uD800']: 1 })).toBe('(key)');
    expect(findUnstorableText('\u0000')).toBe('_');
    expect(findUnstorableText({ a: 1, b: null, c: 'fine' })).toBeNull();
  });
});

describe('the shared refinement is used by the schemas', () => {
  test('API bodies and answers refuse NUL with the unstorable-text message', () => {
    const takeaways = takeawaysUpdateSchema.safeParse({ text: 'a\u0000', expectedVersion: 0 });
    expect(takeaways.error?.issues[0]?.message).toBe('field.unstorableText');
    const csv = memberImportSchema.safeParse({ csv: 'navn\n\uD800' });
    expect(csv.error?.issues[0]?.message).toBe('field.unstorableText');
    const forum = forumUpdateSchema.safeParse({ name: { da: '\u0000', en: '' } });
    expect(forum.error?.issues.find((i) => i.path.join('.') === 'name.da')?.message).toBe(
      'field.unstorableText',
    );
    const answer = validateAnswerValue(
      { kind: 'text', text: 'svar\u0000' },
      { shape: { kind: 'text', maxLength: 100 } as never },
      [],
    );
    expect(answer.ok ? null : answer.errors[0]?.code).toBe('unstorableText');
  });

  /** A new schema must start from apiString, or text PostgreSQL refuses could reach the store. */
  test('no request schema builds a bare z.string()', () => {
    const root = join(__dirname, '..', '..', '..');
    const files = [
      ...readdirSync(join(root, 'core/api')).map((f) => `core/api/${f}`),
      'core/api/privacy-schemas.ts',
    ].filter((f) => f.endsWith('.ts'));
    const offenders = files.flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .map((line, i) => ({ line: line.trim(), where: `${file}:${i + 1}` }))
        .filter(({ line }) => /\bz\s*\.\s*string\s*\(/.test(line) && !line.includes('z.string(m(required))'))
        .map(({ where, line }) => `${where}: ${line}`),
    );
    expect(offenders).toEqual([]);
  });
});
