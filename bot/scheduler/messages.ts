import { catalogError } from '../../core/errors';
import { translator, type MessageCatalog } from '../../core/i18n';

/** Texts the scheduler shows organizers (errors and delivery reasons), Danish first. */
export const schedulerMessages = {
  'forum.notFound': { da: 'Forløbet findes ikke.', en: 'The forum does not exist.' },
  'round.notFound': { da: 'Runden findes ikke.', en: 'The round does not exist.' },
  'round.notChangeable': {
    da: 'Runden er {state} og kan ikke ændres.',
    en: 'The round is {state} and cannot be changed.',
  },
  'round.invalidInput': {
    da: 'Rundens oplysninger er ugyldige: {detail}',
    en: 'The round details are invalid: {detail}',
  },
  'round.confirmOutsideHours': {
    da: 'Udsendelsen falder uden for arbejdstid. {reasons} Vælg "Send alligevel", hvis den skal sendes på det tidspunkt.',
    en: 'The round falls outside working hours. {reasons} Choose "Send anyway" if it should be sent at that time.',
  },
  'delivery.notFound': { da: 'Afsendelsen findes ikke.', en: 'The delivery does not exist.' },
  'delivery.notRetryable': {
    da: 'Kun fejlede eller uafleverede afsendelser kan sendes igen (denne er {state}).',
    en: 'Only failed or unreachable deliveries can be retried (this one is {state}).',
  },
  'delivery.arrived': {
    da: 'Kortet er nået frem: modtageren har svaret på rundens spørgsmål, efter det blev sendt. Det sendes ikke igen.',
    en: "The card arrived: the recipient has answered the round's questions since it was sent. It is not sent again.",
  },
  'delivery.notCancellable': {
    da: 'Kun ventende afsendelser kan annulleres (denne er {state}).',
    en: 'Only pending deliveries can be cancelled (this one is {state}).',
  },
  'state.planned': { da: 'planlagt', en: 'planned' },
  'state.materialized': { da: 'i gang med at blive sendt', en: 'being sent' },
  'state.cancelled': { da: 'annulleret', en: 'cancelled' },
  'state.missed': { da: 'sprunget over (for gammel efter nedetid)', en: 'missed (too old after downtime)' },
} as const satisfies MessageCatalog;

export type SchedulerMessageKey = keyof typeof schedulerMessages;

export const tScheduler = translator(schedulerMessages);

/** An HttpError from the scheduler's catalog (the organizer sees it in the tab or in chat). */
export const schedulerError = catalogError(schedulerMessages);

/** Both languages of one message. */
export function localized(key: SchedulerMessageKey, params?: Record<string, string | number>) {
  return { da: tScheduler('da', key, params), en: tScheduler('en', key, params) };
}
