import type { Activity, Attachment } from 'botbuilder';

/** Adaptive Card JSON as sent to Teams; kept loose on purpose, the tests validate it with the adaptivecards package. */
export type CardElement = Record<string, unknown>;
export type Card = CardElement & { type: 'AdaptiveCard'; version: string; body: CardElement[] };

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
export const CARD_VERSION = '1.5';

export function adaptiveCard(body: CardElement[], extra: CardElement = {}): Card {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    body,
    msteams: { width: 'Full' },
    ...extra,
  };
}

export function text(value: string, options: CardElement = {}): CardElement {
  return { type: 'TextBlock', text: value, wrap: true, ...options };
}

export function heading(value: string, size: 'Medium' | 'Large' = 'Medium'): CardElement {
  return text(value, { size, weight: 'Bolder', style: 'heading' });
}

export function subtle(value: string): CardElement {
  return text(value, { isSubtle: true, spacing: 'Small' });
}

export function factSet(facts: Array<[string, string]>): CardElement {
  return { type: 'FactSet', facts: facts.map(([title, value]) => ({ title, value })) };
}

export function container(items: CardElement[], options: CardElement = {}): CardElement {
  return { type: 'Container', items, ...options };
}

export function actionSet(actions: CardElement[]): CardElement {
  return { type: 'ActionSet', actions };
}

/** Action.Execute (Universal Actions) with an Action.Submit fallback for clients without it. */
export function execute(
  title: string,
  verb: string,
  data: Record<string, unknown>,
  options: CardElement = {},
): CardElement {
  const payload = { ...data, samskab: verb };
  return {
    type: 'Action.Execute',
    title,
    verb,
    data: payload,
    ...options,
    fallback: { type: 'Action.Submit', title, data: payload, ...options },
  };
}

export function showCard(title: string, card: Card): CardElement {
  return { type: 'Action.ShowCard', title, card };
}

export function openUrl(title: string, url: string): CardElement {
  return { type: 'Action.OpenUrl', title, url };
}

export function cardAttachment(card: Card): Attachment {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card };
}

export function cardActivity(card: Card, summary?: string): Partial<Activity> {
  return { type: 'message', attachments: [cardAttachment(card)], ...(summary ? { summary } : {}) };
}

export function cardBytes(activity: Partial<Activity>): number {
  return Buffer.byteLength(JSON.stringify(activity), 'utf8');
}
