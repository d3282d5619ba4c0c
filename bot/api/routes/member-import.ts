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
import { addressKey, type KnownPeople } from './known-people';

type Column = 'name' | 'email' | 'aadObjectId' | 'role' | 'departments' | 'locale';

const HEADER_ALIASES: Record<string, Column> = {
  name: 'name',
  navn: 'name',
  email: 'email',
  'e-mail': 'email',
  'e-mailadresse': 'email',
  mail: 'email',
  upn: 'email',
  userprincipalname: 'email',
  brugernavn: 'email',
  aadobjectid: 'aadObjectId',
  objectid: 'aadObjectId',
  'object id': 'aadObjectId',
  oid: 'aadObjectId',
  'entra id': 'aadObjectId',
  'entra-id': 'aadObjectId',
  'entra object id': 'aadObjectId',
  'entra-objekt-id': 'aadObjectId',
  'entra objekt-id': 'aadObjectId',
  'objekt-id': 'aadObjectId',
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

/** A file names the person by e-mail/UPN or Entra object id (at least one of the two). */
const REQUIRED: Column[] = ['name', 'role'];
const IDENTITY: Column[] = ['email', 'aadObjectId'];

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
  arrangor: 'organizer',
  sekretariat: 'organizer',
};

const LOCALE_ALIASES: Record<string, Locale> = {
  da: 'da',
  dansk: 'da',
  danish: 'da',
  en: 'en',
  engelsk: 'en',
  english: 'en',
};

/** Department names in a cell: `;` or `|` between them. */
const DEPARTMENT_SEPARATOR = /[;|]/;

export interface ImportPlan {
  rows: MemberImportRow[];
  /** The file as a whole is unusable (no rows, missing columns). */
  fatal?: { key: ApiMessageKey; params: Params };
}

/**
 * Reads a members CSV (header line; `,` `;` or tab separated; Danish or English column names)
 * and checks every row against the member rules and the forum's departments, refusing cells
 * that begin like a spreadsheet formula. A row without an Entra object id gets it from `known`
 * by its e-mail/UPN, or is refused as unresolved. Errors name the columns as the header typed
 * them; a refused row keeps the typed name and e-mail. Pure: saves nothing.
 */
export function planMemberImport(
  csv: string,
  departments: readonly Department[],
  existing: readonly Member[],
  known: KnownPeople,
  locale: Locale,
): ImportPlan {
  const t = (key: ApiMessageKey, params: Params = {}) => format(apiMessages[key][locale], params, locale);
  const columnLabel = (c: Column) => t(`import.column.${c}`);
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
  });
  const [header, ...data] = parsed.data;
  if (!header || data.length === 0) return { rows: [], fatal: { key: 'error.importEmpty', params: {} } };
  if (data.length > limits.csvRows)
    return { rows: [], fatal: { key: 'field.tooMany', params: { max: limits.csvRows } } };
  const columns = header.map((h) => HEADER_ALIASES[h.trim().toLowerCase()]);
  const missing = REQUIRED.filter((c) => !columns.includes(c)).map(columnLabel);
  if (!IDENTITY.some((c) => columns.includes(c))) missing.push(columnLabel('email'));
  if (missing.length)
    return { rows: [], fatal: { key: 'error.importHeader', params: { columns: missing.join(', ') } } };
  /** The column as the organizer typed it in the header (our own name if the file has none). */
  const typed = (c: Column) => {
    const index = columns.indexOf(c);
    return index >= 0 ? header[index]!.trim() : columnLabel(c);
  };

  const departmentByKey = new Map<string, string>();
  for (const d of departments) {
    for (const key of [d.id, d.name.da, d.name.en])
      if (key.trim()) departmentByKey.set(key.trim().toLowerCase(), d.id);
  }
  const existingByAad = new Map(existing.map((m) => [m.aadObjectId.toLowerCase(), m]));
  const seen = new Map<string, number>();

  const rows = data.map((cells, index): MemberImportRow => {
    const line = index + 2;
    const cell = (c: Column) => (columns.includes(c) ? (cells[columns.indexOf(c)] ?? '').trim() : '');
    const errors: Record<string, string> = {};
    const fail = (c: Column, message: string) => (errors[typed(c)] ??= message);

    for (const column of new Set(columns)) {
      if (column && FORMULA_START.test(cell(column))) fail(column, t('field.formula'));
    }

    const roleText = cell('role').toLowerCase();
    const role = ROLE_ALIASES[roleText] ?? roleText;
    const localeText = cell('locale').toLowerCase();
    const rowLocale = localeText ? (LOCALE_ALIASES[localeText] ?? localeText) : 'da';
    const departmentIds: string[] = [];
    for (const name of cell('departments')
      .split(DEPARTMENT_SEPARATOR)
      .map((s) => s.trim())
      .filter(Boolean)) {
      const id = departmentByKey.get(name.toLowerCase());
      if (id) departmentIds.push(id);
      else fail('departments', t('field.unknownDepartment', { name }));
    }

    const email = cell('email');
    const givenId = cell('aadObjectId');
    const person = email ? known.get(addressKey(email)) : undefined;
    let unresolved = false;
    if (givenId && person && person.aadObjectId.toLowerCase() !== givenId.toLowerCase())
      fail('email', t('field.otherAccount'));
    else if (!givenId && !email) fail('email', t('field.importIdentity'));
    else if (!givenId && !person && !FORMULA_START.test(email)) {
      unresolved = true;
      fail('email', t('field.unresolvedPerson'));
    }
    const candidate = {
      aadObjectId: givenId || person?.aadObjectId || '',
      name: cell('name'),
      email: email || null,
      role,
      departmentIds,
      locale: rowLocale,
    };
    const result = memberCreateSchema.safeParse(candidate, { reportInput: true });
    if (!result.success) {
      for (const [path, text] of Object.entries(fieldsOf(result.error.issues))) {
        const field = path.split('.')[0]!;
        if (field === 'aadObjectId' && !givenId && errors[typed('email')]) continue; // said above
        if (field === 'role') fail('role', t('field.importRole'));
        else if (field === 'locale') fail('locale', t('field.importLocale'));
        else if (field === 'departmentIds') fail('departments', text[locale]);
        else fail(field as Column, text[locale]);
      }
    }
    const aad = candidate.aadObjectId.toLowerCase();
    const firstLine = seen.get(aad);
    if (aad && firstLine !== undefined)
      fail(givenId ? 'aadObjectId' : 'email', t('field.duplicate', { line: firstLine }));
    else if (aad) seen.set(aad, line);

    const shown = { line, name: candidate.name, email };
    if (!result.success || Object.keys(errors).length > 0)
      return { ...shown, ok: false, unresolved, action: null, member: null, errors };
    const m = result.data;
    return {
      ...shown,
      ok: true,
      unresolved: false,
      action: existingByAad.has(m.aadObjectId.toLowerCase()) ? 'update' : 'create',
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
