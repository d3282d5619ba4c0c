import { z } from 'zod';
import { isStorableText } from '../text/storable-text';
import { isValidLocalDate, isValidLocalTime } from '../time/local-date';
import type { ApiMessageKey } from './messages';
import { ANSWER_PAGE_MAX } from './summary-types';
import { VOICE_LIMITS } from '../voices/defaults';

/**
 * Request schemas of the HTTP API (bodies and query strings). Browser-safe: the tab validates
 * its forms with the same schemas. Issue messages are keys of `apiMessages` (core/api/messages.ts);
 * the server translates them by Accept-Language.
 *
 * Time zones are validated on the server (the IANA database lives there); the tab may call
 * `isValidTimeZone` from core/time itself if it wants an early check.
 */

const m = (key: ApiMessageKey) => ({ error: key });

/**
 * Every string the API accepts starts here: text a database cannot store faithfully (NUL, lone
 * surrogates) is refused with 'field.unstorableText' naming the field. tests/core/text checks that
 * no request schema builds a bare string schema.
 */
export const apiString = (required: ApiMessageKey = 'field.required') =>
  z.string(m(required)).refine(isStorableText, m('field.unstorableText'));

export const limits = {
  name: 200,
  longText: 20_000,
  assignment: 4_000,
  takeaways: 20_000,
  csvBytes: 200_000,
  csvRows: 2_000,
} as const;

export const localeSchema = z.enum(['da', 'en'], m('field.locale'));
export const roleSchema = z.enum(['chef', 'facilitator', 'organizer'], m('field.role'));
export const localDateSchema = apiString().refine(isValidLocalDate, m('field.localDate'));
export const localTimeSchema = apiString().refine(isValidLocalTime, m('field.localTime'));
/** Shape-checked here; the server also checks the zone exists. */
export const timeZoneSchema = apiString().trim().min(1, m('field.required')).max(64, m('field.timeZone'));
export const idSchema = apiString().trim().min(1, m('field.required')).max(100, m('field.invalid'));
export const aadObjectIdSchema = apiString()
  .trim()
  .regex(
    /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
    m('field.aadObjectId'),
  )
  .transform((s) => s.toLowerCase());

const text = (max: number) => apiString().max(max, m('field.tooLong'));
const requiredText = (max: number) => text(max).trim().min(1, m('field.required'));
const int = (min: number, max: number) =>
  z.number(m('field.number')).int(m('field.number')).min(min).max(max);

export const localizedSchema = (max: number = limits.name) =>
  z.object({ da: requiredText(max), en: text(max).trim() }, m('field.required'));

export const dateRangeSchema = z
  .object({ from: localDateSchema, to: localDateSchema, label: localizedSchema().optional() })
  .refine((r) => r.from <= r.to, { ...m('field.rangeOrder'), path: ['to'] });

export const quietHoursSchema = z.object({ start: localTimeSchema, end: localTimeSchema });

export const forumSettingsSchema = z.object({
  sendTime: localTimeSchema,
  quietHours: quietHoursSchema.nullable(),
  blackoutPeriods: z.array(dateRangeSchema).max(50, m('field.tooMany')),
  reminderAfterWorkingDays: int(0, 30),
  finalCallWorkingDaysBefore: int(0, 60),
  shareSummaries: z.boolean(m('field.invalid')),
  shareAnswersInGroupChat: z.boolean(m('field.invalid')),
  retentionDays: int(1, 3650),
  meetings: z
    .object({
      bookingAfterWorkingDays: int(0, 60),
      bookingRepeatWorkingDays: int(1, 30),
      briefingWorkingDaysBefore: int(0, 30),
      meetingMinutes: int(15, 480),
      meetingStartTime: localTimeSchema,
    })
    .partial()
    .optional(),
});

