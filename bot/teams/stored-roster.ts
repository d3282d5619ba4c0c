/**
 * The people of a linked group chat or channel as Teams last listed them (on `sync`), kept with
 * that conversation's stored reference so the member import can find a person's Entra object id
 * from the e-mail or UPN an organizer types. Only what that needs is kept: id, name, e-mail, UPN.
 */
export interface RosterPerson {
  aadObjectId: string;
  name: string;
  email: string | null;
  userPrincipalName: string | null;
}

const KEY = 'samskabRoster';

/** The reference with `people` as its roster (replacing an older one). */
export function withStoredRoster(reference: unknown, people: readonly RosterPerson[]): unknown {
  const base = typeof reference === 'object' && reference !== null ? reference : {};
  return { ...base, [KEY]: people };
}

/** The roster kept with a reference; [] when none was stored or it is not in the expected shape. */
export function storedRoster(reference: unknown): RosterPerson[] {
  if (typeof reference !== 'object' || reference === null) return [];
  const people = (reference as Record<string, unknown>)[KEY];
  if (!Array.isArray(people)) return [];
  return people.filter(
    (p): p is RosterPerson =>
      typeof p === 'object' && p !== null && typeof (p as RosterPerson).aadObjectId === 'string',
  );
}

/** A Teams roster entry as the roster person we keep; undefined without an Entra object id. */
export function rosterPersonOf(account: {
  aadObjectId?: string;
  name?: string;
  email?: string;
  userPrincipalName?: string;
}): RosterPerson | undefined {
  if (!account.aadObjectId) return undefined;
  return {
    aadObjectId: account.aadObjectId,
    name: account.name ?? '',
    email: account.email ?? null,
    userPrincipalName: account.userPrincipalName ?? null,
  };
}
