import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ModelError, redactReference } from '@rxcv/core';
import { downloadFile, type DownloadProgress } from '../download/download-file.js';
import { cacheDirectory } from '../registry/model-locations.js';
import { DEFAULT_ROBOFLOW_API_URL, fetchRoboflowOrtAnswer, scrubKey } from './roboflow-api.js';
import type { RoboflowEnvironment } from './roboflow-environment.js';
import type { RoboflowModelId } from './roboflow-model-id.js';

export interface RoboflowOptions {
  /** Default `$ROBOFLOW_API_KEY`. Only needed when the model is not cached yet. */
  readonly apiKey?: string;
  /** Default `$ROBOFLOW_API_URL`, else https://api.roboflow.com. */
  readonly apiUrl?: string;
  readonly cacheDir?: string;
  /** Pin the weights: Roboflow's answer carries no checksum, so one can be given here. */
  readonly sha256?: string;
  readonly onProgress?: (progress: DownloadProgress) => void;
}

/** What is kept beside the cached weights; written last, so its presence means "complete". */
export interface RoboflowManifest {
  readonly id: string;
  readonly type: string | null;
  readonly modelType: string | null;
  readonly classes: string[] | null;
  readonly environment: RoboflowEnvironment;
  readonly weightsFile: string;
  readonly sha256: string;
  readonly downloadedAt: string;
}

const MANIFEST = 'rxcv-manifest.json';
const WEIGHTS = 'weights.onnx';

async function readManifest(dir: string): Promise<RoboflowManifest | null> {
  const path = join(dir, MANIFEST);
  if (!existsSync(path) || !existsSync(join(dir, WEIGHTS))) return null;
  try {
    return JSON.parse(await readFile(path, 'utf8')) as RoboflowManifest;
  } catch {
    return null; // unreadable: fetch again
  }
}

async function fetchEnvironment(url: string, label: string, apiKey: string): Promise<RoboflowEnvironment> {
  const shown = redactReference(url);
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    throw new ModelError('MODEL_DOWNLOAD_FAILED', scrubKey(`${label}: cannot download the environment file ${shown}: ${(error as Error).message}`, apiKey), {
      cause: error,
    });
  }
  if (!response.ok) {
    const code = response.status === 404 ? 'MODEL_NOT_FOUND' : response.status === 401 || response.status === 403 ? 'MODEL_UNAUTHORIZED' : 'MODEL_DOWNLOAD_FAILED';
    throw new ModelError(code, `${label}: environment file ${shown} answered HTTP ${response.status}`);
  }
  try {
    return (await response.json()) as RoboflowEnvironment;
  } catch (error) {
    throw new ModelError('MODEL_INVALID', `${label}: environment file ${shown} is not JSON`, { cause: error });
  }
}

/**
 * Resolves a Roboflow `project/version` to a cached ONNX file and its manifest: from the cache
 * when complete (no network, no key needed), else through the `/ort` API with the key, then
 * the environment file, then the weights (atomic, locked, verified against `sha256` if given),
 * and the manifest last.
 */
export async function resolveRoboflowModel(
  id: RoboflowModelId,
  options: RoboflowOptions,
): Promise<{ path: string; manifest: RoboflowManifest; origin: 'cache' | 'roboflow' }> {
  const name = `${id.project}/${id.version}`;
  const label = `Roboflow model ${name}`;
  const dir = join(cacheDirectory(options.cacheDir), 'roboflow', id.project, id.version);
  const cached = await readManifest(dir);
  if (cached && (!options.sha256 || cached.sha256 === options.sha256.toLowerCase())) {
    return { path: join(dir, WEIGHTS), manifest: cached, origin: 'cache' };
  }
  const apiKey = options.apiKey ?? process.env.ROBOFLOW_API_KEY;
  if (!apiKey) {
    throw new ModelError('MODEL_UNAUTHORIZED', `${label} is not in the cache (${dir}) and needs an API key: pass apiKey or set ROBOFLOW_API_KEY`);
  }
  const apiUrl = options.apiUrl ?? process.env.ROBOFLOW_API_URL ?? DEFAULT_ROBOFLOW_API_URL;
  const answer = await fetchRoboflowOrtAnswer(id, apiKey, apiUrl);
  const environment = await fetchEnvironment(answer.environment, label, apiKey);
  await mkdir(dir, { recursive: true });
  let outcome;
  try {
    outcome = await downloadFile({
      url: answer.model,
      destination: join(dir, WEIGHTS),
      sha256: options.sha256,
      what: label,
      offlineHint: 'Offline, only models already in the cache can be used.',
      onProgress: options.onProgress,
    });
  } catch (error) {
    if (error instanceof ModelError) throw new ModelError(error.code, scrubKey(error.message, apiKey), { cause: error.cause });
    throw error;
  }
  const manifest: RoboflowManifest = {
    id: name,
    type: answer.type ?? null,
    modelType: answer.modelType ?? null,
    classes: Array.isArray(answer.classes) ? answer.classes.map(String) : null,
    environment,
    weightsFile: WEIGHTS,
    sha256: outcome.sha256,
    downloadedAt: new Date().toISOString(),
  };
  const temp = join(dir, `.${MANIFEST}.${process.pid}.part`);
  await writeFile(temp, JSON.stringify(manifest, null, 2));
  await rename(temp, join(dir, MANIFEST));
  return { path: outcome.path, manifest, origin: 'roboflow' };
}
