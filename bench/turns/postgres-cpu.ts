import { readFileSync } from 'node:fs';
import { Client } from 'pg';

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * The CPU time of the PostgreSQL backends serving connections named `applicationName` (pg takes
 * the name from PGAPPNAME), read from /proc: so only when PostgreSQL runs on this machine; null
 * otherwise. Backends closed meanwhile are not counted, so compare readings taken close together.
 */
export async function postgresBackendCpuMs(url: string, applicationName: string): Promise<number | null> {
  const client = new Client({ connectionString: url, application_name: 'samskab-bench-probe' });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      'select pid from pg_stat_activity where application_name = $1',
      [applicationName],
    );
    let ticks = 0;
    for (const { pid } of rows) {
      const stat = readProcStat(pid);
      if (stat === null) return null;
      ticks += stat;
    }
    return (ticks * 1000) / TICKS_PER_SECOND;
  } finally {
    await client.end();
  }
}

/** utime + stime of a process, in clock ticks; null if there is no such process here. */
function readProcStat(pid: number): number | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}
