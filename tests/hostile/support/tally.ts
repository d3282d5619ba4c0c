/** Counts of cases tried per endpoint, printed as one compact table at the end of the suite. */
export interface Tally {
  tried: number;
  accepted: number;
  rejected: number;
  failures: number;
  /** Known gaps in others' code, tracked by test.failing (listed in the notes). */
  gaps: number;
}

const tallies = new Map<string, Tally>();

export function count(endpoint: string, outcome: 'accepted' | 'rejected' | 'failure' | 'gap'): void {
  const t = tallies.get(endpoint) ?? { tried: 0, accepted: 0, rejected: 0, failures: 0, gaps: 0 };
  t.tried++;
  if (outcome === 'accepted') t.accepted++;
  else if (outcome === 'rejected') t.rejected++;
  else if (outcome === 'gap') t.gaps++;
  else t.failures++;
  tallies.set(endpoint, t);
}

export function printTally(title: string, notes: string[] = []): void {
  if (tallies.size === 0) return;
  const rows = [...tallies.entries()];
  const width = Math.max(8, ...rows.map(([name]) => name.length));
  const line = (name: string, a: string, b: string, c: string, d: string, e: string) =>
    `${name.padEnd(width)}  ${a.padStart(6)}  ${b.padStart(8)}  ${c.padStart(8)}  ${d.padStart(8)}  ${e.padStart(10)}`;
  const total = rows.reduce(
    (s, [, t]) => ({
      tried: s.tried + t.tried,
      accepted: s.accepted + t.accepted,
      rejected: s.rejected + t.rejected,
      failures: s.failures + t.failures,
      gaps: s.gaps + t.gaps,
    }),
    { tried: 0, accepted: 0, rejected: 0, failures: 0, gaps: 0 },
  );
  const cells = (t: Tally) =>
    [String(t.tried), String(t.accepted), String(t.rejected), String(t.failures), String(t.gaps)] as const;
  const out = [
    `hostile input: ${title}`,
    line('endpoint', 'tried', 'accepted', 'rejected', 'failures', 'known gaps'),
    ...rows.map(([name, t]) => line(name, ...cells(t))),
    line('TOTAL', ...cells(total)),
    ...notes,
  ];
  console.log(out.join('\n'));
  tallies.clear();
}
