import { app, authentication, meeting, pages } from '@microsoft/teams-js';
import { resolveLocale } from '../../../core/i18n';
import type { Locale } from '../../../core/model';
import { toThemeName, type ThemeName } from './theme-name';

export interface HostInfo {
  /** true when running inside Teams (or another Microsoft 365 host). */
  inTeams: boolean;
  locale: Locale;
  theme: ThemeName | null;
  /** Teams frame context: content, settings, sidePanel, meetingStage, … */
  frameContext: string | null;
  /** The tab's Teams entity id or subPageId (deep links), if any. */
  subPageId: string | null;
}

const INIT_TIMEOUT_MS = 4000;

/** True when the page can only be a plain browser tab (no parent frame, opener or native bridge). */
function obviouslyStandalone(): boolean {
  const w = window as Window & { nativeInterface?: unknown };
  return w.parent === w && !w.opener && !w.nativeInterface;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/** Connects to Teams; falls back to standalone mode when initialize fails or times out. */
export async function connectHost(): Promise<HostInfo> {
  const browserLocale = resolveLocale(navigator.language);
  const standalone: HostInfo = {
    inTeams: false,
    locale: browserLocale,
    theme: null,
    frameContext: null,
    subPageId: null,
  };
  if (obviouslyStandalone()) return standalone;
  try {
    await withTimeout(app.initialize(), INIT_TIMEOUT_MS);
    const context = await withTimeout(app.getContext(), INIT_TIMEOUT_MS);
    app.notifySuccess();
    return {
      inTeams: true,
      locale: resolveLocale(context.app.locale),
      theme: toThemeName(context.app.theme),
      frameContext: context.page.frameContext ?? null,
      subPageId: context.page.subPageId ?? null,
    };
  } catch {
    return standalone;
  }
}

export function onTeamsThemeChange(handler: (theme: ThemeName) => void): void {
  app.registerOnThemeChangeHandler((theme) => handler(toThemeName(theme)));
}

/** The Entra ID SSO token for our API (Teams caches and renews it). */
export function teamsToken(): Promise<string> {
  return authentication.getAuthToken();
}

/** What a configured tab shows: a department's summary, or the final meeting's side panel and stage. */
export type TabChoice = { kind: 'department'; id: string; name: string } | { kind: 'meeting'; name: string };

/** Wires the configurable tab's Save button: the tab then shows the chosen department or the meeting view. */
export function registerConfigSave(getChoice: () => TabChoice | null): void {
  pages.config.registerOnSaveHandler((saveEvent) => {
    const choice = getChoice();
    if (!choice) {
      saveEvent.notifyFailure('nothing chosen');
      return;
    }
    const contentUrl =
      choice.kind === 'department'
        ? departmentTabUrl(window.location.origin, choice.id)
        : meetingTabUrl(window.location.origin);
    pages.config
      .setConfig({
        entityId: choice.kind === 'department' ? `department-${choice.id}` : 'final-meeting',
        contentUrl,
        websiteUrl: contentUrl,
        suggestedDisplayName: choice.name,
      })
      .then(() => saveEvent.notifySuccess())
      .catch((e: unknown) => saveEvent.notifyFailure(String(e)));
  });
}

export function setConfigValid(valid: boolean): void {
  pages.config.setValidityState(valid);
}

/** The final meeting's view: the side panel, and the stage once shared. */
export function meetingTabUrl(origin: string): string {
  return `${origin}/tab/#/meeting`;
}

/** The slide a meeting stage shows: the presentation at slide n (1 is the cover). */
export function stageSlideUrl(origin: string, slide: number): string {
  return `${origin}/tab/#/present/${slide}`;
}

/** Shares a page of this app to the meeting stage (Teams loads it there for everyone). */
export function shareToStage(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    meeting.shareAppContentToStage((error) => {
      if (error) reject(new Error(error.message ?? `error ${String(error.errorCode)}`));
      else resolve();
    }, url);
  });
}

export function departmentTabUrl(origin: string, departmentId: string): string {
  return `${origin}/tab/#/department/${encodeURIComponent(departmentId)}`;
}
