import fc from 'fast-check';

/** Strings people and attackers actually send: Unicode edges, control characters, huge ones, look-alikes. */
const EDGE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u202Eevil\u202C', // right-to-left override
  'مرحبا بالعالم', // Arabic (RTL)
  'שלום', // Hebrew (RTL)
  '👩‍👩‍👧‍👦🇩🇰🏳️‍🌈',
  '\uD800', // lone high surrogate
  '\uDC00x', // lone low surrogate
  'e\u0301\u0301\u0301', // stacked combining marks
  '\u200B\u200C\u200D\uFEFF', // zero-width
  'Æblegrød ØÅ æøå',
  '<script>alert(1)</script>',
  '"; drop table answers; --',
  '../../etc/passwd',
  '%00%0d%0a',
  '=HYPERLINK("http://evil","x")',
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  '\t=1',
  '__proto__',
  'constructor',
  '2019-02-30',
  '24:00',
  'NaN',
  '1e309',
];

/**
 * Text no database stores faithfully: a NUL or a lone UTF-16 surrogate somewhere in ordinary text
 * (PostgreSQL refuses NUL; a lone surrogate would be stored as U+FFFD).
 */
export const unstorableString: fc.Arbitrary<string> = fc
  .tuple(
    fc.string({ unit: 'grapheme-ascii', maxLength: 20 }),
    fc.oneof(
      fc.constant('\u0000'),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
    ),
    fc.string({ unit: 'grapheme-ascii', maxLength: 20 }),
  )
  .map(([before, bad, after]) => `${before}${bad}${after}`);

export const edgeString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...EDGE_STRINGS) },
  { weight: 2, arbitrary: unstorableString },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(100_000, 20_001, 2_001, 201).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom(...EDGE_STRINGS).map((s) => s.repeat(5000).slice(0, 100_000)) },
);

const edgeNumber = fc.oneof(
  fc.constantFrom(
    0,
    -1,
    1,
    0.5,
    -0.0,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    2 ** 31,
    3650,
    3651,
    10_001,
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any JSON value, leaning towards the ones that break code: wrong types, nesting, hostile strings. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    edgeString,
    edgeNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(edgeString, fc.constantFrom('__proto__', 'constructor', 'prototype')),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
})).value;

/**
 * Bodies derived from a valid one: a field removed, a field replaced by a hostile value, an
 * unknown field added, a nested field broken, or something that is not an object at all.
 */
export function hostileBody(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  type Op = { op: 'drop'; key: string } | { op: 'set' | 'add'; key: string; value: unknown };
  const ops: Array<fc.Arbitrary<Op>> = [
    fc.record({ op: fc.constant('add' as const), key: edgeString, value: hostileValue }),
  ];
  if (keys.length > 0) {
    ops.push(fc.record({ op: fc.constant('drop' as const), key: fc.constantFrom(...keys) }));
    ops.push(
      fc.record({ op: fc.constant('set' as const), key: fc.constantFrom(...keys), value: hostileValue }),
    );
    ops.push(
      fc.record({ op: fc.constant('set' as const), key: fc.constantFrom(...keys), value: hostileValue }),
    );
  }
  const mutated = fc.array(fc.oneof(...ops), { minLength: 1, maxLength: 3 }).map((ops) => {
    const body: Record<string, unknown> = structuredClone(valid);
    for (const op of ops) {
      if (op.op === 'drop') delete body[op.key];
      else
        Object.defineProperty(body, op.key, {
          value: op.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    return body;
  });
  return fc.oneof({ weight: 6, arbitrary: mutated }, { weight: 1, arbitrary: hostileValue });
}

export const acceptLanguage = fc.constantFrom<string | undefined>(
  undefined,
  'en',
  'da',
  'en-GB,da;q=0.5',
  'da-DK,en;q=0.9',
  'fr-FR',
  'x'.repeat(300),
  '*',
);

/** The language the API should answer in for an Accept-Language header (Danish by default). */
export function expectedLocale(header: string | undefined): 'da' | 'en' {
  if (!header) return 'da';
  const tags = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((t) => t.lang === 'da' || t.lang === 'en')
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (tags[0]?.lang as 'da' | 'en' | undefined) ?? 'da';
}

/** Percent-encodes every UTF-8 byte (lone surrogates become U+FFFD), plus raw malformed escapes. */
export const hostilePathSegment: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .oneof(
        edgeString,
        hostileValue.map((v) => JSON.stringify(v) ?? 'undefined'),
      )
      .map((s) => percentEncode(s.slice(0, 2000))),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '%',
      '%zz',
      '%FF',
      '%ED%A0%80',
      '%00',
      '..',
      '%2e%2e',
      '%2F',
      'a%2Fb',
      '%C0%AF',
    ),
  },
);

function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0'))
    .join('');
}
