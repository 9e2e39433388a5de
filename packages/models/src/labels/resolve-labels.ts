import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { ModelError } from '@rxcv/core';
import { COCO_CLASS_NAMES } from './coco-class-names.js';
import { parseLabelsText, parseUltralyticsNames } from './parse-labels.js';

/** Where the class names came from; reported on the model so surprises can be traced. */
export type LabelsSource = 'option' | 'file' | 'sidecar' | 'metadata' | 'coco' | 'numbered';

export interface ResolvedLabels {
  readonly names: string[];
  readonly source: LabelsSource;
  /** The labels file read, when there was one. */
  readonly file?: string;
}

export interface ResolveLabelsInput {
  /** Names, or the path of a labels file, given by the caller. */
  readonly option?: readonly string[] | string;
  /** The `.onnx` file, for sidecar files beside it. */
  readonly modelFile?: string;
  /** ONNX `metadata_props`. */
  readonly metadata?: ReadonlyMap<string, string>;
  /** Number of classes the model outputs, when its output shape says. */
  readonly classCount: number | null;
  /** Extra file names to look for beside the model (e.g. `imagenet_classes.txt`). */
  readonly extraSidecars?: readonly string[];
}

/** Files beside `model.onnx` that may hold its labels, most specific first. */
export function sidecarCandidates(modelFile: string, extra: readonly string[] = []): string[] {
  const dir = dirname(modelFile);
  const stem = basename(modelFile, extname(modelFile));
  return [
    `${stem}.names`,
    `${stem}.txt`,
    `${stem}.labels`,
    'labels.txt',
    'classes.txt',
    ...extra,
  ].map((name) => join(dir, name));
}

async function readLabelsFile(path: string): Promise<string[]> {
  try {
    return parseLabelsText(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ModelError('MODEL_NOT_FOUND', `labels file ${path} cannot be read: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

function checkCount(names: string[], classCount: number | null, origin: string): string[] {
  if (classCount !== null && names.length !== classCount) {
    throw new ModelError(
      'MODEL_INVALID',
      `${origin} has ${names.length} class names but the model outputs ${classCount} classes`,
    );
  }
  return names;
}

/**
 * Finds class names in this order: the caller's option (names or a file), a sidecar file
 * beside the model, ONNX metadata `names` (Ultralytics), COCO when the model has 80 classes,
 * else `class_0`, `class_1`, ... A count that disagrees with the model is a `MODEL_INVALID`.
 */
export async function resolveLabels(input: ResolveLabelsInput): Promise<ResolvedLabels> {
  const { option, modelFile, metadata, classCount } = input;
  if (Array.isArray(option)) {
    return { names: checkCount([...option], classCount, 'the labels option'), source: 'option' };
  }
  if (typeof option === 'string') {
    if (!existsSync(option)) throw new ModelError('MODEL_NOT_FOUND', `labels file ${option} does not exist`);
    const names = await readLabelsFile(option);
    return { names: checkCount(names, classCount, `labels file ${option}`), source: 'file', file: option };
  }
  if (modelFile) {
    for (const candidate of sidecarCandidates(modelFile, input.extraSidecars)) {
      if (!existsSync(candidate)) continue;
      const names = await readLabelsFile(candidate);
      // A shared `labels.txt` that belongs to another model must not break loading this one.
      if (classCount !== null && names.length !== classCount) continue;
      return { names, source: 'sidecar', file: candidate };
    }
  }
  const fromMetadata = metadata?.get('names');
  if (fromMetadata) {
    const names = parseUltralyticsNames(fromMetadata);
    if (names) return { names: checkCount(names, classCount, 'the ONNX metadata `names`'), source: 'metadata' };
  }
  if (classCount === COCO_CLASS_NAMES.length) return { names: [...COCO_CLASS_NAMES], source: 'coco' };
  const count = classCount ?? 0;
  return { names: Array.from({ length: count }, (_, i) => `class_${i}`), source: 'numbered' };
}
