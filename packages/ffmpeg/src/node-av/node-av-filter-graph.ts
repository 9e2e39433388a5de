// A filter graph on node-av's low-level FilterGraph: one `[in]`, any number of `[outN]` outputs.
import { AVERROR_EAGAIN, AVERROR_EOF, AV_BUFFERSRC_FLAG_KEEP_REF } from 'node-av/constants';
import { FilterGraph as NativeFilterGraph, Frame } from 'node-av/lib';
import type { FilterContext } from 'node-av/lib';
import type { FilterGraph, FilterGraphOptions, VideoFrame } from '../backend.js';
import { FfmpegError } from '../ffmpeg-error.js';
import { check, ffmpegErrorFromCode } from './node-av-error.js';
import { NodeAvVideoFrame } from './node-av-frame.js';
import { pixelFormatFromName } from './node-av-values.js';

/** Instance names of the graph's source and sinks (`filter@name` in FFmpeg's graph syntax). */
const SOURCE = 'buffer@rxcv_in';
const sinkName = (index: number): string => `buffersink@rxcv_out${index}`;

/**
 * Builds the graph from text: the user's `spec` between a buffer source feeding `[in]` and one
 * buffer sink per `[outN]`, so FFmpeg's parser links them and the graph is one string to read
 * in an error. Each sink accepts only its output's pixel format.
 */
export async function createNodeAvFilterGraph(options: FilterGraphOptions): Promise<FilterGraph> {
  const { input, spec, outputPixelFormats } = options;
  if (outputPixelFormats.length === 0) throw new FfmpegError('a filter graph needs at least one output');
  const format = pixelFormatFromName(input.pixelFormat);
  const aspect = input.sampleAspectRatio ?? [1, 1];
  const source =
    `${SOURCE}=video_size=${input.width}x${input.height}:pix_fmt=${format}` +
    `:time_base=${input.timeBase[0]}/${input.timeBase[1]}:pixel_aspect=${aspect[0] || 1}/${aspect[1] || 1}[in]`;
  const sinks = outputPixelFormats.map((name, index) => {
    pixelFormatFromName(name);
    return `[out${index}]format=${name},${sinkName(index)}`;
  });
  const graph = new NativeFilterGraph();
  graph.alloc();
  try {
    check(graph.parse2([source, spec, ...sinks].join(';')));
    check(await graph.config());
  } catch (error) {
    graph.free();
    throw error;
  }
  const sourceContext = graph.getFilter(SOURCE);
  const sinkContexts = outputPixelFormats.map((_, index) => graph.getFilter(sinkName(index)));
  if (sourceContext === null || sinkContexts.some((sink) => sink === null)) {
    graph.free();
    throw new FfmpegError(`the filter graph lost its input or outputs: ${spec}`);
  }
  return new NodeAvFilterGraph(graph, sourceContext, sinkContexts as FilterContext[]);
}

/** Holds no frames between calls; its native memory goes with it (node-av frees it on collection). */
class NodeAvFilterGraph implements FilterGraph {
  readonly #graph: NativeFilterGraph;
  readonly #source: FilterContext;
  readonly #sinks: readonly FilterContext[];

  constructor(graph: NativeFilterGraph, source: FilterContext, sinks: readonly FilterContext[]) {
    this.#graph = graph;
    this.#source = source;
    this.#sinks = sinks;
  }

  async filter(frame: VideoFrame): Promise<VideoFrame[][]> {
    if (!(frame instanceof NodeAvVideoFrame)) throw new FfmpegError('filter() takes frames made by this backend');
    // KEEP_REF: the graph takes its own reference, the caller's frame stays whole.
    check(await this.#source.buffersrcAddFrame(frame.native, AV_BUFFERSRC_FLAG_KEEP_REF));
    const outputs: VideoFrame[][] = [];
    try {
      for (const sink of this.#sinks) {
        const frames: VideoFrame[] = [];
        outputs.push(frames);
        for (;;) {
          const out = new Frame();
          out.alloc();
          const code = await sink.buffersinkGetFrame(out);
          if (code === AVERROR_EAGAIN || code === AVERROR_EOF) {
            out.free();
            break;
          }
          if (code < 0) {
            out.free();
            throw ffmpegErrorFromCode(code);
          }
          frames.push(new NodeAvVideoFrame(out));
        }
      }
    } catch (error) {
      for (const frames of outputs) for (const out of frames) out.release();
      throw error;
    }
    return outputs;
  }
}
