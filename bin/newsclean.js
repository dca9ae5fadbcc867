#!/usr/bin/env node
// The newsclean command: wires the process's streams to the CLI and exits with its code.

// Piped into `head`: the reader went away; stop quietly.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // `newsclean --version` loads nothing else: it answers as fast as Node.js starts.
  const { VERSION } = await import('../dist/cli/version.js');
  process.stdout.write(`${VERSION}\n`);
} else {
  // The command line bundled at build time, with its compiled code (src/cli/bundle.mjs): two files
  // to read, not ninety to resolve and compile.
  const { loadBundle } = await import('../dist/cli/load-bundle.js');
  const { main } = loadBundle();
  // Ctrl-C: the first one lets the current file finish or roll back and stops the run (exit 130);
  // a second one stops at once (files being written stay as they were: writes are atomic).
  const interrupt = new AbortController();
  process.on('SIGINT', () => {
    if (interrupt.signal.aborted) process.exit(130);
    interrupt.abort();
  });
  process.exitCode = await main({
    argv: args,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    signal: interrupt.signal,
  });
  // Standard input may still be open (an interrupted read): do not wait for it.
  if (interrupt.signal.aborted) process.exit(process.exitCode);
}
