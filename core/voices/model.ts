import type { Localized } from '../model';

/** A group of people a voices round asks (ledere, medarbejdere, borgere, …): an id and its label. */
export interface VoiceGroup {
  /** Short, stable id: lower-case letters, digits and dashes. */
  id: string;
  label: Localized;
}

/**
 * A department's voices round: one question put to people outside the forum through a public link
 * (`/stemmer/<code>`) until it closes or a chef revokes it.
 */
export interface VoiceRound {
  id: string;
  forumId: string;
  departmentId: string;
  /** The link's code: 26 base32 characters (128 random bits). */
  code: string;
  question: Localized;
  groups: VoiceGroup[];
  /** ISO instant after which the link takes no more voices. */
  closesAt: string;
  /** At most this many voices are taken in the round. */
  cap: number;
  createdAt: string;
  /** The member who opened the round. */
  createdBy: string;
  /** ISO instant a chef revoked the link, or null. */
  revokedAt: string | null;
}

/** waiting: not yet moderated; shown: may reach summaries and exports; hidden: never does. */
export type VoiceState = 'waiting' | 'shown' | 'hidden';

/** One submission through the public link. No name, e-mail, IP address or other trace of the sender. */
export interface Voice {
  id: string;
  roundId: string;
  forumId: string;
  departmentId: string;
  groupId: string;
  text: string;
  state: VoiceState;
  createdAt: string;
  moderatedAt: string | null;
}

export type VoiceRoundStatus = 'open' | 'closed' | 'revoked';
