/** The three Teams themes; Teams calls high contrast "contrast". */
export type ThemeName = 'default' | 'dark' | 'contrast';

export function toThemeName(teamsTheme: string | null | undefined): ThemeName {
  if (teamsTheme === 'dark') return 'dark';
  if (teamsTheme === 'contrast') return 'contrast';
  return 'default';
}

/** Theme for a plain browser: ?theme= in the URL, then the saved choice, then the OS preference. */
export function standaloneTheme(search: string, saved: string | null, prefersDark: boolean): ThemeName {
  const fromUrl = new URLSearchParams(search).get('theme');
  if (fromUrl) return toThemeName(fromUrl);
  if (saved) return toThemeName(saved);
  return prefersDark ? 'dark' : 'default';
}
