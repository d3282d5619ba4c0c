import type { Member } from '../../../core/model';

export interface MemberFilter {
  /** Only members of this department (each still with all of its departmentIds). */
  departmentId?: string;
}

/** A forum's people (members), each with the departments they belong to. */
export interface MemberStore {
  saveMember(member: Member): Promise<void>;
  getMember(id: string): Promise<Member | undefined>;
  /** Members with this Entra object id, across forums. */
  findMembersByAadObjectId(aadObjectId: string): Promise<Member[]>;
  /** The forum's members (optionally only one department's), ordered by name, then id. */
  listMembers(forumId: string, filter?: MemberFilter): Promise<Member[]>;
  deleteMember(id: string): Promise<void>;
}
