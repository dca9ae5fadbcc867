// In-place writes that never leave a file half-written: the new text goes to a temporary file in
// the same directory, is flushed to disk, takes the original's mode, and replaces the original
// with one rename. A crash at any point leaves either the old file or the new one. If the file was
// changed by someone else after newsclean read it, the rename does not happen: their edit wins.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, open, rename, stat, unlink, realpath, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** What identifies one version of a file: if any of these moved, the file is not the one we read. */
export interface FileStamp {
  readonly ino: bigint;
  readonly size: bigint;
  readonly mtimeNs: bigint;
  readonly ctimeNs: bigint;
}

export async function stampOf(path: string): Promise<FileStamp> {
  return stampOfStats(await stat(path, { bigint: true }));
}

export function stampOfStats({ ino, size, mtimeNs, ctimeNs }: FileStamp): FileStamp {
  return { ino, size, mtimeNs, ctimeNs };
}

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
}

/** The file changed between our read and our write; nothing was written. */
export class ChangedFileError extends Error {
  override readonly name = 'ChangedFileError';
}

/** A replacement for a file, written piece by piece, that takes the file's place only on commit. */
export interface AtomicWriter {
  write(text: string): Promise<void>;
  /** Flushes, renames over the target, and makes the rename durable. */
  commit(): Promise<void>;
  /** Deletes the temporary file; the target is untouched. */
  abort(): Promise<void>;
}

/**
 * `expected` is the stamp of the version that was read (taken now when absent, for a file that is
 * read while it is written); commit refuses to replace any other version. With `create`, a path
 * where no file is yet gets a new one (umask applies); otherwise a missing file is an error.
 */
export async function openAtomicWriter(path: string, expected?: FileStamp, create = false): Promise<AtomicWriter> {
  // Through a symbolic link we replace the file it points to, not the link.
  const existing = await realpath(path).catch((error: NodeJS.ErrnoException) => {
    if (create && error.code === 'ENOENT') return undefined;
    throw error;
  });
  const target = existing ?? path;
  const mode = existing === undefined ? undefined : (await stat(existing)).mode & 0o7777;
  const stamp = existing === undefined ? undefined : (expected ?? (await stampOf(existing)));
  const temporary = join(dirname(target), `.${basename(target)}.newsclean-${randomBytes(6).toString('hex')}.tmp`);
  const handle: FileHandle = await open(temporary, 'wx', mode ?? 0o666);
  let closed = false;
  const close = async (): Promise<void> => {
    if (!closed) {
      closed = true;
      await handle.close();
    }
  };
  return {
    async write(text) {
      await handle.writeFile(text, 'utf8');
    },
    async commit() {
      try {
        if (mode !== undefined) await handle.chmod(mode);
        await handle.sync();
        await close();
        if (stamp && !sameStamp(stamp, await stampOf(target))) {
          throw new ChangedFileError('it changed after newsclean read it (another program wrote to it?)');
        }
        await rename(temporary, target);
      } catch (error) {
        await close().catch(() => undefined);
        await unlink(temporary).catch(() => undefined);
        throw error;
      }
      await syncDirectory(dirname(target));
    },
    async abort() {
      await close().catch(() => undefined);
      await unlink(temporary).catch(() => undefined);
    },
  };
}

export async function writeAtomically(path: string, text: string, expected?: FileStamp, create = false): Promise<void> {
  const writer = await openAtomicWriter(path, expected, create);
  try {
    await writer.write(text);
  } catch (error) {
    await writer.abort();
    throw error;
  }
  await writer.commit();
}

/** Makes the rename itself durable; not every platform can open a directory, which is fine. */
async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

/**
 * Why a write failed, in words and without the temporary file's path (which means nothing to the
 * user): `permission denied (EACCES)`.
 */
export function describeWriteFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'its folder does not exist (ENOENT)';
    case 'ENOTDIR':
      return 'a part of its path is not a folder (ENOTDIR)';
    case 'EACCES':
    case 'EPERM':
      return `permission denied (${code})`;
    case 'EROFS':
      return 'the file system is read-only (EROFS)';
    case 'ENOSPC':
      return 'no space left on the device (ENOSPC)';
    case 'EDQUOT':
      return 'over the disk quota (EDQUOT)';
    case 'EISDIR':
      return 'it is a folder (EISDIR)';
    default:
      // A system error's message names the temporary file: keep its first part only.
      return code ? `${(error as Error).message.split(',')[0]}` : (error as Error).message;
  }
}

/**
 * Checks, before any work, that a file newsclean will produce (a report) can be written at
 * `path`: its folder exists and may be written, and `path` is not a folder. Returns what is wrong,
 * or undefined.
 */
export async function whyNotWritable(path: string): Promise<string | undefined> {
  const folder = dirname(path);
  try {
    if (!(await stat(folder)).isDirectory()) return `"${folder}" is not a folder`;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? `the folder "${folder}" does not exist` : `the folder "${folder}": ${describeWriteFailure(error)}`;
  }
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) return `"${path}" is a folder`;
  try {
    await access(folder, constants.W_OK);
  } catch (error) {
    return `the folder "${folder}" is not writable: ${describeWriteFailure(error)}`;
  }
  return undefined;
}

/** Writes a file that newsclean produces (a report), new or replacing one, never partial. */
export async function writeNewFile(path: string, text: string): Promise<void> {
  await writeAtomically(path, text, undefined, true);
}
