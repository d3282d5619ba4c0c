/**
 * Node's arguments for the real server entry in a test, as production starts it
 * (infra/azure.bicep, package.json `serve`): DEP0111 off (restify 11 loads spdy -> http-deceiver,
 * which touches process.binding('http_parser')), TypeScript loaded by tsx. Run from the repository root.
 */
export function serverNodeArgs(entry = 'bot/index.ts'): string[] {
  return ['--disable-warning=DEP0111', '--import', 'tsx', entry];
}
