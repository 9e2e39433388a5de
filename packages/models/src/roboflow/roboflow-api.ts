import { hostname } from 'node:os';
import { ModelError, redactReference } from '@rxcv/core';
import type { RoboflowModelId } from './roboflow-model-id.js';

/** Roboflow's model API, as its own Python client calls it. */
export const DEFAULT_ROBOFLOW_API_URL = 'https://api.roboflow.com';

/** The `ort` object of Roboflow's `/ort/{project}/{version}` answer (the fields rxcv uses). */
export interface RoboflowOrtAnswer {
  /** URL of the ONNX weights. */
  readonly model: string;
  /** URL of `environment.json`. */
  readonly environment: string;
  readonly classes?: string[];
  /** Task: 'object-detection', 'classification', 'instance-segmentation', 'keypoint-detection'. */
  readonly type?: string;
  /** Architecture, e.g. 'yolov8n', 'yolov11s', 'yolonas', 'vit'. */
  readonly modelType?: string;
  readonly name?: string;
  readonly colors?: Record<string, string>;
}

/** Replaces every occurrence of the key by `***` (belt and braces on top of URL redaction). */
export function scrubKey(text: string, apiKey: string | undefined): string {
  return apiKey && apiKey.length >= 3 ? text.split(apiKey).join('***') : text;
}

/**
 * GET `${apiUrl}/ort/${project}/${version}?nocache=true&device=...&dynamic=true&api_key=...`.
 * 401/403 -> `MODEL_UNAUTHORIZED`, 404 -> `MODEL_NOT_FOUND`, others and network failures ->
 * `MODEL_DOWNLOAD_FAILED`, an answer without `ort.model`/`ort.environment` -> `MODEL_INVALID`.
 * The key never appears in a message.
 */
export async function fetchRoboflowOrtAnswer(id: RoboflowModelId, apiKey: string, apiUrl: string): Promise<RoboflowOrtAnswer> {
  const label = `Roboflow model ${id.project}/${id.version}`;
  const base = apiUrl.replace(/\/+$/, '');
  const url = new URL(`${base}/ort/${encodeURIComponent(id.project)}/${encodeURIComponent(id.version)}`);
  url.searchParams.set('nocache', 'true');
  url.searchParams.set('device', `rxcv-${hostname()}`);
  url.searchParams.set('dynamic', 'true');
  url.searchParams.set('api_key', apiKey);
  const shown = redactReference(url.toString());
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new ModelError(
      'MODEL_DOWNLOAD_FAILED',
      scrubKey(`${label}: cannot reach the Roboflow API at ${shown}: ${cause}. Offline, only models already in the cache can be used.`, apiKey),
      { cause: error },
    );
  }
  if (response.status === 401 || response.status === 403) {
    throw new ModelError('MODEL_UNAUTHORIZED', `${label}: the Roboflow API refused the API key (HTTP ${response.status}); check apiKey / ROBOFLOW_API_KEY`);
  }
  if (response.status === 404) {
    throw new ModelError('MODEL_NOT_FOUND', `${label}: the Roboflow API knows no such model (HTTP 404 from ${shown})`);
  }
  if (!response.ok) {
    throw new ModelError('MODEL_DOWNLOAD_FAILED', `${label}: the Roboflow API answered HTTP ${response.status} (${shown})`);
  }
  let body: { ort?: Partial<RoboflowOrtAnswer> };
  try {
    body = (await response.json()) as { ort?: Partial<RoboflowOrtAnswer> };
  } catch (error) {
    throw new ModelError('MODEL_INVALID', `${label}: the Roboflow API answer is not JSON`, { cause: error });
  }
  const ort = body?.ort;
  if (!ort || typeof ort.model !== 'string' || typeof ort.environment !== 'string') {
    throw new ModelError('MODEL_INVALID', `${label}: the Roboflow API answer has no ort.model / ort.environment URLs`);
  }
  return ort as RoboflowOrtAnswer;
}
