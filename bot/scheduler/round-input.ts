import { z } from 'zod';

const kind = z.enum(['prompt', 'reminder', 'finalCall']);

export const createRoundInput = z.object({
  forumId: z.string().min(1),
  departmentId: z.string().min(1).nullable(),
  kind,
  questionIds: z.array(z.string().min(1)).min(1).max(50),
  localDate: z.string(),
  localTime: z.string(),
  /** The organizer chose "send anyway" for a closed day or quiet hours. */
  acceptOutsideHours: z.boolean().optional(),
});
export type CreateRoundInput = z.infer<typeof createRoundInput>;

export const sendNowInput = z.object({
  forumId: z.string().min(1),
  departmentId: z.string().min(1).nullable(),
  kind,
  questionIds: z.array(z.string().min(1)).min(1).max(50),
});
export type SendNowInput = z.infer<typeof sendNowInput>;
