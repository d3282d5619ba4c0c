import type { ConnectorStandIn } from '../../tests/support/connector-stand-in';

export interface FanoutFigures {
  label: string;
  expected: number;
  /** Distinct conversations that received the message. */
  delivered: number;
  duplicates: number;
  losses: number;
  requests: number;
  throttled: number;
  seconds: number;
  /** From the start to the first send: claiming and preparing before anything leaves. */
  firstSendSeconds: number;
  achievedPerSecond: number;
  allowedPerSecond: number;
}

/** Reads what the stand-in saw: sends, 429s and the span from the first request to the last send. */
export function figures(
  label: string,
  standIn: ConnectorStandIn,
  expected: number,
  startedAt: number,
  allowedPerSecond: number,
): FanoutFigures {
  const conversations = standIn.sends.map((s) => s.conversationId);
  const delivered = new Set(conversations).size;
  const times = standIn.sends.map((s) => s.at);
  const last = Math.max(...times, startedAt + 1);
  const seconds = (last - startedAt) / 1000;
  const firstSendSeconds = times.length ? (Math.min(...times) - startedAt) / 1000 : seconds;
  return {
    label,
    expected,
    delivered,
    duplicates: conversations.length - delivered,
    losses: expected - delivered,
    requests: standIn.stats.requests,
    throttled: standIn.stats.byStatus[429] ?? 0,
    seconds,
    firstSendSeconds,
    achievedPerSecond: standIn.sends.length / seconds,
    allowedPerSecond,
  };
}

export function print(rows: FanoutFigures[]): void {
  const pct = (n: number) => `${(n * 100).toFixed(2)} %`;
  for (const r of rows) {
    console.log(`\n${r.label}`);
    console.log(
      `  achieved send rate / allowed rate : ${(r.achievedPerSecond / r.allowedPerSecond).toFixed(3)}  (${r.achievedPerSecond.toFixed(1)}/s of ${r.allowedPerSecond}/s over ${r.seconds.toFixed(1)} s)`,
    );
    const after = r.seconds - r.firstSendSeconds;
    console.log(
      `  from the first send on / allowed  : ${after > 0 ? ((r.achievedPerSecond * r.seconds - 1) / after / r.allowedPerSecond).toFixed(3) : '-'}  (first send after ${r.firstSendSeconds.toFixed(1)} s)`,
    );
    console.log(
      `  all requests / allowed rate       : ${(r.requests / r.seconds / r.allowedPerSecond).toFixed(3)}  (${r.requests} requests incl. 429s and member reads)`,
    );
    console.log(
      `  share of requests answered 429    : ${pct(r.requests ? r.throttled / r.requests : 0)}  (${r.throttled} of ${r.requests})`,
    );
    console.log(
      `  duplicates / recipients           : ${(r.duplicates / r.expected).toFixed(4)}  (${r.duplicates})`,
    );
    console.log(`  losses / recipients               : ${(r.losses / r.expected).toFixed(4)}  (${r.losses})`);
  }
}
