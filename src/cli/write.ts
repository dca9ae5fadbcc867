// In-place writes that never leave a file half-written: the new text goes to a temporary file in
// the same directory, is flushed to disk, takes the original's mode, and replaces the original
// with one rename. A crash at any point leaves either the old file or the new one.
import { randomBytes } from 'node:crypto';
import { open, rename, stat, unlink, realpath } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeAtomically(path: string, text: string): Promise<void> {
  // Through a symbolic link we replace the file it points to, not the link.
  const target = await realpath(path);
  const { mode } = await stat(target);
  const temporary = join(dirname(target), `.${basename(target)}.newsclean-${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', mode & 0o7777);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.chmod(mode & 0o7777);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(target));
}

/** Makes the rename itself durable; not every platform can open a directory, which is fine. */
async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}
