import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const sharedDir = () => process.env.RXCV_SHARED ?? resolve(import.meta.dirname, '..', '..', '..', 'shared');

/** The highway clip from the shared assets (`$RXCV_SHARED` or `../shared` beside the repo). */
export function exampleClip(): string {
  const clip = resolve(sharedDir(), 'media', 'highway_960x540_25fps.mp4');
  if (!existsSync(clip)) throw new Error(`example clip not found at ${clip}: pass a video path as the first argument`);
  return clip;
}

/** The shared models folder, where the built-in models are found without downloading. */
export function exampleModelsDir(): string | undefined {
  const dir = resolve(sharedDir(), 'models');
  return existsSync(dir) ? dir : undefined;
}

/** A clip of the shared media by name (`$RXCV_SHARED/media/<name>`). */
export function exampleMedia(name: string): string {
  const clip = resolve(sharedDir(), 'media', name);
  if (!existsSync(clip)) throw new Error(`example clip not found at ${clip}: pass a video path as the first argument`);
  return clip;
}
