export type {
  FacilitatorMeeting,
  MeetingAuthorErasure,
  MeetingPurge,
  MeetingMessage,
  MeetingMessageOutcome,
  MeetingMessageState,
  MeetingStore,
  QueuedMessageKind,
  RecordMeetingInput,
} from './meeting-store';
export { FINAL_MEETING_CHAT, VOICES_WAITING } from './meeting-store';
export { KyselyMeetingStore } from './kysely-meeting-store';
