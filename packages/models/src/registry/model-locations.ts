import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Where rxcv looks for model files that are already on disk: `modelsDir` option, else
 * `$RXCV_MODELS_DIR`, else `../shared/models` relative to the working directory when present
 * (the project's shared assets when run from the repository root). `null` disables it.
 */
export function modelsDirectory(option?: string | null): string | null {
  if (option === null) return null;
  if (option !== undefined) return option;
  if (process.env.RXCV_MODELS_DIR) return process.env.RXCV_MODELS_DIR;
  const fallback = resolve(process.cwd(), '..', 'shared', 'models');
  return existsSync(fallback) ? fallback : null;
}

/** The download cache: `cacheDir` option, else `$RXCV_MODEL_CACHE`, else `$XDG_CACHE_HOME/rxcv/models` or `~/.cache/rxcv/models`. */
export function cacheDirectory(option?: string): string {
  if (option) return option;
  if (process.env.RXCV_MODEL_CACHE) return process.env.RXCV_MODEL_CACHE;
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'rxcv', 'models');
}
