/**
 * The Agents Playground's configuration for `npm start`: the example people it knows, with one of
 * them as the person at the keyboard (`npm start -- --as "Hanne Juul"`). The Playground needs
 * exactly five users besides the current one. `.m365agentsplayground.yml` is this file's output for
 * the default person (tests/scripts/playground-config.test.ts keeps the two equal).
 *
 *   tsx scripts/playground-config.ts [--as NAME] [--out FILE]   prints {"path","people","as"} as JSON
 */
import { writeFileSync } from 'node:fs';
import { EXAMPLE_PEOPLE, exampleAadObjectId, PLAYGROUND_PEOPLE } from '../core/example-forum/members';

export const DEFAULT_PERSON = PLAYGROUND_PEOPLE[0]!;
const TENANT_ID = 'f977510a-a48b-444c-9f15-2d1432d2b35a';
const BOT_ID = '824ec9ab-9a0a-4541-b7ad-0c69256726fb';

function slug(name: string): string {
  return name.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').replace(/\s+/g, '-');
}

function person(name: string, indent: string): string {
  const [givenName, ...rest] = name.split(' ');
  const email = `${slug(name).replace(/-/g, '.')}@example.com`;
  return [
    `id: 29:samskab-${slug(name)}`,
    `name: ${name}`,
    `userPrincipleName: ${email}`,
    `aadObjectId: ${exampleAadObjectId(name)}`,
    `givenName: ${givenName}`,
    `surname: ${rest.join(' ')}`,
    `email: ${email}`,
  ].join(`\n${indent}`);
}

export class UnknownPersonError extends Error {}

/** The config with `as` at the keyboard and the five others the Playground shows. */
export function playgroundConfig(as: string = DEFAULT_PERSON): { yaml: string; people: string[] } {
  if (!EXAMPLE_PEOPLE.includes(as)) {
    throw new UnknownPersonError(
      `"${as}" er ikke en af eksemplets personer / is not one of the example's people: ${EXAMPLE_PEOPLE.join(', ')}`,
    );
  }
  const others = PLAYGROUND_PEOPLE.filter((name) => name !== as).slice(0, 5);
  const yaml = [
    '# yaml-language-server: $schema=https://aka.ms/teams-app-test-tool-config/0.1.1/config.schema.json',
    '# Microsoft 365 Agents Playground (offline Teams client emulator) for `npm start`, written by',
    "# scripts/playground-config.ts: the people are the example forum's demo members with their stable",
    '# Entra object ids (core/example-forum/members.ts). The Playground validates this file strictly:',
    '# exactly 5 users besides currentUser, groupChat and team required.',
    "version: '0.1.1'",
    `tenantId: ${TENANT_ID}`,
    'bot:',
    `  id: ${BOT_ID}`,
    '  name: Samskab',
    'currentUser:',
    `  ${person(as, '  ')}`,
    'users:',
    ...others.map((name) => `  - ${person(name, '    ')}`),
    'personalChat:',
    `  id: a:samskab-personal-${slug(as)}`,
    'groupChat:',
    '  id: 19:samskab-borgmesterens-afdeling@thread.v2',
    '  name: Ledergruppen – Borgmesterens Afdeling',
    'team:',
    '  id: 19:samskab-ledelsesforum@thread.tacv2',
    '  name: Strategisk Ledelsesforum',
    '  aadGroupId: 6b2f4c13-623a-420d-b41e-ebc5788c8f83',
    '  channels:',
    '    - id: 19:samskab-samskabelse@thread.tacv2',
    '      name: Samskabelse',
    '',
  ].join('\n');
  return { yaml, people: [as, ...others] };
}

function main(argv: string[]): void {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const as = value('--as') ?? DEFAULT_PERSON;
  const out = value('--out');
  try {
    const config = playgroundConfig(as);
    if (out) writeFileSync(out, config.yaml);
    process.stdout.write(`${JSON.stringify({ path: out ?? null, people: config.people, as })}\n`);
  } catch (error) {
    if (!(error instanceof UnknownPersonError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
}

if (require.main === module) main(process.argv.slice(2));
