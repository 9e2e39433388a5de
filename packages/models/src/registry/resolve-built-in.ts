import { existsSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { ModelError } from '@rxcv/core';
import { downloadFile, type DownloadProgress } from '../download/download-file.js';
import { sha256OfFile } from '../download/hash-file.js';
import type { BuiltInModel } from './built-in-models.js';
import { cacheDirectory, modelsDirectory } from './model-locations.js';

export interface BuiltInFileOptions {
  readonly modelsDir?: string | null;
  readonly cacheDir?: string;
  /** Download from `${baseUrl}/${fileName}` instead of the official URL (a mirror). */
  readonly baseUrl?: string;
  /** Download from exactly this URL. */
  readonly url?: string;
  /** Expect this SHA-256 instead of the built-in one (a mirror hosting another export). */
  readonly sha256?: string;
  readonly size?: number;
  readonly onProgress?: (progress: DownloadProgress) => void;
}

/** Where a model file was found. */
export type ModelFileOrigin = 'path' | 'models-dir' | 'cache' | 'download';

export interface ResolvedModelFile {
  readonly path: string;
  readonly origin: ModelFileOrigin;
}

/**
 * Finds the file of a built-in model: the models directory, then the cache (verified against
 * the expected SHA-256), then a download into the cache. Files in the models directory are the
 * user's own copies and are not hash-checked (the shared YOLOX-Nano is a different export).
 */
export async function resolveBuiltInFile(entry: BuiltInModel, options: BuiltInFileOptions): Promise<ResolvedModelFile> {
  const modelsDir = modelsDirectory(options.modelsDir);
  if (modelsDir) {
    for (const name of entry.fileNames) {
      const path = join(modelsDir, name);
      if (existsSync(path)) return { path, origin: 'models-dir' };
    }
  }
  const cacheDir = join(cacheDirectory(options.cacheDir), entry.id);
  const expectedSha = options.sha256 ?? entry.sha256;
  const expectedSize = options.sha256 ? options.size : (options.size ?? entry.size);
  for (const name of entry.fileNames) {
    const path = join(cacheDir, name);
    if (!existsSync(path)) continue;
    if (!expectedSha || (await sha256OfFile(path)) === expectedSha) return { path, origin: 'cache' };
    await unlink(path).catch(() => undefined); // stale or foreign: fetch again below
  }
  const baseUrl = options.baseUrl ?? process.env.RXCV_MODEL_BASE_URL;
  const fileName = entry.fileNames[0];
  const url = options.url ?? (baseUrl ? `${baseUrl.replace(/\/+$/, '')}/${fileName}` : entry.url);
  const lookedIn = [modelsDir, cacheDir].filter(Boolean).join(' and ');
  if (!url) {
    throw new ModelError(
      'MODEL_NOT_FOUND',
      `${entry.id}: ${entry.fileNames.join(' or ')} not found in ${lookedIn} and it has no official ONNX download. ` +
        `${entry.howToGet ?? ''}; then put the file in $RXCV_MODELS_DIR or pass its path.`,
    );
  }
  const destination = join(cacheDir, fileName);
  const outcome = await downloadFile({
    url,
    destination,
    sha256: expectedSha,
    size: expectedSize,
    what: `model ${entry.id}`,
    offlineHint: `Offline? Put ${fileName} in $RXCV_MODELS_DIR (looked in ${lookedIn}) or pass a local .onnx path; set RXCV_MODEL_BASE_URL for a mirror.`,
    onProgress: options.onProgress,
  });
  return { path: outcome.path, origin: outcome.downloaded ? 'download' : 'cache' };
}
