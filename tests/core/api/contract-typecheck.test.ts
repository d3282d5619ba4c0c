import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';

/**
 * The API contract (core/api) is what the server's handlers and the tab's client are both typed
 * from, so a change on one side fails to compile on the other. Shown here with the TypeScript
 * compiler over the real files: the same server handler and tab module compile against the
 * contract as it is, and fail once a response field, a path parameter or a body field is renamed
 * in an in-memory copy of the contract (nothing on disk changes).
 */
const ROOT = resolve(__dirname, '../../..');
const at = (file: string) => resolve(ROOT, file);

const SERVER_DEV = at('bot/api/routes/dev-routes.ts');
const SERVER_FORUM = at('bot/api/routes/forum-routes.ts');
const TAB_BOOT = at('tab/src/auth/boot.ts');
const TAB_ANSWERS = at('tab/src/pages/summary/use-answer-pages.ts');
const TAB_TAKEAWAYS = at('tab/src/pages/summary/takeaways/takeaways-editor.tsx');
const SERVER_NOTICE = at('bot/api/routes/privacy-notice-routes.ts');
const CHECKED = [SERVER_DEV, SERVER_FORUM, SERVER_NOTICE, TAB_BOOT, TAB_ANSWERS, TAB_TAKEAWAYS];

const config = ts.getParsedCommandLineOfConfigFile(
  at('tsconfig.json'),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  },
)!;
const options: ts.CompilerOptions = { ...config.options, noEmit: true };
/** Files as they are on disk, parsed once for every program below. */
const parsed = new Map<string, ts.SourceFile | undefined>();

/** Type errors of the checked files, by file, with `edits` applied to in-memory copies of files. */
function typeErrors(edits: Record<string, [from: string, to: string]> = {}): Record<string, string[]> {
  const changed = new Map(
    Object.entries(edits).map(([file, [from, to]]) => {
      const text = readFileSync(at(file), 'utf8');
      if (!text.includes(from)) throw new Error(`${file} no longer contains ${from}: update this test`);
      return [at(file), text.replace(from, to)];
    }),
  );
  const host = ts.createCompilerHost(options, true);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (file) => changed.get(resolve(file)) ?? readFile(file);
  host.getSourceFile = (file, language, onError) => {
    const text = changed.get(resolve(file));
    if (text !== undefined) return ts.createSourceFile(file, text, language, true);
    if (!parsed.has(file)) parsed.set(file, getSourceFile(file, language, onError));
    return parsed.get(file);
  };
  const program = ts.createProgram({ rootNames: CHECKED, options, host });
  const errors: Record<string, string[]> = {};
  for (const file of CHECKED) {
    const messages = program
      .getSemanticDiagnostics(program.getSourceFile(file))
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
    if (messages.length) errors[file.slice(ROOT.length + 1)] = messages;
  }
  return errors;
}

test('the server handlers and the tab modules compile against the contract as it is', () => {
  expect(typeErrors()).toEqual({});
}, 300_000);

/**
 * Four renames at once (one compiler run): three in the contract, each failing the server handler
 * and the tab module of its route; one in a server handler alone, failing that handler.
 */
test('a response field, a path parameter or a body field renamed on either side fails to compile', () => {
  const errors = typeErrors({
    'core/api/types.ts': [
      'export interface DevUsersResponse {\n  users:',
      'export interface DevUsersResponse {\n  people:',
    ],
    'core/api/routes.ts': [
      "path: '/api/departments/:departmentId/questions/:questionId/answers'",
      "path: '/api/departments/:departmentId/questions/:qid/answers'",
    ],
    'core/api/schemas.ts': [
      '  expectedVersion: int(0, 2_147_483_647),',
      '  baseVersion: int(0, 2_147_483_647),',
    ],
    'bot/api/routes/privacy-notice-routes.ts': ['      dataLocation,', '      location: dataLocation,'],
  });
  const of = (file: string) => (errors[file] ?? []).join('\n');
  expect(Object.keys(errors).sort()).toEqual(CHECKED.map((f) => f.slice(ROOT.length + 1)).sort());
  // DevUsersResponse.users → people: the handler builds `users`, the tab reads `users`.
  expect(of('bot/api/routes/dev-routes.ts')).toMatch(/'users'/);
  expect(of('tab/src/auth/boot.ts')).toMatch(/'users'/);
  // :questionId → :qid: the handler reads params.questionId, the tab fills { questionId }.
  expect(of('bot/api/routes/forum-routes.ts')).toMatch(/'questionId'/);
  expect(of('tab/src/pages/summary/use-answer-pages.ts')).toMatch(/'questionId'/);
  // takeaways body expectedVersion → baseVersion: the handler reads it, the tab sends it.
  expect(of('bot/api/routes/forum-routes.ts')).toMatch(/'expectedVersion'/);
  expect(of('tab/src/pages/summary/takeaways/takeaways-editor.tsx')).toMatch(/'expectedVersion'/);
  // The server answers `location` where the contract (and so the tab) says `dataLocation`.
  expect(of('bot/api/routes/privacy-notice-routes.ts')).toMatch(/'location'/);
}, 300_000);
