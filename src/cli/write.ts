// In-place writes that never leave a file half-written: the new text goes to a temporary file in
// the same directory, is flushed to disk, takes the original's owner, group and mode, and replaces
// the original with one rename. A crash at any point leaves either the old file or the new one. If
// the file was changed by someone else after newsclean read it, the rename does not happen: their
// edit wins. A read-only file is never written; a file that a new one cannot stand in for (other
// hard links, an owner this process cannot give) is written into only when asked (--overwrite).
import { constants } from 'node:fs';
import { access, open, rename, stat, unlink, realpath, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** A random suffix for a temporary file's name; node:crypto is loaded by the first write, not at start-up. */
function randomSuffix(): string {
  return process.getBuiltinModule('node:crypto').randomBytes(6).toString('hex');
}

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

/** Why newsclean will not write a file as asked. */
export type RefusalReason = 'read-only' | 'hard-links' | 'owner' | 'folder';

/**
 * newsclean will not write this file: it is read-only, or replacing it would change it in ways
 * beyond its text (other hard links, its owner) or is impossible (a folder it cannot write) and
 * writing into it was not asked for. Nothing was written. The message follows the file's name.
 */
export class RefusedWriteError extends Error {
  override readonly name = 'RefusedWriteError';
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
  }
}

export interface WriteOptions {
  /**
   * The stamp of the version that was read (taken now when absent, for a file that is read while
   * it is written); commit refuses to replace any other version.
   */
  readonly expected?: FileStamp;
  /** A path where no file is yet gets a new one (umask applies); otherwise a missing file is an error. */
  readonly create?: boolean;
  /**
   * Where the file cannot be replaced as it is (other hard links, an owner this process cannot
   * give a new file, a folder it cannot write), write the new text into the file itself: every
   * link, the owner and the mode stay, but a crash in the middle leaves it partly written.
   * Without it, such a file is refused (RefusedWriteError).
   */
  readonly overwrite?: boolean;
}

const OVERWRITE_HINT = 'Pass --overwrite to write into the file itself';

/**
 * A writer that replaces the file at `path` (through a symbolic link, the file it points to) with
 * a new file written beside it, owned and moded as the old one, renamed over it on commit. Refuses
 * a read-only file; a file with other hard links, an owner it cannot keep, or a folder it cannot
 * write is refused too, or, with `overwrite`, written into in place.
 */
export async function openAtomicWriter(path: string, options: WriteOptions = {}): Promise<AtomicWriter> {
  const existing = await realpath(path).catch((error: NodeJS.ErrnoException) => {
    if (options.create && error.code === 'ENOENT') return undefined;
    throw error;
  });
  const target = existing ?? path;
  const stats = existing === undefined ? undefined : await stat(existing);
  const stamp = existing === undefined ? undefined : (options.expected ?? (await stampOf(existing)));
  if (stats) {
    await refuseReadOnly(target, stats.mode);
    if (stats.nlink > 1) {
      const others = stats.nlink - 1;
      const why = `has ${others} other name${others === 1 ? '' : 's'} (hard link${others === 1 ? '' : 's'}), which would keep the old text if newsclean replaced the file`;
      if (options.overwrite) return openOverwriter(target, stamp!);
      throw new RefusedWriteError('hard-links', `${why}; not written. ${OVERWRITE_HINT}, which every name shows (not atomic).`);
    }
  }
  const temporary = join(dirname(target), `.${basename(target)}.newsclean-${randomSuffix()}.tmp`);
  const mode = stats === undefined ? undefined : stats.mode & 0o7777;
  let handle: FileHandle;
  try {
    handle = await open(temporary, 'wx', mode ?? 0o666);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!stats || (code !== 'EACCES' && code !== 'EPERM')) throw error;
    if (options.overwrite) return openOverwriter(target, stamp!);
    throw new RefusedWriteError(
      'folder',
      `its folder "${dirname(target)}" is not writable, and newsclean writes the new text beside the file, then renames it; not written. ${OVERWRITE_HINT} (not atomic), or make the folder writable.`,
    );
  }
  if (stats) {
    // The new file is this process's; give it the old one's owner and group, as far as allowed.
    const mine = await handle.stat();
    if (mine.uid !== stats.uid || mine.gid !== stats.gid) {
      const kept = await handle.chown(stats.uid, stats.gid).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'EPERM' || error.code === 'EINVAL') return false;
          throw error;
        },
      );
      if (!kept) {
        await handle.close().catch(() => undefined);
        await unlink(temporary).catch(() => undefined);
        if (options.overwrite) return openOverwriter(target, stamp!);
        const whose = mine.uid !== stats.uid ? `user ${stats.uid}` : `group ${stats.gid}`;
        throw new RefusedWriteError(
          'owner',
          `belongs to ${whose}, which newsclean (user ${mine.uid}, group ${mine.gid}) cannot give a new file, so replacing it would change its owner; not written. ${OVERWRITE_HINT}, which keeps its owner (not atomic).`,
        );
      }
    }
  }
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
        // After chown, which clears the set-user-ID and set-group-ID bits.
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

/**
 * A read-only file is refused: one whose mode lets nobody write it (`chmod 444`, which even root
 * respects here, as vim and rm ask before they override it), or that this process may not write.
 */
async function refuseReadOnly(target: string, mode: number): Promise<void> {
  let why: string | undefined;
  if ((mode & 0o222) === 0) why = 'read-only';
  else {
    await access(target, constants.W_OK).catch((error: NodeJS.ErrnoException) => {
      why = error.code === 'EROFS' ? 'read-only (on a read-only file system)' : 'read-only (permission denied)';
    });
  }
  if (why) throw new RefusedWriteError('read-only', `${why}; not written. Make it writable first (chmod u+w) if it should be cleaned.`);
}

/**
 * Writes into the file itself, for --overwrite: the new text goes to a private temporary file
 * (which holds a streamed input of any size), and on commit, if the file is still the version
 * that was read, is copied over the file's contents, which are then cut to length and flushed.
 * Links, owner and mode stay; the copy is not atomic.
 */
async function openOverwriter(target: string, stamp: FileStamp): Promise<AtomicWriter> {
  const temporary = join(tmpdir(), `newsclean-${randomSuffix()}.tmp`);
  const handle = await open(temporary, 'wx+', 0o600);
  let closed = false;
  const finish = async (): Promise<void> => {
    if (!closed) {
      closed = true;
      await handle.close().catch(() => undefined);
      await unlink(temporary).catch(() => undefined);
    }
  };
  return {
    async write(text) {
      await handle.writeFile(text, 'utf8');
    },
    async commit() {
      try {
        if (!sameStamp(stamp, await stampOf(target))) {
          throw new ChangedFileError('it changed after newsclean read it (another program wrote to it?)');
        }
        const file = await open(target, 'r+');
        try {
          const buffer = Buffer.alloc(1 << 20);
          let position = 0;
          for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
            if (bytesRead === 0) break;
            await file.write(buffer, 0, bytesRead, position);
            position += bytesRead;
          }
          await file.truncate(position);
          await file.sync();
        } finally {
          await file.close();
        }
      } finally {
        await finish();
      }
    },
    abort: finish,
  };
}

export async function writeAtomically(path: string, text: string, options: WriteOptions = {}): Promise<void> {
  const writer = await openAtomicWriter(path, options);
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
  await writeAtomically(path, text, { create: true });
}
