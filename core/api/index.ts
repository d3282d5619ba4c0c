/**
 * The HTTP API contract between the server (bot/api) and the tab: routes (`API` in ./routes, which
 * the server registers from and the tab's client is typed from), request schemas, response types,
 * localized messages. Browser-safe (zod and core only).
 *
 * How the tab talks to the server
 * - Sign-in: Teams SSO `authentication.getAuthToken()` → `Authorization: Bearer <token>` on
 *   every /api call. In dev mode (response header `X-Samskab-Dev-Mode: 1` on EVERY response,
 *   `MeResponse.devMode`), outside Teams: `GET /api/dev/users` lists people to pick,
 *   `POST /api/dev/token { aadObjectId }` returns `{ token, expiresAt }` (8 h). Both are 404
 *   outside dev mode. Show a "developer mode" banner on every page when the header is present.
 * - Start with `GET /api/me` (memberships per forum: role, departments, canAdminister), then
 *   `GET /api/forums/:forumId` (forum, departments, questions, principles, viewer).
 * - Errors: `ApiErrorBody` — `error.message` in the request's language (send
 *   `Accept-Language: da|en`), `error.text` in both, `error.fields` per dotted field path
 *   ("settings.sendTime", "blackoutPeriods.0.to") for forms. 401 → get a fresh token and retry once.
 *   400/422 validation, 403 forbidden/organizer_only/not_member, 404, 409 conflict.
 * - Takeaways: PUT with `expectedVersion` = the version you loaded. 409 carries `current`
 *   (text, version, updatedBy): show it next to the user's unsaved text; save again with
 *   `current.version`. Nothing is overwritten silently.
 * - Live updates: `POST /api/events/ticket` (Bearer) → `{ url }`; `new EventSource(url + '&topics=answer,takeaways')`.
 *   Events `ready` and `change` (data: `LiveChange`, never user text) → refetch what changed.
 *   Tickets live 60 s and are checked at connect only: on `error`, close the EventSource
 *   and open a new one with a fresh ticket (do not rely on EventSource's own reconnect).
 * - Summaries and the overview carry aggregates only (see summary-types.ts); a question's answers
 *   come a page at a time from GET /api/departments/:departmentId/questions/:questionId/answers
 *   (newest first, `?limit=` ≤ 100, `?cursor=` from the previous page's `nextCursor`).
 * - Exports need the Bearer header too, so download with fetch → Blob → object URL
 *   (`Content-Disposition` carries the file name). `?locale=da|en` picks the language.
 *   CSV: UTF-8 with BOM, `;`-separated in Danish and `,` in English, formula-neutralized.
 * - Member import: `POST /api/forums/:forumId/members/import { csv, dryRun }`. All-or-nothing:
 *   a dry run (default) returns the per-row preview (`MemberImportResult.rows[].errors` by
 *   column); `dryRun: false` saves only when no row has an error, else 422
 *   `import_has_errors` with the same preview in `import`. Columns (Danish aliases accepted):
 *   name/navn, email/e-mail, aadObjectId/objectid, role/rolle, departments/afdeling (names in
 *   da or en, or ids, `|`-separated), locale/sprog.
 * - Deep links: the bot's cards link to `<publicUrl>/tab/#/department/<departmentId>`
 *   (bot/teams/tab-url.ts), so the tab uses hash routing; the server also serves index.html
 *   for any /tab/<path> without a file extension.
 * - Card preview: `CardPreviewResponse.card` is Adaptive Card 1.5 JSON for a renderer.
 * - Privacy (./privacy-types): `GET /api/me/data` (counts, retention date), downloads
 *   `/api/me/data/export.json|docx`, and deletion in two steps: `POST /api/me/data/delete {}`
 *   answers `ErasureConfirmationResponse` (nothing deleted); send `{ confirmToken }` back within
 *   15 minutes for `ErasureDoneResponse`. Organizers: the same under `/api/members/:memberId/data`,
 *   `GET /api/forums/:forumId/retention`, and the audit log `GET /api/forums/:forumId/audit`
 *   (`?limit=&before=<next>`). Removing a member (`DELETE /api/members/:memberId`) is two steps
 *   too and offers erasing their answers (`memberRemoveSchema`).
 * - Errors of the HTTP layer itself (413, bad JSON, unknown route, 405) have the same
 *   `ApiErrorBody` shape and language as the routes' own.
 */
export * from './routes';
export * from './schemas';
export * from './privacy-schemas';
export * from './types';
export * from './summary-types';
export * from './messages';
export * from './privacy-notice';
export * from './voices-types';
export * from './routes-voices';
export * from './meeting-types';
export * from './routes-meetings';
