// Where the shared real test assets (models, clips) are, and whether they are present.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the real test assets (`models/`, `media/`) live: `$RXCV_SHARED`, else `../shared`
 * beside the repository root.
 */
export const SHARED_DIR: string =
  process.env.RXCV_SHARED ??
  resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'shared');

/** True when the shared assets are present. In CI (`CI=true`) their absence is an error. */
export function hasSharedAssets(): boolean {
  const present = existsSync(join(SHARED_DIR, 'models')) && existsSync(join(SHARED_DIR, 'media'));
  if (!present) {
    const message = `rxcv: real test assets not found at ${SHARED_DIR} (set RXCV_SHARED); tests that need them are skipped`;
    if (process.env.CI === 'true') throw new Error(message.replace('are skipped', 'must not be skipped in CI'));
    console.warn(message);
  }
  return present;
}

/** Path of a file under the shared assets, e.g. `sharedAsset('media', 'dog.jpg')`. */
export function sharedAsset(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}
