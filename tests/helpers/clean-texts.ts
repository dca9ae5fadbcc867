// Real, professionally edited English (fixtures/clean: the corpus's clean texts; fixtures/clean-extra:
// more, sources in its SOURCES.md). Every rule must leave each of them alone, except lines that the
// corpus annotation marks as page furniture a cleaner may remove (`optional_remove`, such as a
// site's `All news` label above the title), listed one per line in `<name>.optional-remove`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const CLEAN_DIRS = ['fixtures/clean/', 'fixtures/clean-extra/'];
const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

export interface CleanText {
  readonly path: string;
  readonly text: string;
  /** Lines (trimmed) that may be removed whole. */
  readonly optional: ReadonlySet<string>;
}

export const cleanTexts: readonly CleanText[] = CLEAN_DIRS.flatMap((dir) =>
  readdirSync(new URL(dir, root))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const path = `${dir}${name}`;
      const list = path.replace(/\.txt$/, '.optional-remove');
      const optional = existsSync(new URL(list, root)) ? new Set(read(list).split('\n').filter((line) => line !== '')) : new Set<string>();
      return { path, text: read(path), optional };
    }),
);

/** Whether an edit removes only whole optional lines (and the blank lines around them). */
export function removesOnlyOptional(clean: CleanText, before: string, after: string): boolean {
  if (after !== '' || clean.optional.size === 0) return false;
  const lines = before.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  return lines.length > 0 && lines.every((line) => clean.optional.has(line));
}

/** The text without its optional lines and the blank lines they leave. */
export function withoutOptional(clean: CleanText, text: string): string {
  if (clean.optional.size === 0) return text;
  return text
    .split('\n')
    .filter((line) => !clean.optional.has(line.trim()))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '');
}
