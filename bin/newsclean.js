#!/usr/bin/env node
// The newsclean command: wires the process's streams to the CLI and exits with its code.
// CommonJS (bin/package.json), like everything it loads: starting Node's ES module loader for the
// first file took some 10 ms of a short article's run.
'use strict';

// Piped into `head`: the reader went away; stop quietly.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // `newsclean --version` loads nothing else: it answers as fast as Node.js starts.
  process.stdout.write(`${require('../package.json').version}\n`);
} else {
  // The command line bundled at build time, with its compiled code (src/cli/bundle.mjs): two files
  // to read, not ninety to resolve and compile. The loader is dist/cli/load-bundle.js, bundled as
  // CommonJS.
  const { loadBundle } = require('../dist/bundle/load.cjs');
  const { main } = loadBundle();
  // Ctrl-C: the first one lets the current file finish or roll back and stops the run (exit 130);
  // a second one stops at once (files being written stay as they were: writes are atomic).
  const interrupt = new AbortController();
  process.on('SIGINT', () => {
    if (interrupt.signal.aborted) process.exit(130);
    interrupt.abort();
  });
  main({
    argv: args,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    signal: interrupt.signal,
  }).then((code) => {
    process.exitCode = code;
    // Standard input may still be open (an interrupted read): do not wait for it.
    if (interrupt.signal.aborted) process.exit(code);
  });
}
