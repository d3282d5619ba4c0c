import type { Member } from '../../../core/model';
import type { ConversationStore } from '../../store/store';
import { storedRoster, withStoredRoster } from '../../teams/stored-roster';

/** Someone whose Teams account the bot has seen: an Entra object id behind an e-mail or UPN. */
export interface KnownPerson {
  aadObjectId: string;
  name: string;
}

/** Lower-cased e-mail or UPN → the person; the key under which an imported row is looked up. */
export type KnownPeople = ReadonlyMap<string, KnownPerson>;

export const addressKey = (address: string) => address.trim().toLowerCase();

/**
 * The people the bot knows in a forum, by e-mail and UPN: its members (with their e-mail) and
 * the rosters Teams listed for the group chats and channels linked to the forum's departments.
 * A member's own record wins over a roster entry. Nothing is guessed: an address not seen here
 * stays unresolved.
 */
export async function knownPeople(
  store: ConversationStore,
  departmentIds: readonly string[],
  members: readonly Member[],
): Promise<KnownPeople> {
  const known = new Map<string, KnownPerson>();
  const refs = await Promise.all(
    departmentIds.map((departmentId) => store.listConversationRefs({ departmentId })),
  );
  for (const ref of refs.flat()) {
    if (ref.removedAt !== null) continue;
    for (const person of storedRoster(ref.reference)) {
      for (const address of [person.email, person.userPrincipalName]) {
        if (address?.trim())
          known.set(addressKey(address), { aadObjectId: person.aadObjectId, name: person.name });
      }
    }
  }
  for (const m of members) {
    if (m.email?.trim()) known.set(addressKey(m.email), { aadObjectId: m.aadObjectId, name: m.name });
  }
  return known;
}

/**
 * Drops a person from the rosters kept with the forum's linked chats (when they are removed from
 * the forum), so the import no longer knows their e-mail until a later `synk` lists them again.
 */
export async function forgetKnownPerson(
  store: ConversationStore,
  departmentIds: readonly string[],
  aadObjectId: string,
): Promise<void> {
  const id = aadObjectId.toLowerCase();
  for (const departmentId of departmentIds) {
    for (const ref of await store.listConversationRefs({ departmentId })) {
      const roster = storedRoster(ref.reference);
      const kept = roster.filter((p) => p.aadObjectId.toLowerCase() !== id);
      if (kept.length < roster.length)
        await store.saveConversationRef({ ...ref, reference: withStoredRoster(ref.reference, kept) });
    }
  }
}
