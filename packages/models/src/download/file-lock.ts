import { hostname } from 'node:os';
import { open, readFile, stat, unlink, utimes } from 'node:fs/promises';
import { ModelError } from '@rxcv/core';

/** A lock that has not been refreshed for this long is abandoned (its owner crashed). */
const STALE_AFTER_MS = 60_000;
const REFRESH_EVERY_MS = 5_000;
const POLL_MS = 100;

interface LockOwner {
  pid: number;
  host: string;
  createdAt: number;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function isStale(path: string): Promise<boolean> {
  try {
    const [info, text] = await Promise.all([stat(path), readFile(path, 'utf8')]);
    if (Date.now() - info.mtimeMs > STALE_AFTER_MS) return true;
    const owner = JSON.parse(text) as LockOwner;
    return owner.host === hostname() && !processIsAlive(owner.pid);
  } catch (error) {
    // Vanished meanwhile (not stale, just gone) or half-written by its owner right now.
    return false;
  }
}

/** A held lock: keep it fresh while working, release it when done. */
export interface HeldLock {
  release(): Promise<void>;
}

/**
 * Takes an exclusive lock file (`open(..., 'wx')`, atomic on local file systems) so that two
 * processes fetching the same model do not both write it. Waits while another live process
 * holds it; takes over a lock whose owner died or stopped refreshing it.
 */
export async function acquireFileLock(path: string, timeoutMs: number, what: string): Promise<HeldLock> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      const owner: LockOwner = { pid: process.pid, host: hostname(), createdAt: Date.now() };
      await handle.writeFile(JSON.stringify(owner));
      await handle.close();
      const timer = setInterval(() => {
        const now = new Date();
        utimes(path, now, now).catch(() => undefined);
      }, REFRESH_EVERY_MS);
      timer.unref();
      return {
        async release() {
          clearInterval(timer);
          await unlink(path).catch(() => undefined);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new ModelError('MODEL_DOWNLOAD_FAILED', `cannot create lock file ${path} for ${what}: ${(error as Error).message}`, {
          cause: error,
        });
      }
    }
    if (await isStale(path)) {
      await unlink(path).catch(() => undefined);
      continue;
    }
    if (Date.now() > deadline) {
      throw new ModelError(
        'MODEL_DOWNLOAD_FAILED',
        `gave up waiting for another process to finish ${what} (lock ${path}); delete the lock file if no download is running`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
