import type { InferenceResult, Sink, VideoFrame } from '@rxcv/core';
import { hasBox } from '../raster/has-box.js';
import { inferenceMetadata } from './prediction-record.js';

export interface ConsoleSinkOptions {
  /** `'text'`: a short human line (default). `'json'`: the same record as `jsonlSink`. */
  format?: 'text' | 'json';
  /** Where lines go (without the newline). Default: `process.stdout`. */
  write?: (line: string) => void;
}

/** `[source 0] frame 12: car 0.82, car 0.61, truck 0.44`, or `(nothing)`. */
export function describePredictions(predictions: InferenceResult, videoFrame: VideoFrame): string {
  const items = (predictions.predictions as ReadonlyArray<{ class: string; confidence: number }>).map(
    (p) => `${p.class} ${p.confidence.toFixed(2)}`,
  );
  const boxes = predictions.predictions.length > 0 && hasBox(predictions.predictions[0]);
  const what = items.length === 0 ? '(nothing)' : items.join(', ');
  const count = boxes ? ` ${items.length} detection${items.length === 1 ? '' : 's'}:` : '';
  return `[source ${videoFrame.sourceId}] frame ${videoFrame.frameId}:${count} ${what}`;
}

/** Prints one line per prediction: Roboflow's `print`-style sink, for trying things out. */
export function consoleSink(options: ConsoleSinkOptions = {}): Sink<InferenceResult> {
  const write = options.write ?? ((line: string) => void process.stdout.write(`${line}\n`));
  return (predictions: InferenceResult, videoFrame: VideoFrame): void => {
    write(
      options.format === 'json'
        ? JSON.stringify({ inference_metadata: inferenceMetadata(videoFrame), ...predictions })
        : describePredictions(predictions, videoFrame),
    );
  };
}
