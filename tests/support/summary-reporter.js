const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

// Prints the plain closing line CI reads: "tests: N passed, N failed, N skipped", after any
// run notes the tests left (tests/support/run-notes.ts), e.g. the authorization matrix's size.
class SummaryReporter {
  constructor() {
    this.notesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samskab-run-notes-'));
    // Inherited by the test workers, which are started after the reporters.
    process.env.SAMSKAB_RUN_NOTES_DIR = this.notesDir;
  }

  onRunComplete(_contexts, results) {
    const notes = fs
      .readdirSync(this.notesDir)
      .sort()
      .map((name) => fs.readFileSync(path.join(this.notesDir, name), 'utf8').trimEnd());
    fs.rmSync(this.notesDir, { recursive: true, force: true });
    if (notes.length) process.stdout.write(`\n${notes.join('\n')}\n`);
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(`\ntests: ${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
module.exports = SummaryReporter;
