import { z } from 'zod';

/** Verbs carried by every card action (Action.Execute verb and `data.samskab` for the Submit fallback). */
export const VERBS = [
  'answer',
  'edit',
  'refresh',
  'linkDepartment',
  'questions',
  'meetingDate',
  'meetingNotes',
] as const;
export type Verb = (typeof VERBS)[number];

const id = z.string().min(1).max(200);

export const answerActionSchema = z.object({
  samskab: z.literal('answer'),
  forumId: id,
  questionId: id,
  roundId: id.nullable().optional(),
  departmentId: id.nullable().optional(),
  /** The member's answer revision the card was built from (0 = none); absent on group-chat cards. */
  rev: z.number().int().min(0).nullable().optional(),
  /** The questions on the card, so the answered view can show the same card again. */
  qids: z.array(id).max(50).optional(),
});

export const editActionSchema = answerActionSchema.extend({ samskab: z.literal('edit') });

export const refreshActionSchema = z.object({
  samskab: z.literal('refresh'),
  forumId: id,
  roundId: id,
  departmentId: id.nullable().optional(),
});

export const linkActionSchema = z.object({
  samskab: z.literal('linkDepartment'),
  forumId: id,
});

export const questionsActionSchema = z.object({ samskab: z.literal('questions') });

/** The facilitator meeting's date (inputs meetingDate, meetingStart, meetingEnd) and the facilitator's notes. */
export const meetingDateActionSchema = z.object({
  samskab: z.literal('meetingDate'),
  forumId: id,
  departmentId: id,
});
export const meetingNotesActionSchema = z.object({
  samskab: z.literal('meetingNotes'),
  forumId: id,
  departmentId: id,
});

export const cardActionSchema = z.discriminatedUnion('samskab', [
  answerActionSchema,
  editActionSchema,
  refreshActionSchema,
  linkActionSchema,
  questionsActionSchema,
  meetingDateActionSchema,
  meetingNotesActionSchema,
]);

export type AnswerAction = z.infer<typeof answerActionSchema>;
export type EditAction = z.infer<typeof editActionSchema>;
export type RefreshAction = z.infer<typeof refreshActionSchema>;
export type CardAction = z.infer<typeof cardActionSchema>;

/** Input ids are unique per card: one prefix per question. */
export function inputId(questionNumber: number, field: string): string {
  return `q${questionNumber}_${field}`;
}

export const LINK_DEPARTMENT_INPUT = 'departmentId';
