/** The department's summary in the tab, served by this server. */
export function departmentTabUrl(publicUrl: string, departmentId: string | null): string {
  const base = `${publicUrl.replace(/\/$/, '')}/tab/`;
  return departmentId ? `${base}#/department/${encodeURIComponent(departmentId)}` : base;
}

/** A Teams deep link to the app's summary tab, when the Teams app id is known. */
export function teamsTabDeepLink(teamsAppId: string, webUrl: string, departmentId: string): string {
  const context = JSON.stringify({ subEntityId: `department/${departmentId}` });
  const query = new URLSearchParams({ webUrl, label: 'Samskab', context });
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/summary?${query.toString()}`;
}
