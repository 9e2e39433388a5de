import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ModelError, redactReference } from '@rxcv/core';
import { acquireFileLock } from './file-lock.js';
import { sha256OfFile } from './hash-file.js';

export interface DownloadProgress {
  /** The URL without credentials or query. */
  readonly url: string;
  readonly receivedBytes: number;
  /** From Content-Length; null when the server does not say. */
  readonly totalBytes: number | null;
}

export interface DownloadRequest {
  readonly url: string;
  /** Final path; nothing is ever written there except a complete, verified file. */
  readonly destination: string;
  /** Expected SHA-256 (hex). A mismatch deletes the download: `MODEL_CHECKSUM_MISMATCH`. */
  readonly sha256?: string | null;
  /** Expected size in bytes, checked before the hash. */
  readonly size?: number | null;
  /** What is being fetched, for messages (e.g. "model yolox-nano"). */
  readonly what?: string;
  /** Appended to "cannot reach" messages: what to do without network. */
  readonly offlineHint?: string;
  readonly onProgress?: (progress: DownloadProgress) => void;
  /** Give up when no byte arrives for this long. Default 30 s. */
  readonly stallTimeoutMs?: number;
  /** Give up waiting for another process's download after this long. Default 10 min. */
  readonly lockTimeoutMs?: number;
  readonly headers?: Record<string, string>;
}

export interface DownloadOutcome {
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
  /** False when another process had downloaded it while we waited for the lock. */
  readonly downloaded: boolean;
}

function describeCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const parts = [cause?.code, cause?.message, (error as Error).message].filter(Boolean);
  return [...new Set(parts)].join(': ');
}

function statusError(status: number, statusText: string, what: string, url: string): ModelError {
  const text = `${what}: ${url} answered HTTP ${status} ${statusText}`.trim();
  if (status === 401 || status === 403) return new ModelError('MODEL_UNAUTHORIZED', `${text} (check the API key)`);
  if (status === 404) return new ModelError('MODEL_NOT_FOUND', text);
  return new ModelError('MODEL_DOWNLOAD_FAILED', text);
}

/**
 * Downloads `url` to `destination` with Node's fetch: streamed to a temporary file beside it
 * while hashing, size and SHA-256 checked, then renamed into place (atomic), under a lock file
 * so that concurrent processes fetch once. Any failure leaves no partial file behind.
 */
export async function downloadFile(request: DownloadRequest): Promise<DownloadOutcome> {
  const url = redactReference(request.url);
  const what = request.what ?? basename(request.destination);
  const expectedSha = request.sha256?.toLowerCase() ?? null;
  await mkdir(dirname(request.destination), { recursive: true });
  const lock = await acquireFileLock(`${request.destination}.lock`, request.lockTimeoutMs ?? 600_000, `downloading ${what}`);
  try {
    if (existsSync(request.destination)) {
      // Another process finished it while we waited; trust it only if it matches.
      const sha256 = await sha256OfFile(request.destination);
      if (!expectedSha || sha256 === expectedSha) {
        const { size } = await stat(request.destination);
        return { path: request.destination, sha256, bytes: size, downloaded: false };
      }
      await unlink(request.destination);
    }
    return await fetchToFile(request, url, what, expectedSha);
  } finally {
    await lock.release();
  }
}

async function fetchToFile(request: DownloadRequest, url: string, what: string, expectedSha: string | null): Promise<DownloadOutcome> {
  const stallMs = request.stallTimeoutMs ?? 30_000;
  const controller = new AbortController();
  let stallTimer = setTimeout(() => controller.abort(), stallMs);
  const touch = () => {
    clearTimeout(stallTimer);
    stallTimer = setTimeout(() => controller.abort(), stallMs);
  };
  const temp = join(dirname(request.destination), `.${basename(request.destination)}.${process.pid}.${randomBytes(4).toString('hex')}.part`);
  let handle: Awaited<ReturnType<typeof open>> | null = null;
  try {
    let response: Response;
    try {
      response = await fetch(request.url, { signal: controller.signal, headers: request.headers, redirect: 'follow' });
    } catch (error) {
      const hint = request.offlineHint ? ` ${request.offlineHint}` : '';
      const reason = controller.signal.aborted ? `no answer within ${stallMs} ms` : describeCause(error);
      throw new ModelError('MODEL_DOWNLOAD_FAILED', `cannot download ${what} from ${url}: ${reason}.${hint}`, { cause: error });
    }
    if (!response.ok || !response.body) throw statusError(response.status, response.statusText, what, url);
    const lengthHeader = response.headers.get('content-length');
    const totalBytes = lengthHeader !== null && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : null;
    const hash = createHash('sha256');
    let receivedBytes = 0;
    handle = await open(temp, 'w');
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        touch();
        hash.update(chunk);
        await handle.write(chunk);
        receivedBytes += chunk.length;
        request.onProgress?.({ url, receivedBytes, totalBytes });
      }
    } catch (error) {
      const reason = controller.signal.aborted ? `no data for ${stallMs} ms` : describeCause(error);
      throw new ModelError(
        'MODEL_DOWNLOAD_FAILED',
        `download of ${what} from ${url} broke off after ${receivedBytes} bytes${totalBytes !== null ? ` of ${totalBytes}` : ''}: ${reason}; nothing was kept, run again to retry`,
        { cause: error },
      );
    }
    await handle.sync();
    await handle.close();
    handle = null;
    if (totalBytes !== null && receivedBytes !== totalBytes) {
      throw new ModelError('MODEL_DOWNLOAD_FAILED', `download of ${what} from ${url} ended after ${receivedBytes} of ${totalBytes} bytes; nothing was kept`);
    }
    const sha256 = hash.digest('hex');
    if (request.size != null && receivedBytes !== request.size) {
      throw new ModelError(
        'MODEL_CHECKSUM_MISMATCH',
        `${what} from ${url} has ${receivedBytes} bytes, expected ${request.size} (SHA-256 ${sha256}); the file was deleted`,
      );
    }
    if (expectedSha && sha256 !== expectedSha) {
      throw new ModelError(
        'MODEL_CHECKSUM_MISMATCH',
        `${what} from ${url} has SHA-256 ${sha256}, expected ${expectedSha}; the file was deleted`,
      );
    }
    await rename(temp, request.destination);
    return { path: request.destination, sha256, bytes: receivedBytes, downloaded: true };
  } finally {
    clearTimeout(stallTimer);
    if (handle) await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
  }
}
