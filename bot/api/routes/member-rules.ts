import { apiMessages } from '../../../core/api';
import { formatBoth } from '../../../core/i18n';
import type { Department, Localized, Member } from '../../../core/model';
import { apiError } from '../http/api-error';

/** Field errors of a member against its forum: unknown departments. */
export function memberFieldErrors(
  member: Pick<Member, 'departmentIds'>,
  departments: readonly Department[],
): Record<string, Localized> {
  const known = new Set(departments.map((d) => d.id));
  const unknown = member.departmentIds.filter((id) => !known.has(id));
  if (unknown.length === 0) return {};
  const text = apiMessages['field.unknownDepartment'];
  return {
    departmentIds: formatBoth(text, { name: unknown.join(', ') }),
  };
}

export function assertValidMember(
  member: Member,
  departments: readonly Department[],
  others: readonly Member[],
): void {
  const fields = memberFieldErrors(member, departments);
  if (member.role === 'chef' && member.departmentIds.length !== 1)
    fields.departmentIds = apiMessages['field.chefOneDepartment'];
  if (Object.keys(fields).length) throw apiError(422, 'validation', 'error.validation', {}, { fields });
  if (
    others.some((o) => o.id !== member.id && o.aadObjectId.toLowerCase() === member.aadObjectId.toLowerCase())
  ) {
    throw apiError(
      409,
      'conflict',
      'error.memberConflict',
      {},
      { fields: { aadObjectId: apiMessages['error.memberConflict'] } },
    );
  }
}