/** PUT /api/forums/:forumId/settings — replaces the forum's editable fields. */
export const forumUpdateSchema = z
  .object({
    name: localizedSchema(),
    assignment: localizedSchema(limits.assignment),
    kickoffDate: localDateSchema,
    finalMeetingDate: localDateSchema,
    timeZone: timeZoneSchema,
    defaultLocale: localeSchema,
    settings: forumSettingsSchema,
  })
  .refine((f) => f.kickoffDate < f.finalMeetingDate, { ...m('field.dateOrder'), path: ['finalMeetingDate'] });
export type ForumUpdate = z.infer<typeof forumUpdateSchema>;

/** POST /api/forums/:forumId/departments */
export const departmentCreateSchema = z.object({
  name: localizedSchema(),
  recap: text(limits.longText).default(''),
  chosenAssignment: text(limits.assignment).default(''),
  facilitatorMeetingDate: localDateSchema.nullable().default(null),
  sortOrder: int(0, 10_000).optional(),
});
export type DepartmentCreate = z.input<typeof departmentCreateSchema>;

/** PATCH /api/departments/:departmentId — any subset. */
export const departmentUpdateSchema = z.object({
  name: localizedSchema().optional(),
  recap: text(limits.longText).optional(),
  chosenAssignment: text(limits.assignment).optional(),
  facilitatorMeetingDate: localDateSchema.nullable().optional(),
  sortOrder: int(0, 10_000).optional(),
});
export type DepartmentUpdate = z.infer<typeof departmentUpdateSchema>;

/**
 * PUT /api/departments/:departmentId/meeting — the agreed facilitator meeting: a local date and
 * optional local start and end times in the forum's time zone. The period and the order of the
 * times are the one rule of core/meetings (checkMeetingInput), asked by the server.
 */
export const meetingRecordSchema = z.object({
  date: localDateSchema,
  startTime: localTimeSchema.nullable().default(null),
  endTime: localTimeSchema.nullable().default(null),
});
export type MeetingRecord = z.input<typeof meetingRecordSchema>;

const memberFields = {
  aadObjectId: aadObjectIdSchema,
  name: requiredText(limits.name),
  email: z.email(m('field.email')).max(320, m('field.tooLong')).nullable().default(null),
  role: roleSchema,
  departmentIds: z.array(idSchema).max(100, m('field.tooMany')).default([]),
  locale: localeSchema.default('da'),
  pausedUntil: localDateSchema.nullable().default(null),
};

const chefHasOneDepartment = (v: { role?: string; departmentIds?: string[] }) =>
  v.role !== 'chef' || v.departmentIds === undefined || v.departmentIds.length === 1;

/** POST /api/forums/:forumId/members */
export const memberCreateSchema = z
  .object(memberFields)
  .refine(chefHasOneDepartment, { ...m('field.chefOneDepartment'), path: ['departmentIds'] });
export type MemberCreate = z.input<typeof memberCreateSchema>;

/** PATCH /api/members/:memberId — any subset (a chef still needs exactly one department). */
export const memberUpdateSchema = z
  .object({
    aadObjectId: aadObjectIdSchema.optional(),
    name: requiredText(limits.name).optional(),
    email: z.email(m('field.email')).max(320, m('field.tooLong')).nullable().optional(),
    role: roleSchema.optional(),
    departmentIds: z.array(idSchema).max(100, m('field.tooMany')).optional(),
    locale: localeSchema.optional(),
    pausedUntil: localDateSchema.nullable().optional(),
  })
  .refine(chefHasOneDepartment, { ...m('field.chefOneDepartment'), path: ['departmentIds'] });
export type MemberUpdate = z.infer<typeof memberUpdateSchema>;

/**
 * DELETE /api/members/:memberId — two steps. The first call (no confirmation) changes nothing and
 * answers a preview with a `confirmToken` bound to this member and to `eraseAnswers`; send the
 * same `eraseAnswers` back with the token (the only way to confirm) to remove the member. With
 * `eraseAnswers: true` their answers and every revision are erased too (GDPR art. 17); without,
 * the answers stay (shown without a name) until the retention purge. An empty body is the first step.
 */
