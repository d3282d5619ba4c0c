import type { Forum, MeetingSettings } from '../model';

/** The defaults of the forum's meeting settings, for forums saved before they existed. */
export const DEFAULT_MEETING_SETTINGS: MeetingSettings = {
  bookingAfterWorkingDays: 5,
  bookingRepeatWorkingDays: 5,
  briefingWorkingDaysBefore: 2,
  meetingMinutes: 60,
  meetingStartTime: '10:00',
};

/** The forum's meeting settings, each missing one taken from the defaults. */
export function meetingSettingsOf(forum: Pick<Forum, 'settings'>): MeetingSettings {
  return { ...DEFAULT_MEETING_SETTINGS, ...forum.settings.meetings };
}
