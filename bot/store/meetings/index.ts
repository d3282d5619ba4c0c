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
export { VOICES_WAITING } from './meeting-store';
export { KyselyMeetingStore } from './kysely-meeting-store';
