import type { ClassificationPrediction, ClassificationResult } from '@rxcv/core';
import { ModelError } from '@rxcv/core';
import { OnnxVisionModel, type DecodeContext, type OnnxVisionModelConfig } from './onnx-vision-model.js';

/** Softmax in place over `values[start, start + length)`, numerically stable. */
function softmax(values: Float32Array, start: number, length: number): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < length; i++) max = Math.max(max, values[start + i]);
  const out = new Float64Array(length);
  let sum = 0;
  for (let i = 0; i < length; i++) sum += out[i] = Math.exp(values[start + i] - max);
  for (let i = 0; i < length; i++) out[i] /= sum;
  return out;
}

/** True when a row already holds probabilities (a model that ends in softmax). */
function looksLikeProbabilities(values: Float32Array, start: number, length: number): boolean {
  let sum = 0;
  for (let i = 0; i < length; i++) {
    const v = values[start + i];
    if (v < 0 || v > 1) return false;
    sum += v;
  }
  return Math.abs(sum - 1) < 0.01;
}

/**
 * A single-label image classifier with a `[N, classes]` output (logits or probabilities).
 * Result in Roboflow's classification JSON: `predictions` strongest first (at most
 * `maxDetections`, no confidence cut: a classifier always answers), `top` and `confidence`.
 */
export class ClassificationModel extends OnnxVisionModel<ClassificationResult> {
  private readonly outputName: string;

  constructor(config: Omit<OnnxVisionModelConfig, 'task' | 'family'>) {
    super({ ...config, task: 'classification', family: 'classification' });
    this.outputName = config.session.outputs[0].name;
  }

  protected decode(context: DecodeContext): Omit<ClassificationResult, 'time'> {
    const { image, batchIndex, options } = context;
    const output = context.outputs[this.outputName];
    if (!(output.data instanceof Float32Array)) {
      throw new ModelError('MODEL_UNSUPPORTED', `${this.id}: output ${this.outputName} is ${output.type}, expected float32`);
    }
    const classes = output.data.length / context.batchSize;
    const start = batchIndex * classes;
    const probabilities = looksLikeProbabilities(output.data, start, classes)
      ? Float64Array.from(output.data.subarray(start, start + classes))
      : softmax(output.data, start, classes);
    const order = Array.from({ length: classes }, (_, i) => i).sort((a, b) => probabilities[b] - probabilities[a]);
    const predictions: ClassificationPrediction[] = order.slice(0, Math.max(1, options.maxDetections)).map((classId) => ({
      class: this.classNames[classId] ?? `class_${classId}`,
      class_id: classId,
      confidence: probabilities[classId],
    }));
    return {
      image: { width: image.width, height: image.height },
      predictions,
      top: predictions[0].class,
      confidence: predictions[0].confidence,
    };
  }
}
