import type { ForumUpdate } from '../../../../../core/api/schemas';
import type { Forum } from '../../../../../core/model';

/** The settings form's editable copy of a forum: exactly the PUT body's shape. */
export function draftFromForum(forum: Forum): ForumUpdate {
  return {
    name: { ...forum.name },
    assignment: { ...forum.assignment },
    kickoffDate: forum.kickoffDate,
    finalMeetingDate: forum.finalMeetingDate,
    timeZone: forum.timeZone,
    defaultLocale: forum.defaultLocale,
    settings: {
      ...forum.settings,
      quietHours: forum.settings.quietHours ? { ...forum.settings.quietHours } : null,
      blackoutPeriods: forum.settings.blackoutPeriods.map((b) => ({ ...b })),
    },
  };
}

/** The first server message for a field path or anything below it ("settings.blackoutPeriods.0"). */
export function fieldError(fields: Record<string, string>, path: string): string | undefined {
  if (fields[path]) return fields[path];
  const nested = Object.keys(fields).find((k) => k.startsWith(`${path}.`));
  return nested ? fields[nested] : undefined;
}

/** "3" -> 3; "" or junk -> NaN (sent as is, so the server explains what is wrong). */
export function toNumber(value: string): number {
  return value.trim() === '' ? Number.NaN : Number(value);
}
