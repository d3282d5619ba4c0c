export type {
  FacilitatorMeeting,
  MeetingMessage,
  MeetingMessageOutcome,
  MeetingMessageState,
  MeetingStore,
  RecordMeetingInput,
} from './meeting-store';
export { KyselyMeetingStore } from './kysely-meeting-store';
