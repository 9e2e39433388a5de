/**
 * What a model expects as input: size, channel order, value range and how a frame of another
 * shape is fitted. Each model family has one; Roboflow's environment file can change it.
 */
export interface InputContract {
  readonly width: number;
  readonly height: number;
  readonly channelOrder: 'rgb' | 'bgr';
  /**
   * How a frame is fitted to width x height:
   * - `letterbox`: keep aspect ratio, pad the rest with `padValue` (aligned by `align`);
   * - `stretch`: scale each axis independently (Roboflow's "Stretch to").
   */
  readonly resize: 'letterbox' | 'stretch';
  /** Where the resized picture sits inside the padded input (letterbox only). */
  readonly align: 'top-left' | 'centre';
  /** Padding colour in 0-255 units, the same for every channel (114 for YOLO-family models). */
  readonly padValue: number;
  /** Multiplier applied to 0-255 values first (1 for YOLOX, 1/255 for Ultralytics). */
  readonly scale: number;
  /** Per-channel mean subtracted after `scale`, in the model's channel order. */
  readonly mean: readonly [number, number, number];
  /** Per-channel standard deviation divided by after the mean, in the model's channel order. */
  readonly std: readonly [number, number, number];
}

/** Defaults of the fields that most families share. */
export const PLAIN_INPUT: Pick<InputContract, 'mean' | 'std' | 'padValue'> = {
  mean: [0, 0, 0],
  std: [1, 1, 1],
  padValue: 114,
};
