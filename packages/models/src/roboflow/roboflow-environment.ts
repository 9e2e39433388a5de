import { ModelError } from '@rxcv/core';
import type { InputContract } from '../preprocess/input-contract.js';
import type { PreprocessSettings } from '../models/onnx-vision-model.js';

/** The parts of a Roboflow `environment.json` rxcv reads. */
export interface RoboflowEnvironment {
  /** A JSON string (or object) of pre-processing steps. */
  readonly PREPROCESSING?: string | Record<string, unknown>;
  /** Class id (as a string) to name. */
  readonly CLASS_MAP?: Record<string, string>;
  readonly MULTICLASS?: boolean;
  readonly [key: string]: unknown;
}

/** What the environment file asks of rxcv's pre-processing. */
export interface RoboflowPreprocessing {
  readonly contract: Partial<InputContract>;
  readonly preprocess: Omit<PreprocessSettings, 'filter'>;
  /** Input size from `resize`, for models with a dynamic input. */
  readonly resizeTo: { width: number; height: number } | null;
  /** Steps present and enabled that rxcv does not apply (e.g. contrast). */
  readonly ignored: string[];
}

type Step = { enabled?: boolean; [key: string]: unknown } | undefined;

const enabled = (step: Step): boolean => step !== undefined && step !== null && step.enabled !== false;

/** Roboflow's resize formats and their letterbox/pad equivalents (as Roboflow Inference maps them). */
const RESIZE_FORMATS: Record<string, Pick<InputContract, 'resize' | 'align' | 'padValue'>> = {
  'Stretch to': { resize: 'stretch', align: 'top-left', padValue: 0 },
  'Fit (black edges) in': { resize: 'letterbox', align: 'centre', padValue: 0 },
  'Fit (white edges) in': { resize: 'letterbox', align: 'centre', padValue: 255 },
  'Fit (grey edges) in': { resize: 'letterbox', align: 'centre', padValue: 114 },
};

/**
 * Reads `PREPROCESSING` of a Roboflow environment file: resize mode ("Stretch to" or a "Fit
 * ... edges" letterbox; unknown formats fall back to "Stretch to", as in Roboflow Inference),
 * static crop (percentages), grayscale. Contrast adjustments are reported in `ignored`.
 */
export function parseRoboflowPreprocessing(environment: RoboflowEnvironment, label: string): RoboflowPreprocessing {
  let steps: Record<string, Step>;
  try {
    const raw = environment.PREPROCESSING ?? {};
    steps = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Record<string, Step>;
  } catch (error) {
    throw new ModelError('MODEL_INVALID', `${label}: environment PREPROCESSING is not valid JSON`, { cause: error });
  }
  const resize = steps.resize;
  const format = enabled(resize) && typeof resize?.format === 'string' ? resize.format : 'Stretch to';
  const contract = { ...(RESIZE_FORMATS[format] ?? RESIZE_FORMATS['Stretch to']) };
  const width = Number(resize?.width);
  const height = Number(resize?.height);
  const resizeTo = enabled(resize) && width > 0 && height > 0 ? { width, height } : null;

  const preprocess: { grayscale?: boolean; staticCrop?: PreprocessSettings['staticCrop'] } = {};
  const crop = steps['static-crop'];
  if (enabled(crop)) {
    const [xMin, yMin, xMax, yMax] = ['x_min', 'y_min', 'x_max', 'y_max'].map((k) => Number(crop?.[k]));
    if ([xMin, yMin, xMax, yMax].every(Number.isFinite) && xMax > xMin && yMax > yMin) {
      preprocess.staticCrop = { x: xMin / 100, y: yMin / 100, width: (xMax - xMin) / 100, height: (yMax - yMin) / 100 };
    }
  }
  if (enabled(steps.grayscale)) preprocess.grayscale = true;
  const ignored: string[] = [];
  if (enabled(steps.contrast)) ignored.push(`contrast (${String(steps.contrast?.type ?? 'unknown')})`);
  return { contract, preprocess, resizeTo, ignored };
}

/** Class names from `CLASS_MAP` in id order, or null when absent. */
export function classNamesFromClassMap(environment: RoboflowEnvironment): string[] | null {
  const map = environment.CLASS_MAP;
  if (!map || typeof map !== 'object') return null;
  const names: string[] = [];
  for (const [id, name] of Object.entries(map)) names[Number(id)] = String(name);
  for (let i = 0; i < names.length; i++) if (names[i] === undefined) return null; // a gap: ids would shift
  return names.length > 0 ? names : null;
}
