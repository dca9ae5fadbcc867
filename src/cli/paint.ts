// Colour, decided once per run: on for a terminal unless NO_COLOR or --no-color says otherwise.
// chalk is loaded only when colour is actually on.

/** The styles reports use; identity functions when colour is off (but for the word diff's markers). */
export interface Paint {
  rule(text: string): string;
  dim(text: string): string;
  added(text: string): string;
  removed(text: string): string;
  ok(text: string): string;
  warn(text: string): string;
  error(text: string): string;
  hunk(text: string): string;
  bold(text: string): string;
  /** A word diff's removed and inserted text: struck through in red and green, or `[-…-]` and `{+…+}` without colour. */
  deleted(text: string): string;
  inserted(text: string): string;
}

const plain = (text: string): string => text;

export const NO_PAINT: Paint = {
  rule: plain,
  dim: plain,
  added: plain,
  removed: plain,
  ok: plain,
  warn: plain,
  error: plain,
  hunk: plain,
  bold: plain,
  deleted: (text) => `[-${text}-]`,
  inserted: (text) => `{+${text}+}`,
};

/**
 * `--color` forces colour on and `--no-color` off; otherwise NO_COLOR (any value) turns it off,
 * FORCE_COLOR turns it on, and the stream being a terminal decides.
 */
export function wantsColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, stream: { isTTY?: boolean }): boolean {
  if (flag !== undefined) return flag;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0') return true;
  return stream.isTTY === true;
}

export async function createPaint(color: boolean): Promise<Paint> {
  if (!color) return NO_PAINT;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return {
    rule: chalk.cyan,
    dim: chalk.dim,
    added: chalk.green,
    removed: chalk.red,
    ok: chalk.green,
    warn: chalk.yellow,
    error: chalk.red,
    hunk: chalk.magenta,
    bold: chalk.bold,
    deleted: chalk.red.strikethrough,
    inserted: chalk.green,
  };
}
