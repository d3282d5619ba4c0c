/**
 * restify 11 loads spdy -> http-deceiver, which touches process.binding('http_parser') and makes
 * Node print DEP0111 on every start. It is harmless and outside our code; every other warning stays.
 */
export function quietKnownWarnings(): void {
  const emitWarning = process.emitWarning.bind(process) as (...args: unknown[]) => void;
  process.emitWarning = ((warning: unknown, ...rest: unknown[]) => {
    const code = typeof rest[0] === 'object' && rest[0] ? (rest[0] as { code?: string }).code : rest[1];
    if (code === 'DEP0111') return;
    emitWarning(warning, ...rest);
  }) as typeof process.emitWarning;
}
