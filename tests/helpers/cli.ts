// Runs the CLI in-process with in-memory streams.
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(
  argv: readonly string[],
  options: { stdin?: string | Buffer; env?: NodeJS.ProcessEnv; tty?: boolean; cwd?: string } = {},
): Promise<CliRun> {
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? '');
  const stdout = Object.assign(new PassThrough(), { isTTY: options.tty ?? false });
  const stderr = Object.assign(new PassThrough(), { isTTY: options.tty ?? false });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const code = await main({ argv, stdin, stdout, stderr, env: options.env ?? {}, ...(options.cwd ? { cwd: options.cwd } : {}) });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}
