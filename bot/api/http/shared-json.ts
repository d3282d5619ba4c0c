/**
 * A JSON body as UTF-8 bytes, typed by what it holds. A large body is serialized once and sent to
 * every caller that shares it (the callers of a coalesced summary), each with the few fields that
 * are their own, instead of each serializing the same object on the event loop.
 */
export interface EncodedJson<T extends object> {
  readonly bytes: Buffer;
  /** Type only: the body the bytes hold. */
  readonly body?: T;
}

export function encodeJson<T extends object>(body: T): EncodedJson<T> {
  return { bytes: Buffer.from(JSON.stringify(body), 'utf8') };
}

/** The whole body T: the caller's own fields K, then the shared rest (already encoded, not copied twice). */
export function withOwnFields<T extends object, K extends keyof T>(
  shared: EncodedJson<Omit<T, K>>,
  own: Pick<T, K>,
): EncodedJson<T> {
  const ownText = JSON.stringify(own);
  if (ownText === '{}') return { bytes: shared.bytes };
  if (shared.bytes.length === 2) return { bytes: Buffer.from(ownText, 'utf8') };
  // '{"own":1' + ',' + '"shared":2}'
  return {
    bytes: Buffer.concat([Buffer.from(`${ownText.slice(0, -1)},`, 'utf8'), shared.bytes.subarray(1)]),
  };
}
