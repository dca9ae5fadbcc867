// In-place writes: atomic, through symbolic links to the target, never over a version of the file
// that newsclean did not read, never over a read-only file, and never changing a file's owner,
// group, mode or hard links without being told to.
import { spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, chownSync, linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSource } from '../../src/cli/input.js';
import { ChangedFileError, openAtomicWriter, RefusedWriteError, writeAtomically } from '../../src/cli/write.js';
import { runCli } from '../helpers/cli.js';

const made: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'newsclean-write-'));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) {
    chmodSync(dir, 0o700);
    rmSync(dir, { recursive: true, force: true });
  }
});

const DIRTY = 'US Secretary of State Anthony Blingen told reporters.\n';
const FIXED = 'US Secretary of State Antony Blinken told reporters.\n';
const BIN = new URL('../../bin/newsclean.js', import.meta.url).pathname;
const isRoot = process.getuid?.() === 0;
/** The user the unprivileged runs are made as when the tests run as root. */
const NOBODY = 65534;

/**
 * Runs the built command as an unprivileged user: as "nobody" when the tests run as root (whom
 * permissions do not stop), as the current user otherwise.
 */
function runUnprivileged(argv: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const user = isRoot ? { uid: NOBODY, gid: NOBODY } : {};
  const run = spawnSync(process.execPath, [BIN, ...argv], { cwd, encoding: 'utf8', ...user });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A folder the unprivileged user owns. */
function ownFolder(): string {
  const dir = tempDir();
  if (isRoot) chownSync(dir, NOBODY, NOBODY);
  return dir;
}

/** A file the unprivileged user owns, in `dir`. */
function ownFile(dir: string, name: string, text: string, mode = 0o644): string {
  const path = join(dir, name);
  writeFileSync(path, text, { mode });
  chmodSync(path, mode);
  if (isRoot) chownSync(path, NOBODY, NOBODY);
  return path;
}
const temporaries = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('atomic writes', () => {
  it('replaces the file it read and keeps its mode', async () => {
    const dir = tempDir();
    const path = join(dir, 'a.txt');
    writeFileSync(path, 'old\n', { mode: 0o640 });
    const source = await readSource(path, process.stdin);
    await writeAtomically(path, 'new\n', { expected: source.stamp });
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(temporaries(dir)).toEqual([]);
  });

  it('refuses to replace a file another program changed after it was read', async () => {
    const dir = tempDir();
    const path = join(dir, 'a.txt');
    writeFileSync(path, 'old\n');
    const source = await readSource(path, process.stdin);
    appendFileSync(path, 'their line\n');
    await expect(writeAtomically(path, 'new\n', { expected: source.stamp })).rejects.toBeInstanceOf(ChangedFileError);
    expect(readFileSync(path, 'utf8')).toBe('old\ntheir line\n');
    expect(temporaries(dir)).toEqual([]);
  });

  it('refuses even when the other version has the same size', async () => {
    const dir = tempDir();
    const path = join(dir, 'a.txt');
    writeFileSync(path, 'old\n');
    const source = await readSource(path, process.stdin);
    await new Promise((resolve) => setTimeout(resolve, 5));
    writeFileSync(path, 'OLD\n');
    await expect(writeAtomically(path, 'new\n', { expected: source.stamp })).rejects.toBeInstanceOf(ChangedFileError);
    expect(readFileSync(path, 'utf8')).toBe('OLD\n');
  });

  it('a streamed write is refused when the file changed while it was being cleaned', async () => {
    const dir = tempDir();
    const path = join(dir, 'big.txt');
    writeFileSync(path, 'piece one\n');
    const writer = await openAtomicWriter(path);
    await writer.write('piece one, cleaned\n');
    appendFileSync(path, 'appended meanwhile\n');
    await expect(writer.commit()).rejects.toBeInstanceOf(ChangedFileError);
    expect(readFileSync(path, 'utf8')).toBe('piece one\nappended meanwhile\n');
    expect(temporaries(dir)).toEqual([]);
  });

  it('abort leaves the file and no temporary behind', async () => {
    const dir = tempDir();
    const path = join(dir, 'a.txt');
    writeFileSync(path, 'old\n');
    const writer = await openAtomicWriter(path);
    await writer.write('new\n');
    await writer.abort();
    expect(readFileSync(path, 'utf8')).toBe('old\n');
    expect(temporaries(dir)).toEqual([]);
  });
});

describe('--write refuses what it may not or should not replace', () => {
  it('refuses a read-only file, exit 2, and leaves it untouched', () => {
    const dir = ownFolder();
    const path = ownFile(dir, 'ro.txt', DIRTY, 0o444);
    const run = runUnprivileged(['--write', 'ro.txt'], dir);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'newsclean: ro.txt: read-only; not written. Make it writable first (chmod u+w) if it should be cleaned.\n',
    });
    expect(readFileSync(path, 'utf8')).toBe(DIRTY);
    expect(statSync(path).mode & 0o777).toBe(0o444);
  });

  it('refuses a file whose mode lets nobody write it even to root, in process', async () => {
    const dir = tempDir();
    const path = join(dir, 'ro.txt');
    writeFileSync(path, DIRTY, { mode: 0o444 });
    const run = await runCli(['--write', 'ro.txt', '--overwrite'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('newsclean: ro.txt: read-only; not written. Make it writable first (chmod u+w) if it should be cleaned.\n');
    expect(readFileSync(path, 'utf8')).toBe(DIRTY);
  });

  it('refuses a large read-only file, cleaned piece by piece, the same way', async () => {
    const dir = tempDir();
    const path = join(dir, 'big.txt');
    const text = Array.from({ length: 40_000 }, (_, i) => `Paragraph ${i} of the long report is here.\n`).join('\n');
    expect(text.length).toBeGreaterThan(1024 * 1024);
    writeFileSync(path, `${text}\n${DIRTY}`, { mode: 0o444 });
    const run = await runCli(['--write', 'big.txt'], { cwd: dir });
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: 'newsclean: big.txt: read-only; not written. Make it writable first (chmod u+w) if it should be cleaned.\n' });
    expect(readdirSync(dir)).toEqual(['big.txt']);
    writeFileSync(join(dir, 'clean.txt'), text, { mode: 0o444 });
    expect(await runCli(['--write', 'clean.txt'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('says nothing about a read-only file that is already clean', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ro.txt'), FIXED, { mode: 0o444 });
    expect(await runCli(['--write', 'ro.txt'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('refuses a file with other hard links; --overwrite writes into it, and every name shows the new text', async () => {
    const dir = tempDir();
    const path = join(dir, 'a.txt');
    writeFileSync(path, DIRTY);
    linkSync(path, join(dir, 'other-name.txt'));
    const refused = await runCli(['--write', 'a.txt'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'newsclean: a.txt: has 1 other name (hard link), which would keep the old text if newsclean replaced the file; not written. Pass --overwrite to write into the file itself, which every name shows (not atomic).\n',
    );
    expect(readFileSync(path, 'utf8')).toBe(DIRTY);
    const inode = statSync(path).ino;
    expect(await runCli(['--write', '--overwrite', 'a.txt'], { cwd: dir })).toEqual({ code: 0, stdout: 'fixed a.txt (1 edit)\n', stderr: '' });
    expect(readFileSync(join(dir, 'other-name.txt'), 'utf8')).toBe(FIXED);
    expect(statSync(path)).toMatchObject({ ino: inode, nlink: 2 });
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'other-name.txt']);
  });

  it('--overwrite still refuses to write over another program’s version', async () => {
    const dir = tempDir();
    const path = join(dir, 'a.txt');
    writeFileSync(path, 'old\n');
    linkSync(path, join(dir, 'b.txt'));
    const writer = await openAtomicWriter(path, { overwrite: true });
    await writer.write('new\n');
    appendFileSync(path, 'theirs\n');
    await expect(writer.commit()).rejects.toBeInstanceOf(ChangedFileError);
    expect(readFileSync(path, 'utf8')).toBe('old\ntheirs\n');
  });

  it.skipIf(!isRoot)('keeps the owner and group of a file that belongs to someone else (run as root)', async () => {
    const dir = tempDir();
    const path = join(dir, 'theirs.txt');
    writeFileSync(path, DIRTY, { mode: 0o640 });
    chownSync(path, NOBODY, NOBODY);
    const run = await runCli(['--write', 'theirs.txt'], { cwd: dir });
    expect(run).toEqual({ code: 0, stdout: 'fixed theirs.txt (1 edit)\n', stderr: '' });
    expect(readFileSync(path, 'utf8')).toBe(FIXED);
    expect(statSync(path)).toMatchObject({ uid: NOBODY, gid: NOBODY });
    expect(statSync(path).mode & 0o7777).toBe(0o640);
  });

  it.skipIf(!isRoot)('refuses a file whose owner it cannot keep; --overwrite keeps it (run as root, as nobody)', () => {
    const dir = tempDir();
    chmodSync(dir, 0o777); // nobody may create files here, beside root's file
    const path = join(dir, 'roots.txt');
    writeFileSync(path, DIRTY, { mode: 0o666 });
    chmodSync(path, 0o666);
    const refused = runUnprivileged(['--write', 'roots.txt'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      `newsclean: roots.txt: belongs to user 0, which newsclean (user ${NOBODY}, group ${NOBODY}) cannot give a new file, so replacing it would change its owner; not written. Pass --overwrite to write into the file itself, which keeps its owner (not atomic).\n`,
    );
    expect(readFileSync(path, 'utf8')).toBe(DIRTY);
    expect(readdirSync(dir)).toEqual(['roots.txt']);
    const written = runUnprivileged(['--write', '--overwrite', 'roots.txt'], dir);
    expect(written).toEqual({ code: 0, stdout: 'fixed roots.txt (1 edit)\n', stderr: '' });
    expect(readFileSync(path, 'utf8')).toBe(FIXED);
    expect(statSync(path)).toMatchObject({ uid: 0, gid: 0 });
  });

  it('names the file, not the temporary one, when its folder is read-only; --overwrite writes into it', () => {
    const dir = ownFolder();
    const path = ownFile(dir, 'a.txt', DIRTY);
    chmodSync(dir, 0o555);
    const refused = runUnprivileged(['--write', 'a.txt'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      `newsclean: a.txt: its folder "${dir}" is not writable, and newsclean writes the new text beside the file, then renames it; not written. Pass --overwrite to write into the file itself (not atomic), or make the folder writable.\n`,
    );
    expect(refused.stderr).not.toContain('.tmp');
    expect(readFileSync(path, 'utf8')).toBe(DIRTY);
    expect(runUnprivileged(['--write', '--overwrite', 'a.txt'], dir)).toEqual({ code: 0, stdout: 'fixed a.txt (1 edit)\n', stderr: '' });
    expect(readFileSync(path, 'utf8')).toBe(FIXED);
  });

  it('refuses in the library too, with a reason', async () => {
    const dir = tempDir();
    const path = join(dir, 'ro.txt');
    writeFileSync(path, 'old\n', { mode: 0o400 });
    await expect(writeAtomically(path, 'new\n')).rejects.toMatchObject({ reason: 'read-only' });
    await expect(writeAtomically(path, 'new\n')).rejects.toBeInstanceOf(RefusedWriteError);
  });

  it('--overwrite applies to --write only', async () => {
    const run = await runCli(['--overwrite', 'a.txt']);
    expect(run).toMatchObject({ code: 2, stderr: 'newsclean: --overwrite says how --write writes; add --write.\n' });
  });
});
