import * as AC from 'adaptivecards';

export interface CardCheck {
  errors: string[];
  inputIds: string[];
}

/** Parses a card with the adaptivecards package the way a client would, and collects every parse and validation problem. */
export function checkCard(json: unknown): CardCheck {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const errors: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    errors.push(`parse: ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  const results = card.validateProperties();
  for (const event of results.validationEvents) {
    errors.push(`validate: ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  const inputIds = card.getAllInputs(true).map((input) => input.id ?? '');
  return { errors, inputIds };
}

/** Throws with every problem listed; for harnesses that check each card in passing. */
export function assertCardValid(card: unknown): void {
  const check = checkCard(card);
  if (check.errors.length) throw new Error(`invalid card: ${check.errors.join('; ')}`);
  if (new Set(check.inputIds).size !== check.inputIds.length) throw new Error('duplicate input ids');
}

/** The Adaptive Card contents of a message activity. */
export function cardsOf(
  activity: { attachments?: Array<{ contentType: string; content?: unknown }> } | undefined,
): Array<Record<string, any>> {
  return (activity?.attachments ?? [])
    .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((a) => a.content as Record<string, any>);
}

/** All TextBlock texts of a card, nested cards included, joined for simple assertions. */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      if (obj.type === 'TextBlock' && typeof obj.text === 'string') out.push(obj.text);
      if (obj.type === 'FactSet' && Array.isArray(obj.facts))
        for (const f of obj.facts as any[]) out.push(`${f.title}: ${f.value}`);
      for (const value of Object.values(obj)) walk(value);
    }
  };
  walk(card);
  return out.join('\n');
}

/** Finds the first action with this verb (Action.Execute) anywhere in the card. */
export function findAction(card: unknown, verb: string, predicate: (data: any) => boolean = () => true): any {
  let found: any;
  const walk = (node: unknown): void => {
    if (found) return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const obj = node as Record<string, any>;
      if (obj.type === 'Action.Execute' && obj.verb === verb && predicate(obj.data)) {
        found = obj;
        return;
      }
      for (const value of Object.values(obj)) walk(value);
    }
  };
  walk(card);
  return found;
}
