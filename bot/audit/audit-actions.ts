import type { Localized } from '../../core/model';

/**
 * Every action the audit log records, with its label in both languages. The admin routes record
 * the organizer's changes; the privacy routes and bot record exports and erasures; the retention
 * job records its purges.
 */
export const AUDIT_ACTIONS = {
  'forum.settings.update': { da: 'Ændrede forummets indstillinger', en: "Changed the forum's settings" },
  'forum.plan.accept': { da: 'Godkendte udsendelsesplanen', en: 'Accepted the send plan' },
  'department.create': { da: 'Oprettede en afdeling', en: 'Created a department' },
  'department.update': { da: 'Ændrede en afdeling', en: 'Changed a department' },
  'department.delete': { da: 'Slettede en afdeling', en: 'Deleted a department' },
  'member.create': { da: 'Tilføjede et medlem', en: 'Added a member' },
  'member.update': { da: 'Ændrede et medlem', en: 'Changed a member' },
  'member.delete': { da: 'Fjernede et medlem', en: 'Removed a member' },
  'member.import': { da: 'Importerede medlemmer', en: 'Imported members' },
  'round.create': { da: 'Oprettede en udsendelse', en: 'Created a round' },
  'round.sendNow': { da: 'Sendte en runde nu', en: 'Sent a round now' },
  'round.move': { da: 'Flyttede en udsendelse', en: 'Moved a round' },
  'round.cancel': { da: 'Aflyste en udsendelse', en: 'Cancelled a round' },
  'rounds.retime': {
    da: 'Gav planlagte udsendelser nyt tidspunkt (tidszone, sendetid eller stille timer ændret)',
    en: 'Re-timed planned rounds (time zone, send time or quiet hours changed)',
  },
  'delivery.retry': { da: 'Prøvede en levering igen', en: 'Retried a delivery' },
  'delivery.cancel': { da: 'Annullerede en levering', en: 'Cancelled a delivery' },
  'sharing.update': { da: 'Ændrede deling', en: 'Changed sharing' },
  'meeting.record': {
    da: 'Registrerede datoen for mødet med facilitatoren',
    en: 'Recorded the date of the meeting with the facilitator',
  },
  'meeting.notes': {
    da: 'Skrev facilitatorens noter til mødet',
    en: "Wrote the facilitator's meeting notes",
  },
  'conversation.link': { da: 'Knyttede en chat til en afdeling', en: 'Linked a chat to a department' },
  'export.department': { da: 'Eksporterede en afdelings opsamling', en: "Exported a department's summary" },
  'export.forum': { da: 'Eksporterede forummets overblik', en: "Exported the forum's overview" },
  'privacy.export': { da: 'Hentede en persons data', en: "Downloaded a person's data" },
  'privacy.erase': { da: 'Slettede en persons svar', en: "Deleted a person's answers" },
  'retention.purge': {
    da: 'Slettede persondata efter opbevaringsperioden',
    en: 'Purged personal data after the retention period',
  },
} as const satisfies Record<string, Localized>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function isAuditAction(action: string): action is AuditAction {
  return Object.prototype.hasOwnProperty.call(AUDIT_ACTIONS, action);
}

/** The label of an action; an action recorded by a newer version shows as itself. */
export function auditActionLabel(action: string): Localized {
  return isAuditAction(action) ? AUDIT_ACTIONS[action] : { da: action, en: action };
}
