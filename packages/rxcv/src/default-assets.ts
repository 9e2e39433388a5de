import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { homedir } from 'node:os';
import { downloadFile } from '@rxcv/models';

/** The clip `rxcv run` uses when no `--source` is given (MIT, Udacity CarND-LaneLines-P1). */
export const DEFAULT_CLIP = {
  fileName: 'highway_960x540_25fps.mp4',
  url: 'https://github.com/udacity/CarND-LaneLines-P1/raw/master/test_videos/solidWhiteRight.mp4',
  sha256: '2d8e14b46fe89afbc8ad1f718685cf09b83e85a324095031c38186a9f0535417',
  size: 2_641_803,
} as const;

/**
 * Folders where the shared assets (`media/`, `models/`) may be: `$RXCV_SHARED`, `../shared`
 * from the working directory, and `../shared` beside the rxcv checkout.
 */
export function sharedAssetDirs(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const dirs = [
    process.env.RXCV_SHARED,
    resolve(process.cwd(), '..', 'shared'),
    resolve(here, '..', '..', '..', '..', 'shared'),
  ].filter((d): d is string => Boolean(d));
  return [...new Set(dirs)];
}

/**
 * The models folder of the shared assets, when there is one and `$RXCV_MODELS_DIR` is not set:
 * built-in models found there are used instead of being downloaded.
 */
export function sharedModelsDir(): string | undefined {
  if (process.env.RXCV_MODELS_DIR) return undefined;
  return sharedAssetDirs()
    .map((dir) => join(dir, 'models'))
    .find((dir) => existsSync(dir));
}

export interface DefaultClipOptions {
  /** Folders whose `media/` may hold the clip. Default: `sharedAssetDirs()`. */
  searchDirs?: readonly string[];
  /** Where a downloaded clip is kept. Default `$RXCV_MEDIA_CACHE`, else `~/.cache/rxcv/media`. */
  cacheDir?: string;
  /** Download from here instead of the public URL (a mirror). Default `$RXCV_CLIP_URL`. */
  url?: string;
}

/**
 * Path of the default clip: from the shared assets when present, else from the cache, else
 * downloaded from its public URL and checked against its SHA-256 and size. Rejects with a
 * message that says what to do when none of these is possible (offline, say).
 */
export async function resolveDefaultClip(say: (line: string) => unknown, options: DefaultClipOptions = {}): Promise<string> {
  const searchDirs = options.searchDirs ?? sharedAssetDirs();
  for (const dir of searchDirs) {
    const candidate = join(dir, 'media', DEFAULT_CLIP.fileName);
    if (existsSync(candidate)) return candidate;
  }
  const cacheDir =
    options.cacheDir ?? process.env.RXCV_MEDIA_CACHE ?? join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'rxcv', 'media');
  const url = options.url ?? process.env.RXCV_CLIP_URL ?? DEFAULT_CLIP.url;
  const destination = join(cacheDir, DEFAULT_CLIP.fileName);
  if (!existsSync(destination)) say(`rxcv: downloading the default clip from ${url}`);
  const outcome = await downloadFile({
    url,
    destination,
    sha256: DEFAULT_CLIP.sha256,
    size: DEFAULT_CLIP.size,
    what: `the default clip ${DEFAULT_CLIP.fileName}`,
    offlineHint: `Offline? Pass --source <file|url>, or put ${DEFAULT_CLIP.fileName} in ${cacheDir} or in <shared>/media with RXCV_SHARED=<shared>.`,
  });
  return outcome.path;
}
