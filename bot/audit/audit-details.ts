/**
 * What may go into an audit entry's details: ids, counts, flags and field names; short strings
 * only. Anything else (objects, long text that could be an answer or a note) is dropped, so a
 * careless call site cannot leak personal data into a log that is never erased.
 */
export type AuditDetailValue = string | number | boolean | null | ReadonlyArray<string | number | boolean>;
export type AuditDetails = Record<string, AuditDetailValue>;

const MAX_STRING = 120;
const MAX_ITEMS = 50;
const MAX_KEYS = 30;

export function sanitizeDetails(details: Record<string, unknown> | undefined): AuditDetails {
  const out: AuditDetails = {};
  for (const [key, value] of Object.entries(details ?? {}).slice(0, MAX_KEYS)) {
    const clean = cleanValue(value);
    if (clean !== undefined) out[key.slice(0, 60)] = clean;
  }
  return out;
}

function cleanValue(value: unknown): AuditDetailValue | undefined {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return value.length <= MAX_STRING ? value : undefined;
  if (Array.isArray(value)) {
    const items = value
      .slice(0, MAX_ITEMS)
      .filter(
        (v): v is string | number | boolean =>
          (typeof v === 'string' && v.length <= MAX_STRING) ||
          (typeof v === 'number' && Number.isFinite(v)) ||
          typeof v === 'boolean',
      );
    return items;
  }
  return undefined;
}

/** The names of the top-level fields that differ between two versions of an object (never their values). */
export function changedFields(
  before: object,
  after: object,
  ignore: readonly string[] = ['updatedAt'],
): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !ignore.includes(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k])).sort();
}
