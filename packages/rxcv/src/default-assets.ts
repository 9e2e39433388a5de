import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** Path of the default clip: from the shared assets when present. */
export async function resolveDefaultClip(say: (line: string) => unknown): Promise<string> {
  for (const dir of sharedAssetDirs()) {
    const candidate = join(dir, 'media', DEFAULT_CLIP.fileName);
    if (existsSync(candidate)) return candidate;
  }
  say(`rxcv: ${DEFAULT_CLIP.fileName} not found in ${sharedAssetDirs().join(', ')}`);
  throw new Error(`no default clip: pass --source <file|url>`);
}
