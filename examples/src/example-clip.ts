import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The highway clip from the shared assets (`$RXCV_SHARED` or `../shared` beside the repo). */
export function exampleClip(): string {
  const dir = process.env.RXCV_SHARED ?? resolve(import.meta.dirname ?? '.', '..', '..', '..', 'shared');
  const clip = resolve(dir, 'media', 'highway_960x540_25fps.mp4');
  if (!existsSync(clip)) throw new Error(`example clip not found at ${clip}: pass a video path as the first argument`);
  return clip;
}
