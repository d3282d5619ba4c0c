/**
 * An audit entry's details as one short line ("fields: name, settings.sendTime · format: csv").
 * The server keeps only ids, counts, flags and field names there; shown as plain text (inert).
 */
export function detailsText(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`)
    .join(' · ');
}
