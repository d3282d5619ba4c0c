/** Faults the stand-in injects, in order, into the requests they match. */
export type FaultKind =
  | 429
  | 403
  | 404
  | 412
  | 500
  | 502
  | 503
  | 504
  /** Hold the request without handling it, then drop the socket (never recorded). */
  | 'timeout'
  /** Drop the socket at once (never recorded). */
  | 'reset'
  /** Accepted but slow answer: the send or update is recorded, its answer comes `holdMs` later. */
  | 'slow-answer';

export interface FaultRule {
  kind: FaultKind;
  /** How many matching requests get this fault (Infinity: all). */
  times: number;
  /** Only this conversation (default: any). */
  conversationId?: string;
  /** Only sends (POST activities), only creates, or any request (default: send). */
  on?: 'send' | 'create' | 'any';
  /** For 429/503: the Retry-After header, in seconds (omitted when undefined). */
  retryAfterSeconds?: number;
  /** For 'timeout': how long to hold the request before dropping the socket; for 'slow-answer': the answer's delay (default 60 s). */
  holdMs?: number;
}

export class FaultPlan {
  private readonly rules: FaultRule[] = [];

  add(rule: FaultRule): void {
    this.rules.push({ ...rule });
  }

  clear(): void {
    this.rules.length = 0;
  }

  /** The fault for this request, consuming one use of the first matching rule. */
  take(op: 'send' | 'create' | 'update' | 'read', conversationId: string | null): FaultRule | null {
    for (let i = 0; i < this.rules.length; i++) {
      const rule = this.rules[i]!;
      const on = rule.on ?? 'send';
      if (on !== 'any' && on !== op) continue;
      if (rule.conversationId && rule.conversationId !== conversationId) continue;
      rule.times--;
      if (rule.times <= 0) this.rules.splice(i, 1);
      return rule;
    }
    return null;
  }
}
