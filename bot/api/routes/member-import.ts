import Papa from 'papaparse';
import {
  apiMessages,
  limits,
  memberCreateSchema,
  type ApiMessageKey,
  type MemberImportRow,
} from '../../../core/api';
import { format, type Params } from '../../../core/i18n';
import type { Department, Locale, Member, Role } from '../../../core/model';
import { fieldsOf } from '../http/validation';

type Column = 'name' | 'email' | 'aadObjectId' | 'role' | 'departments' | 'locale';

const HEADER_ALIASES: Record<string, Column> = {
  name: 'name',
  navn: 'name',
  email: 'email',
  'e-mail': 'email',
  mail: 'email',
  aadobjectid: 'aadObjectId',
  objectid: 'aadObjectId',
  'object id': 'aadObjectId',
  oid: 'aadObjectId',
  'entra id': 'aadObjectId',
  'entra-id': 'aadObjectId',
  role: 'role',
  rolle: 'role',
  department: 'departments',
  departments: 'departments',
  afdeling: 'departments',
  afdelinger: 'departments',
  magistratsafdeling: 'departments',
  locale: 'locale',
  language: 'locale',
  sprog: 'locale',
};
const REQUIRED: Column[] = ['name', 'aadObjectId', 'role'];

/**
 * A cell that a spreadsheet would run as a formula (CSV/formula injection): it begins with
 * = + - or @ (after trimming, so a leading tab or space does not hide it). Such a cell is refused
 * with a per-row error rather than silently changed. A genuine name, e-mail, Entra id, role,
 * department or language never begins with these characters; a department named "-Test" would
 * have to be renamed (or given by its id) to be imported.
 */
const FORMULA_START = /^[=+\-@]/;

const ROLE_ALIASES: Record<string, Role> = {
  chef: 'chef',
  leder: 'chef',
  direktør: 'chef',
  facilitator: 'facilitator',
  organizer: 'organizer',
  organiser: 'organizer',
  organisator: 'organizer',
  arrangør: 'organizer',
  sekretariat: 'organizer',
};

export interface ImportPlan {
  rows: MemberImportRow[];
  /** The file as a whole is unusable (no rows, missing columns). */
  fatal?: { key: ApiMessageKey; params: Params };
}

/**
 * Reads a members CSV (header line; `,` `;` or tab separated; Danish or English column names)
 * and checks every row against the member rules and the forum's departments, refusing cells
 * that begin like a spreadsheet formula. Pure: saves nothing.
 */
export function planMemberImport(
  csv: string,
  departments: readonly Department[],
  existing: readonly Member[],
  locale: Locale,
): ImportPlan {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
  });
  const [header, ...data] = parsed.data;
  if (!header || data.length === 0) return { rows: [], fatal: { key: 'error.importEmpty', params: {} } };
  if (data.length > limits.csvRows)
    return { rows: [], fatal: { key: 'field.tooMany', params: { max: limits.csvRows } } };
  const columns = header.map((h) => HEADER_ALIASES[h.trim().toLowerCase()]);
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length)
    return { rows: [], fatal: { key: 'error.importHeader', params: { columns: missing.join(', ') } } };

  const departmentByKey = new Map<string, string>();
  for (const d of departments) {
    for (const key of [d.id, d.name.da, d.name.en])
      if (key.trim()) departmentByKey.set(key.trim().toLowerCase(), d.id);
  }
  const existingByAad = new Map(existing.map((m) => [m.aadObjectId.toLowerCase(), m]));
  const seen = new Map<string, number>();
  const t = (key: ApiMessageKey, params: Params = {}) => format(apiMessages[key][locale], params, locale);

  const rows = data.map((cells, index): MemberImportRow => {
    const line = index + 2;
    const cell = (c: Column) => (cells[columns.indexOf(c)] ?? '').trim();
    const errors: Record<string, string> = {};

    for (const column of new Set(columns)) {
      if (column && FORMULA_START.test(cell(column))) errors[column] = t('field.formula');
    }

    const roleText = cell('role').toLowerCase();
    const role = ROLE_ALIASES[roleText] ?? roleText;
    const departmentIds: string[] = [];
    for (const name of cell('departments')
      .split('|')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const id = departmentByKey.get(name.toLowerCase());
      if (id) departmentIds.push(id);
      else errors.departments ??= t('field.unknownDepartment', { name });
    }
    const candidate = {
      aadObjectId: cell('aadObjectId'),
      name: cell('name'),
      email: cell('email') || null,
      role,
      departmentIds,
      locale: cell('locale').toLowerCase() || 'da',
    };
    const result = memberCreateSchema.safeParse(candidate, { reportInput: true });
    if (!result.success) {
      for (const [path, text] of Object.entries(fieldsOf(result.error.issues))) {
        const column = path.split('.')[0] === 'departmentIds' ? 'departments' : path.split('.')[0]!;
        errors[column] ??= text[locale];
      }
    }
    const aad = candidate.aadObjectId.toLowerCase();
    const firstLine = seen.get(aad);
    if (aad && firstLine !== undefined) errors.aadObjectId ??= t('field.duplicate', { line: firstLine });
    else if (aad) seen.set(aad, line);

    if (!result.success || Object.keys(errors).length > 0)
      return { line, ok: false, action: null, member: null, errors };
    const m = result.data;
    return {
      line,
      ok: true,
      action: existingByAad.has(m.aadObjectId) ? 'update' : 'create',
      member: {
        aadObjectId: m.aadObjectId,
        name: m.name,
        email: m.email,
        role: m.role,
        departmentIds: m.departmentIds,
        locale: m.locale,
      },
      errors,
    };
  });
  return { rows };
}
