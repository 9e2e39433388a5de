import type { Filterer, Frame } from '@rxcv/beamcoder';
import { resizedSize, type FrameImage, type ModelInputSize, type PixelFormat } from '@rxcv/core';
import type { BeamcoderModule } from '@rxcv/beamcoder/load';

/**
 * Converts decoded frames (any FFmpeg pixel format, e.g. yuv420p) to packed `rgb24` / `bgr24`
 * `FrameImage`s through an FFmpeg filter graph (swscale), on a libuv thread.
 *
 * Measured on the highway clip (960x540, 2-core machine): decode alone 2.9 ms/frame, decode +
 * this filter 4.5 ms/frame, decode + a plain JavaScript YUV->RGB loop 7.7 ms/frame; so the filter.
 *
 * With `modelInput`, the same graph also scales the decoded picture to the model's input size
 * and channel order (`split`, then `scale` with swscale's `area` filter), carried as
 * `image.resized`: the model then skips its own resize. `area`, because it is the closest of
 * swscale's filters to the resize the models were trained with (OpenCV's INTER_LINEAR, which
 * the models package does in JavaScript): mean difference 1.0-1.1 levels against 1.2-1.3 for
 * `bilinear` and 2.5-3.0 for `fast_bilinear`, measured on the highway clip at 960x540, 1280x720
 * and 1920x1080 scaled to 416x234; and cheaper than `bilinear` (1.8 against 2.6 ms of CPU a
 * 1920x1080 frame, 1.25 against 1.35-1.55 ms at 1280x720). The filter graph is rebuilt when the
 * input size or format changes (streams may do that).
 */
export class FrameConverter {
  private filterer: Filterer | null = null;
  private key = '';
  private resizedTo: { width: number; height: number } | null = null;

  constructor(
    private readonly beamcoder: BeamcoderModule,
    readonly format: PixelFormat,
    private readonly timeBase: number[],
    private readonly modelInput?: ModelInputSize,
  ) {}

  async convert(frame: Frame): Promise<FrameImage> {
    const filterer = await this.filtererFor(frame);
    const result = await filterer.filter([{ name: 'in0:v', frames: [frame] }]);
    try {
      const out = result.find((r) => r.name === 'out0:v')?.frames[0];
      if (!out) throw new Error(`pixel format conversion to ${this.format} produced no frame`);
      const image = { width: out.width, height: out.height, format: this.format, data: packRows(out) };
      if (!this.modelInput) return image;
      const small = result.find((r) => r.name === 'out1:v')?.frames[0];
      if (!small) throw new Error(`scaling to the model input ${this.modelInput.width}x${this.modelInput.height} produced no frame`);
      return { ...image, resized: { width: small.width, height: small.height, format: this.modelInput.pixelFormat, data: packRows(small) } };
    } finally {
      // The filtered frames are dead now: the pictures handed out hold their own reference on
      // the buffer they view (or are copies), so give the frames' buffers back to FFmpeg now.
      for (const output of result) for (const filtered of output.frames) filtered.release();
    }
  }

  private async filtererFor(frame: Frame): Promise<Filterer> {
    const key = `${frame.width}x${frame.height}:${frame.format}`;
    if (this.filterer && key === this.key) return this.filterer;
    const aspect = frame.sample_aspect_ratio?.[0] ? frame.sample_aspect_ratio : [1, 1];
    const outputParams = [{ name: 'out0:v', pixelFormat: this.format }];
    let filterSpec = `[in0:v]format=${this.format}[out0:v]`;
    if (this.modelInput) {
      this.resizedTo = resizedSize(frame.width, frame.height, this.modelInput);
      const { width, height } = this.resizedTo;
      const small = this.modelInput.pixelFormat;
      outputParams.push({ name: 'out1:v', pixelFormat: small });
      filterSpec = `[in0:v]split=2[full][small];[full]format=${this.format}[out0:v];[small]scale=${width}:${height}:flags=area,format=${small}[out1:v]`;
    }
    this.filterer = await this.beamcoder.filterer({
      filterType: 'video',
      inputParams: [
        {
          name: 'in0:v',
          width: frame.width,
          height: frame.height,
          pixelFormat: frame.format ?? 'yuv420p',
          timeBase: this.timeBase,
          pixelAspect: aspect,
        },
      ],
      outputParams,
      filterSpec,
    });
    this.key = key;
    return this.filterer;
  }
}

/**
 * The packed picture of a filtered frame. When FFmpeg's rows have no padding (`linesize` =
 * `width * 3`, e.g. for widths 640, 960, 1280, 1920) this is FFmpeg's own buffer, without a
 * copy: the JavaScript buffer holds a reference on it, so FFmpeg does not reuse it while the
 * frame is alive. Otherwise the rows are copied out. Measured on a 1280x720 file pipeline: the
 * copy (2.7 MB a frame, into fresh memory) cost ~1.3 ms of the main thread per frame, plus the
 * garbage collection it caused.
 */
export function packRows(frame: Pick<Frame, 'width' | 'height' | 'linesize' | 'data'>): Uint8Array {
  const rowBytes = frame.width * 3;
  const stride = frame.linesize[0];
  const source = frame.data[0];
  if (stride === rowBytes && source.length >= rowBytes * frame.height) return source.subarray(0, rowBytes * frame.height);
  const packed = Buffer.allocUnsafeSlow(rowBytes * frame.height);
  for (let y = 0; y < frame.height; y += 1) source.copy(packed, y * rowBytes, y * stride, y * stride + rowBytes);
  return packed;
}
