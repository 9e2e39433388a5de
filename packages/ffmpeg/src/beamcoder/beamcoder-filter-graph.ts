// A beamcoder filterer behind the interface's FilterGraph.
import type { Filterer } from '@rxcv/beamcoder';
import type { BeamcoderModule } from '@rxcv/beamcoder/load';
import type { FilterGraph, FilterGraphOptions, VideoFrame } from '../backend.js';
import { ffmpegCall } from './beamcoder-error.js';
import { BeamcoderVideoFrame, rawFrame } from './beamcoder-frame.js';

/** Builds the graph: the input is named `in`, the outputs `out0`, `out1`, … as the spec labels them. */
export async function createBeamcoderFilterGraph(beamcoder: BeamcoderModule, options: FilterGraphOptions): Promise<FilterGraph> {
  const { input, spec, outputPixelFormats } = options;
  const aspect = input.sampleAspectRatio && input.sampleAspectRatio[0] > 0 ? input.sampleAspectRatio : [1, 1];
  const outputNames = outputPixelFormats.map((_, index) => `out${index}`);
  const filterer = await ffmpegCall(() =>
    beamcoder.filterer({
      filterType: 'video',
      inputParams: [
        {
          name: 'in',
          width: input.width,
          height: input.height,
          pixelFormat: input.pixelFormat,
          timeBase: [...input.timeBase],
          pixelAspect: [...aspect],
        },
      ],
      outputParams: outputPixelFormats.map((pixelFormat, index) => ({ name: outputNames[index], pixelFormat })),
      filterSpec: spec,
    }),
  );
  return new BeamcoderFilterGraph(filterer, outputNames);
}

class BeamcoderFilterGraph implements FilterGraph {
  constructor(
    private readonly filterer: Filterer,
    private readonly outputNames: readonly string[],
  ) {}

  async filter(frame: VideoFrame): Promise<VideoFrame[][]> {
    const raw = rawFrame(frame);
    const result = await ffmpegCall(() => this.filterer.filter([{ name: 'in', frames: [raw] }]));
    return this.outputNames.map((name) => (result.find((output) => output.name === name)?.frames ?? []).map((f) => new BeamcoderVideoFrame(f)));
  }
}
