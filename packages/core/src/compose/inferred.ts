// Inferred: a frame paired with its predictions, what flows after the model.
import type { VideoFrame } from '../types/index.js';

/** A frame with the model's predictions for it: what flows between composed operators. */
export interface Inferred<R> {
  readonly predictions: R;
  readonly frame: VideoFrame;
}