export const memberRemoveSchema = z.object(
  {
    eraseAnswers: z.boolean(m('field.invalid')).default(false),
    confirmToken: apiString('field.invalid').max(2000, m('field.tooLong')).optional(),
    /** The old one-step `{ confirm: true }` is refused (422), never taken as a confirmation. */
    confirm: z.never(m('field.invalid')).optional(),
  },
  m('field.invalid'),
);
export type MemberRemove = z.input<typeof memberRemoveSchema>;

/**
 * POST /api/forums/:forumId/members/import — CSV with a header line; `,` `;` or tab separated.
 * Columns (case-insensitive, Danish or English): navn/name, e-mail/email/upn, rolle/role
 * (chef | facilitator | arrangør/organizer), afdelinger/departments (department names in Danish
 * or English, several separated by `;` or `|`), sprog/language (da | en, optional) and, optional,
 * Entra-objekt-id/aadObjectId. Without an Entra object id, the person is found by e-mail/UPN among
 * the forum's members and the Teams rosters of its linked chats; a person not found is an error.
 * Rows are matched to existing members by Entra object id.
 * All-or-nothing: nothing is saved unless every row is valid (dryRun: never saved).
 */
export const memberImportSchema = z.object({
  csv: apiString().min(1, m('field.required')).max(limits.csvBytes, m('field.tooLong')),
  dryRun: z.boolean(m('field.invalid')).default(true),
});
export type MemberImport = z.input<typeof memberImportSchema>;

/** PUT /api/departments/:departmentId/takeaways */
export const takeawaysUpdateSchema = z.object({
  text: text(limits.takeaways),
  /** The version the editor started from (0 before the first save); the stored version is a 32-bit integer. */
  expectedVersion: int(0, 2_147_483_647),
});
export type TakeawaysUpdate = z.infer<typeof takeawaysUpdateSchema>;

export const roundKindSchema = z.enum(['prompt', 'reminder', 'finalCall'], m('field.invalid'));

/** POST /api/forums/:forumId/rounds */
export const roundCreateSchema = z.object({
  departmentId: idSchema.nullable(),
  kind: roundKindSchema,
  questionIds: z.array(idSchema).min(1, m('field.tooFew')).max(50, m('field.tooMany')),
  localDate: localDateSchema,
  localTime: localTimeSchema,
  /** "Send anyway": the organizer confirms a closed day or quiet hours (else 409). */
  acceptOutsideHours: z.boolean().optional(),
});
export type RoundCreate = z.infer<typeof roundCreateSchema>;

/** PATCH /api/rounds/:roundId — move a planned round. */
export const roundMoveSchema = z.object({
  localDate: localDateSchema,
  localTime: localTimeSchema,
  acceptOutsideHours: z.boolean().optional(),
});
export type RoundMove = z.infer<typeof roundMoveSchema>;

/** POST /api/forums/:forumId/rounds/send-now */
export const sendNowSchema = z.object({
  departmentId: idSchema.nullable(),
  kind: roundKindSchema,
  questionIds: z.array(idSchema).min(1, m('field.tooFew')).max(50, m('field.tooMany')),
});
export type SendNow = z.infer<typeof sendNowSchema>;

/** GET /api/rounds/:roundId/preview?locale=&memberId= */
export const cardPreviewQuerySchema = z.object({
  locale: localeSchema.optional(),
  memberId: idSchema.optional(),
});

/** GET /api/forums/:forumId/deliveries?roundId= */
export const deliveriesQuerySchema = z.object({ roundId: idSchema.optional() });

/** GET /api/departments/:departmentId/questions/:questionId/answers?cursor=&limit= */
export const answerPageQuerySchema = z.object({
  cursor: apiString().max(200, m('field.invalid')).optional(),
  limit: z.coerce
    .number(m('field.invalid'))
    .int(m('field.invalid'))
    .min(1, m('field.invalid'))
    .max(ANSWER_PAGE_MAX, m('field.invalid'))
    .optional(),
});

