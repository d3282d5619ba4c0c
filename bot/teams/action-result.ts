import type { Card } from './cards';

/** What a card action produced: a card for the person who acted (with a short text), or only a text. */
export type ActionResult = { kind: 'card'; card: Card; text: string } | { kind: 'text'; text: string };
