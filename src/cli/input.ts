// Reading what the user pointed us at, with errors that say what went wrong and what to do.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { sameStamp, stampOfStats, type FileStamp } from './write.js';

/** A text to clean: where it came from and what it says. */
export interface Source {
  /** The path to read and write, or `-` for standard input. */
  readonly path: string;
  /** How reports name it: the path as given, or `<stdin>`. */
  readonly label: string;
  readonly text: string;
  /** The version of the file that was read (absent for standard input); `--write` replaces only it. */
  readonly stamp?: FileStamp;
}

/** An input that cannot be cleaned; the message names the input and the cause. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

export const STDIN = '-';

export async function readSource(path: string, stdin: NodeJS.ReadableStream, label = path === STDIN ? '<stdin>' : path): Promise<Source> {
  if (path === STDIN) {
    let bytes: Buffer;
    try {
      bytes = await readStream(stdin);
    } catch (error) {
      throw new InputError(describeReadError(label, error));
    }
    return { path, label, text: decodeText(label, bytes) };
  }
  const { bytes, stamp } = await readStable(path, label);
  return { path, label, text: decodeText(label, bytes), stamp };
}

/**
 * A file's bytes and the stamp of the version they come from. A file that another program writes
 * while we read it gives bytes of no version in particular: it is reported, not cleaned.
 */
export async function readStable(path: string, label = path): Promise<{ bytes: Buffer; stamp: FileStamp }> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new InputError(describeReadError(label, error));
  }
  try {
    const before = await stampHandle(handle);
    const bytes = await handle.readFile();
    const after = await stampHandle(handle);
    if (!sameStamp(before, after) || BigInt(bytes.length) !== after.size) {
      throw new InputError(`${label}: changed while newsclean was reading it; skipped. Run again once nothing else writes to it.`);
    }
    return { bytes, stamp: after };
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(describeReadError(label, error));
  } finally {
    await handle.close();
  }
}

/**
 * A regular file's bytes and stamp when it has at most `limit` bytes, read with blocking calls:
 * open, stat, read, stat, close, each a few microseconds, where the same steps as promises cost a
 * trip through the thread pool each (on 2,000 small files that was a sixth of the run, and this
 * thread has nothing else to do meanwhile: it cleans). `{ size }` for a larger file, left unread;
 * `undefined` for anything but a regular file (a pipe, a device, a directory), which is read or
 * reported as before (readStable).
 */
export function readSmallFile(path: string, label: string, limit: number): { bytes: Buffer; stamp: FileStamp } | { size: number } | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new InputError(describeReadError(label, error));
  }
  try {
    const before = fstatSync(fd, { bigint: true });
    if (!before.isFile()) return undefined;
    if (before.size > BigInt(limit)) return { size: Number(before.size) };
    // One byte more than the size: a read that fills it means the file grew meanwhile.
    const buffer = Buffer.allocUnsafe(Number(before.size) + 1);
    let length = 0;
    for (let got = 1; got > 0 && length < buffer.length; length += got) got = readSync(fd, buffer, length, buffer.length - length, null);
    const after = stampOfStats(fstatSync(fd, { bigint: true }));
    if (!sameStamp(stampOfStats(before), after) || BigInt(length) !== after.size) {
      throw new InputError(`${label}: changed while newsclean was reading it; skipped. Run again once nothing else writes to it.`);
    }
    return { bytes: buffer.subarray(0, length), stamp: after };
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(describeReadError(label, error));
  } finally {
    closeSync(fd);
  }
}

async function stampHandle(handle: FileHandle): Promise<FileStamp> {
  return stampOfStats(await handle.stat({ bigint: true }));
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/**
 * UTF-8 text or an error: a NUL byte means a binary file, an invalid sequence is reported with its
 * byte offset, and nothing is ever decoded with replacement characters.
 */
export function decodeText(label: string, bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) throw new InputError(`${label}: is UTF-16 (little-endian BOM); newsclean reads UTF-8. Convert it first, e.g. iconv -f UTF-16 -t UTF-8.`);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) throw new InputError(`${label}: is UTF-16 (big-endian BOM); newsclean reads UTF-8. Convert it first, e.g. iconv -f UTF-16 -t UTF-8.`);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(`${label}: looks like a binary file (NUL byte at offset ${nul}); skipped.`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new InputError(`${label}: is not valid UTF-8 (byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')} at offset ${offset}); skipped, nothing written. Convert it to UTF-8 first (e.g. iconv -f latin1 -t utf-8).`);
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    if (length === 3 && ((b === 0xe0 && bytes[i + 1]! < 0xa0) || (b === 0xed && bytes[i + 1]! >= 0xa0))) return i;
    if (length === 4 && ((b === 0xf0 && bytes[i + 1]! < 0x90) || (b === 0xf4 && bytes[i + 1]! >= 0x90))) return i;
    i += length;
  }
  return i;
}

export function describeReadError(label: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return `cannot read "${label}": no such file. Check the path, or pass - to read stdin.`;
    case 'EISDIR':
      return `cannot read "${label}": it is a directory. Pass the files in it (e.g. "${label}"/*.txt).`;
    case 'EACCES':
    case 'EPERM':
      return `cannot read "${label}": permission denied.`;
    default:
      return `cannot read "${label}": ${(error as Error).message}`;
  }
}
