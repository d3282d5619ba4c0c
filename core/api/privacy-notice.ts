/** GET /api/privacy-notice — public (no sign-in): what the tab's privacy page fills in from the deployment. */
export interface PrivacyNoticeResponse {
  /** The data controller (the organization deploying the app); null: the operator has not set it. */
  controller: { name: string; contact: string | null } | null;
  /** Where the data lives, as the operator states it (e.g. "Azure, Sweden Central"); null: not set. */
  dataLocation: string | null;
  /** The kind of database this server uses. */
  database: 'postgres' | 'sqlite';
  /** The forums' retention periods in days after the final meeting (distinct, ascending). */
  retentionDays: number[];
}
