/** The department's summary in the tab, served by this server: `${publicUrl}/tab/#/department/<id>`. */
export function departmentTabUrl(publicUrl: string, departmentId: string | null): string {
  const base = `${publicUrl.replace(/\/$/, '')}/tab/`;
  return departmentId ? `${base}#/department/${encodeURIComponent(departmentId)}` : base;
}

/**
 * The manifest's static tab a Teams deep link opens ("Mine svar", entityId "me"); the manifest
 * has no static tab for a department summary, so the department travels as subEntityId
 * ("department/<id>"), with webUrl the browser fallback.
 */
export const DEEP_LINK_TAB_ENTITY_ID = 'me';

/** A Teams deep link into the app's personal tab, when the Teams app id (TEAMS_APP_ID) is known. */
export function teamsTabDeepLink(teamsAppId: string, webUrl: string, departmentId: string): string {
  const context = JSON.stringify({ subEntityId: `department/${departmentId}` });
  const query = new URLSearchParams({ webUrl, label: 'Samskab', context });
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/${DEEP_LINK_TAB_ENTITY_ID}?${query.toString()}`;
}
