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
let database = 'SQLite';

/** The database the following counts belong to (a column of the table). */
export function tallyDatabase(db: 'sqlite' | 'postgres'): void {
  database = db === 'sqlite' ? 'SQLite' : 'PostgreSQL';
}

export function count(endpoint: string, outcome: 'accepted' | 'rejected' | 'failure' | 'gap'): void {
  const key = `${database}\u0001${endpoint}`;
  const t = tallies.get(key) ?? { tried: 0, accepted: 0, rejected: 0, failures: 0, gaps: 0 };
  t.tried++;
  if (outcome === 'accepted') t.accepted++;
  else if (outcome === 'rejected') t.rejected++;
  else if (outcome === 'gap') t.gaps++;
  else t.failures++;
  tallies.set(key, t);
}

export function printTally(title: string, notes: string[] = []): void {
  if (tallies.size === 0) return;
  const rows = [...tallies.entries()].map(([key, t]) => {
    const [db = '', name = ''] = key.split('\u0001');
    return [name, t, db] as const;
  });
  const width = Math.max(8, ...rows.map(([name]) => name.length));
  const dbWidth = 10;
  const line = (name: string, db: string, a: string, b: string, c: string, d: string, e: string) =>
    `${name.padEnd(width)}  ${db.padEnd(dbWidth)}  ${a.padStart(6)}  ${b.padStart(8)}  ${c.padStart(8)}  ${d.padStart(8)}  ${e.padStart(10)}`;
  const cells = (t: Tally) =>
    [String(t.tried), String(t.accepted), String(t.rejected), String(t.failures), String(t.gaps)] as const;
  const out = [
    `hostile input: ${title}`,
    line('endpoint', 'database', 'tried', 'accepted', 'rejected', 'failures', 'known gaps'),
    ...rows.map(([name, t, db]) => line(name, db, ...cells(t))),
    ...totals(rows).map(([db, t]) => line('TOTAL', db, ...cells(t))),
    ...notes,
  ];
  console.log(out.join('\n'));
  tallies.clear();
}

/** One total per database, in the order the databases ran. */
function totals(rows: ReadonlyArray<readonly [string, Tally, string]>): Array<[string, Tally]> {
  const sums = new Map<string, Tally>();
  for (const [, t, db] of rows) {
    const s = sums.get(db) ?? { tried: 0, accepted: 0, rejected: 0, failures: 0, gaps: 0 };
    sums.set(db, {
      tried: s.tried + t.tried,
      accepted: s.accepted + t.accepted,
      rejected: s.rejected + t.rejected,
      failures: s.failures + t.failures,
      gaps: s.gaps + t.gaps,
    });
  }
  return [...sums.entries()];
}
