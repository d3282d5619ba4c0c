import type { Migration, MigrationProvider } from 'kysely/migration';
import { initialSchema } from './0001-initial';
import { privacyAuditSchema } from './0002-privacy-audit';
import { summaryReadsSchema } from './0003-summary-reads';
import { cardClosesSchema } from './0004-card-closes';
import { usedConfirmCodesSchema } from './0005-used-confirm-codes';
import { keyringSchema } from './0006-keyring';
import { sendLimitsSchema } from './0007-send-limits';
import { cardUpdateViewsSchema } from './0008-card-update-views';
import { answerPagesSchema } from './0009-answer-pages';
import { meetingsSchema } from './0010-meetings';
import { voicesSchema } from './0011-voices';
import { summaryTalliesSchema } from './0012-summary-tallies';
import { meetingAuthorsSchema } from './0014-meeting-authors';
import { forumMeetingMessagesSchema } from './0015-forum-meeting-messages';
import { meetingCardUpdatesSchema } from './0016-meeting-card-updates';

/**
 * Every migration, by name. Names sort in the order they run; add new ones with the next number
 * and never change one that has shipped.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': initialSchema,
  '0002-privacy-audit': privacyAuditSchema,
  '0003-summary-reads': summaryReadsSchema,
  '0004-card-closes': cardClosesSchema,
  '0005-used-confirm-codes': usedConfirmCodesSchema,
  '0006-keyring': keyringSchema,
  '0007-send-limits': sendLimitsSchema,
  '0008-card-update-views': cardUpdateViewsSchema,
  '0009-answer-pages': answerPagesSchema,
  '0010-meetings': meetingsSchema,
  '0011-voices': voicesSchema,
  '0012-summary-tallies': summaryTalliesSchema,
  '0014-meeting-authors': meetingAuthorsSchema,
  // 0013 was never used (numbers are not reused).
  '0015-forum-meeting-messages': forumMeetingMessagesSchema,
  '0016-meeting-card-updates': meetingCardUpdatesSchema,
};

/** A static provider: migrations are compiled in, not read from the file system at run time. */
export const staticMigrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...MIGRATIONS }),
};
