import { encodeJson, withOwnFields } from '../../../bot/api/http/shared-json';

interface Body {
  canEdit: boolean;
  title: string;
  items: Array<{ text: string }>;
}

const parse = (bytes: Buffer) => JSON.parse(bytes.toString('utf8')) as unknown;

describe('a JSON body encoded once, sent with each caller’s own fields', () => {
  const shared = encodeJson<Omit<Body, 'canEdit'>>({
    title: 'Sundhed og Omsorg – “æøå” \u2028',
    items: [{ text: 'første' }, { text: '{"not":"a field"}' }],
  });

  it('holds the shared fields and the caller’s own, as one object', () => {
    for (const canEdit of [true, false]) {
      expect(parse(withOwnFields<Body, 'canEdit'>(shared, { canEdit }).bytes)).toEqual({
        canEdit,
        title: 'Sundhed og Omsorg – “æøå” \u2028',
        items: [{ text: 'første' }, { text: '{"not":"a field"}' }],
      });
    }
  });

  it('leaves the shared bytes as they were for the next caller', () => {
    const before = Buffer.from(shared.bytes);
    withOwnFields<Body, 'canEdit'>(shared, { canEdit: true });
    expect(shared.bytes.equals(before)).toBe(true);
  });

  it('handles an empty side on either hand', () => {
    expect(parse(withOwnFields<{ a: number }, never>(encodeJson({ a: 1 }), {}).bytes)).toEqual({ a: 1 });
    expect(parse(withOwnFields<{ a: number }, 'a'>(encodeJson({}), { a: 2 }).bytes)).toEqual({ a: 2 });
  });
});
