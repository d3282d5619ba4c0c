import { writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A few lines for the end of the test run (printed by tests/support/summary-reporter.js after
 * Jest's own output); printed at once when the reporter is not in use.
 */
export function addRunNote(name: string, text: string): void {
  const dir = process.env.SAMSKAB_RUN_NOTES_DIR;
  if (dir) writeFileSync(path.join(dir, `${name.replace(/[^\w-]/g, '_')}.txt`), `${text}\n`);
  else console.log(text);
}
