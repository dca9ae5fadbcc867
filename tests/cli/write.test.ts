// In-place writes: atomic, through symbolic links to the target, and never over a version of the
// file that newsclean did not read.
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/cli/input.js';
import { ChangedFileError, openAtomicWriter, writeAtomically } from '../../src/cli/write.js';

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'newsclean-write-'));
const temporaries = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('atomic writes', () => {
  it('replaces the file it read and keeps its mode', async () => {
    const dir = tempDir();
    const path = join(dir, 'a.txt');
    writeFileSync(path, 'old\n', { mode: 0o640 });
    const source = await readSource(path, process.stdin);
    await writeAtomically(path, 'new\n', source.stamp);
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
    await expect(writeAtomically(path, 'new\n', source.stamp)).rejects.toBeInstanceOf(ChangedFileError);
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
    await expect(writeAtomically(path, 'new\n', source.stamp)).rejects.toBeInstanceOf(ChangedFileError);
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
