import type { DeliveryState, Localized } from '../model';

interface Rule {
  matches(error: string): boolean;
  advice: Localized;
}

const has =
  (...parts: RegExp[]) =>
  (error: string) =>
    parts.some((p) => p.test(error));

/** Raw connector and scheduler reasons (English, for logs) turned into what an organizer can do. */
const RULES: readonly Rule[] = [
  {
    matches: has(/may have arrived/),
    advice: {
      da: 'Teams svarede ikke i tide, så beskeden kan være nået frem. Spørg personen, om kortet er kommet, før du sender igen (Samskab sender ikke selv igen for ikke at sende dobbelt).',
      en: 'Teams did not answer in time, so the message may have arrived. Ask the person whether the card came before you retry (Samskab does not resend by itself, to avoid sending twice).',
    },
  },
  {
    matches: has(/HTTP 403/, /blocked or removed the bot/),
    advice: {
      da: 'Personen har blokeret eller fjernet Samskab i Teams. Bed personen åbne appen igen; send så igen.',
      en: 'The person blocked or removed Samskab in Teams. Ask them to open the app again, then retry.',
    },
  },
  {
    matches: has(
      /not installed/,
      /could not create a personal chat/,
      /UserNotFound/,
      /no tenant\/serviceUrl/,
    ),
    advice: {
      da: 'Samskab er ikke installeret for personen i Teams. Bed personen installere appen (eller installér den for hele organisationen); send så igen.',
      en: 'Samskab is not installed for this person in Teams. Ask them to install the app (or install it for everyone); then retry.',
    },
  },
  {
    matches: has(
      /HTTP 404/,
      /uninstalled/,
      /is gone/,
      /group chat is unreachable/,
      /removed from the group chat/,
      /conversation is unreachable/,
    ),
    advice: {
      da: 'Chatten findes ikke længere, eller appen er fjernet fra den. Tilføj Samskab til chatten igen, eller knyt afdelingen til en anden chat.',
      en: 'The chat no longer exists or the app was removed from it. Add Samskab to the chat again, or link the department to another chat.',
    },
  },
  {
    matches: has(/^stale/),
    advice: {
      da: 'Ikke sendt: udsendelsen var for gammel, da serveren kom op igen efter nedetid. Send runden igen, hvis den stadig er aktuel.',
      en: 'Not sent: the round was too old when the server came back after downtime. Send the round again if it still matters.',
    },
  },
  {
    matches: has(/HTTP 429/, /rate limit/, /HTTP 5\d\d/, /timeout/, /network:/, /gave up after/),
    advice: {
      da: 'Teams svarede ikke eller bad os vente, også efter flere forsøg. Prøv igen om lidt; sker det igen, se serverens log.',
      en: 'Teams did not answer or asked us to wait, even after several attempts. Retry in a while; if it happens again, check the server log.',
    },
  },
];

const FALLBACK: Localized = {
  da: 'Beskeden kunne ikke sendes. Prøv igen; sker det igen, se serverens log med fejlteksten nedenfor.',
  en: 'The message could not be sent. Retry; if it happens again, check the server log with the error text below.',
};

/**
 * What an organizer can do about a failed or unreachable delivery, in words they know. The raw
 * reason stays available beside it for whoever reads the logs. Null for deliveries that went fine.
 */
export function deliveryAdvice(state: DeliveryState, lastError: string | null): Localized | null {
  if (state !== 'failed' && state !== 'unreachable') return null;
  const error = lastError ?? '';
  return RULES.find((rule) => rule.matches(error))?.advice ?? FALLBACK;
}
