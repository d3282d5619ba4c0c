/** Data subject rights (see, export, erase), retention, and their texts. */
export {
  createRetentionJob,
  type RetentionJob,
  type RetentionJobDeps,
  type RetentionRunReport,
} from './retention-job';
export { retentionInfo, isPurgeDue, type RetentionInfo, type RetentionStatus } from './retention-info';
export {
  collectSubjectData,
  subjectDataJson,
  erasurePreview,
  type SubjectData,
  type SubjectMembership,
} from './subject-data';
export { renderSubjectDocx } from './subject-docx';
export { eraseMemberData, type EraseDeps, type EraseReport } from './erase-member-data';
export { createConfirmTokens, type ConfirmTokens } from './confirm-token';
export { privacyMessages, pt, type PrivacyMessageKey } from './privacy-messages';
