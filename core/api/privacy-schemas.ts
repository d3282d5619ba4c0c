import { z } from 'zod';
import { apiString, idSchema } from './schemas';

/**
 * Request schemas of the privacy and audit routes. Issue messages are keys of core/api's
 * apiMessages, so the API's validation answers them in the caller's language.
 */
const m = (key: 'field.invalid' | 'field.tooLong' | 'field.number') => ({ error: key });

/**
 * POST /api/me/data/delete and POST /api/members/:memberId/data/delete: without `confirmToken` a
 * preview and a code (nothing deleted); with the code, the erasure. There is no other way to confirm.
 */
export const eraseRequestSchema = z.object(
  {
    /** Only this forum's membership (default: every membership of the person). Self route only. */
    forumId: idSchema.optional(),
    confirmToken: apiString('field.invalid').max(2000, m('field.tooLong')).optional(),
    /** The old one-step `{ confirm: true }` is refused (422), never taken as a confirmation. */
    confirm: z.never(m('field.invalid')).optional(),
  },
  m('field.invalid'),
);
export type EraseRequest = z.infer<typeof eraseRequestSchema>;

/** GET /api/me/data?forumId= (and the export downloads) */
export const subjectDataQuerySchema = z.object({
  forumId: idSchema.optional(),
  locale: apiString().optional(),
});

/** GET /api/forums/:forumId/audit?limit=&before= */
export const auditQuerySchema = z.object({
  limit: z.coerce.number(m('field.number')).int(m('field.number')).min(1).max(500).optional(),
  /** The `next` cursor of the previous page. */
  before: apiString('field.invalid')
    .max(300, m('field.tooLong'))
    .regex(/^[^|]+\|[^|]+$/, m('field.invalid'))
    .optional(),
});