/**
 * GET the exports (?locale=da|en): the file's language, else Accept-Language. Any other value is
 * ignored (the request's language then), never refused.
 */
export const exportQuerySchema = z.object({ locale: localeSchema.optional().catch(undefined) });

/** GET /api/me/answers?forumId= */
export const myAnswersQuerySchema = z.object({ forumId: idSchema.optional() });

export const changeTopicSchema = z.enum(
  ['answer', 'takeaways', 'delivery', 'round', 'forum', 'member', 'voice'],
  m('field.invalid'),
);

/** GET /api/events?forumId=&topics=answer,takeaways&access_token=<ticket> */
export const eventsQuerySchema = z.object({
  forumId: idSchema.optional(),
  /** Comma-separated topics; all topics when absent. */
  topics: apiString()
    .optional()
    .transform((s) =>
      s
        ? s
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean)
        : undefined,
    )
    .pipe(z.array(changeTopicSchema).optional()),
  access_token: apiString().optional(),
});

/** POST /api/dev/token — dev mode only. */
export const devTokenSchema = z.object({
  aadObjectId: apiString().trim().min(1, m('field.required')).max(100),
});

// ---- voices from outside the forum (core/api/routes-voices.ts) ----------------------------------

const voiceGroupSchema = z.object({
  id: apiString()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,31}$/, m('field.invalid')),
  label: z.object({
    da: requiredText(VOICE_LIMITS.groupLabelMax),
    en: text(VOICE_LIMITS.groupLabelMax).trim(),
  }),
});

const voiceGroupsSchema = z
  .array(voiceGroupSchema)
  .min(1, m('field.tooFew'))
  .max(VOICE_LIMITS.groupsMax, m('field.tooMany'))
  .refine((groups) => new Set(groups.map((g) => g.id)).size === groups.length, m('field.invalid'));

const voiceQuestionSchema = z.object({
  da: requiredText(VOICE_LIMITS.questionMax),
  en: text(VOICE_LIMITS.questionMax).trim(),
});

const voiceCapSchema = z.number(m('field.number')).int(m('field.number')).min(1).max(VOICE_LIMITS.capMax);

/** POST /api/departments/:departmentId/voice-rounds. Question and groups default to the example's. */
export const voiceRoundCreateSchema = z.object({
  question: voiceQuestionSchema.optional(),
  groups: voiceGroupsSchema.optional(),
  /** The last local day (forum time zone) the link takes voices. */
  closesOn: localDateSchema,
  cap: voiceCapSchema.optional(),
});
export type VoiceRoundCreate = z.infer<typeof voiceRoundCreateSchema>;

/** PATCH /api/voice-rounds/:roundId */
export const voiceRoundUpdateSchema = z.object({
  question: voiceQuestionSchema.optional(),
  groups: voiceGroupsSchema.optional(),
  closesOn: localDateSchema.optional(),
  cap: voiceCapSchema.optional(),
  /** Show the shown texts to the organizers (and, while summaries are shared, to the forum). */
  shared: z.boolean(m('field.invalid')).optional(),
});
export type VoiceRoundUpdate = z.infer<typeof voiceRoundUpdateSchema>;

/** PUT /api/voices/:voiceId/state */
export const voiceModerateSchema = z.object({ state: z.enum(['shown', 'hidden'], m('field.invalid')) });

/** GET /api/departments/:departmentId/voices/moderation?state=&offset= */
export const voicePageQuerySchema = z.object({
  state: z.enum(['waiting', 'shown', 'hidden'], m('field.invalid')).optional(),
  offset: z.coerce
    .number(m('field.invalid'))
    .int(m('field.invalid'))
    .min(0, m('field.invalid'))
    .max(1_000_000, m('field.invalid'))
    .optional(),
});
