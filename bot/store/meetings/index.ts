export type {
  FacilitatorMeeting,
  MeetingAuthorErasure,
  MeetingCardUpdate,
  MeetingCardUpdateOutcome,
  MeetingCardUpdateState,
  MeetingCardView,
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
