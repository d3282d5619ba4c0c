import type { Department, Forum, IdGenerator, Locale, Member, Role } from '../model';

/** Fictional people for the demo: three chefs per department (names cycle if there are more). */
const CHEF_NAMES: readonly string[] = [
  'Mette Nørgaard',
  'Lars Kjeldsen',
  'Sofie Bach',
  'Anders Holm',
  'Camilla Vestergaard',
  'Jesper Lund',
  'Line Thorsen',
  'Rasmus Dahl',
  'Pernille Krogh',
  'Henrik Skov',
  'Maja Lindberg',
  'Thomas Brandt',
  'Karen Munk',
  'Søren Friis',
  'Ida Kragh',
  'Mikkel Bjerre',
  'Tina Overgaard',
  'Niels Riis',
];
const ORGANIZER_NAME = 'Hanne Juul';
const FACILITATOR_NAME = 'Jonas Winther';
/** Chefs (by position) who use Teams in English. */
const ENGLISH_CHEFS = new Set([4, 13]);

/**
 * The example people the Agents Playground knows by default (.m365agentsplayground.yml): the demo
 * can be walked as any of them; the other example people are simulated.
 */
export const PLAYGROUND_PEOPLE: readonly string[] = [
  'Mette Nørgaard',
  'Lars Kjeldsen',
  'Sofie Bach',
  'Hanne Juul',
  'Jonas Winther',
  'Anders Holm',
];

/** Every example person's name: the chefs of six departments, the organizer and the facilitator. */
export const EXAMPLE_PEOPLE: readonly string[] = [...CHEF_NAMES, ORGANIZER_NAME, FACILITATOR_NAME];

/** An example person's stable Entra object id (the Playground's users carry the same). */
export function exampleAadObjectId(name: string): string {
  return uuidFrom(`playground:${name}`);
}

/** FNV-1a 32-bit hash of a string. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A deterministic UUID-shaped string (version nibble 4, RFC variant) derived from a seed text. */
export function uuidFrom(text: string): string {
  const hex = [0x811c9dc5, 0x01234567, 0x89abcdef, 0x5bd1e995]
    .map((seed) => fnv1a(text, seed).toString(16).padStart(8, '0'))
    .join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[parseInt(hex[16] ?? '0', 16) % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function emailOf(name: string): string {
  const local = name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/\s+/g, '.');
  return `${local}@example.com`;
}

/**
 * Demo members for a forum: three chefs per department, one organizer (no department) and one
 * facilitator assigned to every department. Ids come from `ids`; Entra object ids are stable,
 * derived from the name, so the Agents Playground's users (.m365agentsplayground.yml) are these people.
 */
export function exampleMembers(forum: Forum, departments: readonly Department[], ids: IdGenerator): Member[] {
  const make = (name: string, role: Role, departmentIds: string[], locale: Locale): Member => ({
    id: ids(),
    forumId: forum.id,
    aadObjectId: exampleAadObjectId(name),
    name,
    email: emailOf(name),
    role,
    departmentIds,
    locale,
    pausedUntil: null,
  });
  const members: Member[] = [];
  let n = 0;
  for (const dept of [...departments].sort((a, b) => a.sortOrder - b.sortOrder)) {
    for (let k = 0; k < 3; k++, n++) {
      const name = CHEF_NAMES[n % CHEF_NAMES.length] as string;
      const suffix = n >= CHEF_NAMES.length ? ` ${Math.floor(n / CHEF_NAMES.length) + 1}` : '';
      members.push(make(name + suffix, 'chef', [dept.id], ENGLISH_CHEFS.has(n) ? 'en' : 'da'));
    }
  }
  members.push(make(ORGANIZER_NAME, 'organizer', [], 'da'));
  members.push(
    make(
      FACILITATOR_NAME,
      'facilitator',
      departments.map((d) => d.id),
      'da',
    ),
  );
  return members;
}
