import { startTestApp, type TestApp, type TestAppOptions } from '../../../support/app-harness';
import { call, cast, devToken } from './api-client';

export interface OrganizerApp {
  app: TestApp;
  forumId: string;
  /** The example forum's cast. */
  c: Awaited<ReturnType<typeof cast>>;
  /** The organizer's token. */
  token: string;
}

/** The test app over the example forum, with the organizer signed in. */
export async function startOrganizerApp(options: TestAppOptions): Promise<OrganizerApp> {
  const app = await startTestApp(options);
  const forumId = (await app.deps.store.listForums())[0]!.id;
  const c = await cast(app.deps, forumId);
  return { app, forumId, c, token: await devToken(app.url, c.organizer.aadObjectId) };
}

/** The round the organizer creates through the API (POST /api/forums/:forumId/rounds). */
export function postRound(
  { app, forumId, token }: OrganizerApp,
  round: {
    departmentId: string | null;
    kind: string;
    questionIds: string[];
    localDate: string;
    localTime: string;
  },
) {
  return call(app.url, `/api/forums/${forumId}/rounds`, { token, body: round });
}
