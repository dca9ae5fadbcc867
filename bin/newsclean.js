#!/usr/bin/env node
// The newsclean command: wires the process's streams to the CLI and exits with its code.
import { main } from '../dist/cli/main.js';

// Piped into `head`: the reader went away; stop quietly.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main({
  argv: process.argv.slice(2),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
