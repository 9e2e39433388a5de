import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FrameImage, ObjectDetectionResult } from '@rxcv/core';
import { hasSharedAssets, sharedAsset } from '@rxcv/testing';
import { COCO_CLASS_NAMES, loadModel, type LoadModelOptions } from '../src/index.js';
import { startFileServer, type FileServer } from './helpers/file-server.js';
import { listFiles } from './helpers/list-files.js';
import { corners, readImage } from './helpers/read-image.js';
import { expectFound } from './helpers/expect-detection.js';

const KEY = 'rf_test_key_4f9a1c';

/** Environment files the fake Roboflow API points at, by name. */
const ENVIRONMENTS: Record<string, object> = {
  'grey-fit': {
    PREPROCESSING: JSON.stringify({ 'auto-orient': { enabled: true }, resize: { enabled: true, format: 'Fit (grey edges) in', width: 640, height: 640 } }),
    CLASS_MAP: Object.fromEntries(COCO_CLASS_NAMES.map((n, i) => [String(i), n])),
  },
  'crop-right-half': {
    PREPROCESSING: JSON.stringify({
      resize: { enabled: true, format: 'Fit (grey edges) in', width: 640, height: 640 },
      'static-crop': { enabled: true, x_min: 50, y_min: 0, x_max: 100, y_max: 100 },
      contrast: { enabled: true, type: 'Contrast Stretching' },
    }),
  },
};

/** The projects the fake API knows: version -> answer fields. */
const PROJECTS: Record<string, { environment: string; weights: string; type: string; modelType: string; classes?: string[] }> = {
  'coco-dogs/3': { environment: 'grey-fit', weights: 'yolov8n_int8.onnx', type: 'object-detection', modelType: 'yolov8n', classes: [...COCO_CLASS_NAMES] },
  'coco-dogs/4': { environment: 'crop-right-half', weights: 'yolov8n_int8.onnx', type: 'object-detection', modelType: 'yolov8n' },
  'cells/1': { environment: 'grey-fit', weights: 'yolov8n_int8.onnx', type: 'instance-segmentation', modelType: 'yolov8n-seg' },
};

describe.skipIf(!hasSharedAssets())('Roboflow-hosted models against a real HTTP server answering like the Roboflow API', () => {
  let server: FileServer;
  let scratch: string;
  let cacheDir: string;
  let dog: FrameImage;
  let n = 0;

  beforeAll(async () => {
    server = await startFileServer(sharedAsset('models'));
    server.route('/ort/', (req, res, url) => {
      if (url.searchParams.get('api_key') !== KEY) {
        res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'This API key does not exist' } }));
        return;
      }
      const project = PROJECTS[url.pathname.slice('/ort/'.length)];
      if (!project) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'Model not found' } }));
        return;
      }
      const ort = {
        name: 'test',
        type: project.type,
        modelType: project.modelType,
        ...(project.classes ? { classes: project.classes } : {}),
        // Signed-URL style queries, as real answers carry: they must never be printed.
        model: `${server.baseUrl}/${project.weights}?X-Signature=sig-${KEY}`,
        environment: `${server.baseUrl}/env/${project.environment}.json`,
        colors: {},
      };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ort }));
    });
    server.route('/env/', (req, res, url) => {
      const environment = ENVIRONMENTS[url.pathname.slice('/env/'.length).replace(/\.json$/, '')];
      if (!environment) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(environment));
    });
    scratch = mkdtempSync(join(tmpdir(), 'rxcv-models-rf-'));
    dog = await readImage(sharedAsset('media', 'dog.jpg'));
  });
  afterAll(async () => {
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  });
  beforeEach(() => {
    server.mode = { kind: 'ok' };
    cacheDir = join(scratch, `cache-${++n}`);
  });

  const options = (over: Partial<LoadModelOptions> = {}): LoadModelOptions => ({ apiKey: KEY, apiUrl: server.baseUrl, cacheDir, warmup: false, ...over });

  /** No message, stack or serialisation of the error carries the key. */
  const keyFree = (error: unknown) => {
    const e = error as Error & { cause?: unknown };
    const text = [e.message, e.stack, JSON.stringify(e), String(e.cause ?? ''), (e.cause as Error | undefined)?.message].join('\n');
    return !text.includes(KEY);
  };

  it('resolves project/version through /ort, downloads weights and environment, and detects like the Ultralytics model', async () => {
    const model = await loadModel('coco-dogs/3', options());
    expect(model).toMatchObject({ id: 'coco-dogs/3', family: 'yolov8', origin: 'download', labelsSource: 'option' });
    expect(model.contract).toMatchObject({ resize: 'letterbox', align: 'centre', padValue: 114, channelOrder: 'rgb' });
    const request = server.requests.find((r) => r.startsWith('/ort/coco-dogs/3'));
    expect(request).toMatch(/nocache=true/);
    expect(request).toMatch(/dynamic=true/);
    expect(request).toMatch(new RegExp(`api_key=${KEY}`));
    expect(listFiles(join(cacheDir, 'roboflow'))).toEqual(['coco-dogs/3/rxcv-manifest.json', 'coco-dogs/3/weights.onnx']);
    const [result] = (await model.infer([dog])) as ObjectDetectionResult[];
    expectFound(result.predictions, { class: 'dog', confidence: 0.96, box: [131, 220, 308, 539] });
    expectFound(result.predictions, { class: 'bicycle', confidence: 0.88, box: [132, 136, 569, 420] });
    await model.dispose();
  });

  it('reuses the cache offline and without a key', async () => {
    (await loadModel('coco-dogs/3', options())).dispose();
    const saved = process.env.ROBOFLOW_API_KEY;
    delete process.env.ROBOFLOW_API_KEY;
    try {
      const offline = await loadModel('coco-dogs/3', { cacheDir, apiUrl: 'http://127.0.0.1:1', warmup: false });
      expect(offline.origin).toBe('cache');
      expect(offline.classNames[16]).toBe('dog');
      await offline.dispose();
    } finally {
      if (saved !== undefined) process.env.ROBOFLOW_API_KEY = saved;
    }
  });

  it('applies the environment: a static crop of the right half finds the car in full-frame pixels; CLASS_MAP absent -> metadata names; contrast reported', async () => {
    const model = await loadModel('coco-dogs/4', options());
    expect(model.ignoredPreprocessing).toEqual(['contrast (Contrast Stretching)']);
    const [result] = (await model.infer([dog])) as ObjectDetectionResult[];
    expect(result.image).toEqual({ width: 768, height: 576 });
    const vehicle = result.predictions.find((p) => p.class === 'car' || p.class === 'truck');
    expect(vehicle, JSON.stringify(result.predictions)).toBeDefined();
    corners(vehicle!).forEach((v, i) => expect(Math.abs(v - [468, 74, 693, 170][i])).toBeLessThanOrEqual(15));
    const lefts = result.predictions.map((p) => corners(p)[0]);
    expect(Math.min(...lefts), JSON.stringify(result.predictions)).toBeGreaterThanOrEqual(384 - 0.5); // nothing left of the crop
    await model.dispose();
  });

  it('ROBOFLOW_API_KEY and ROBOFLOW_API_URL are read from the environment', async () => {
    const saved = [process.env.ROBOFLOW_API_KEY, process.env.ROBOFLOW_API_URL];
    process.env.ROBOFLOW_API_KEY = KEY;
    process.env.ROBOFLOW_API_URL = server.baseUrl;
    try {
      const model = await loadModel('coco-dogs/3', { cacheDir, warmup: false });
      expect(model.origin).toBe('download');
      await model.dispose();
    } finally {
      [process.env.ROBOFLOW_API_KEY, process.env.ROBOFLOW_API_URL] = saved;
      if (saved[0] === undefined) delete process.env.ROBOFLOW_API_KEY;
      if (saved[1] === undefined) delete process.env.ROBOFLOW_API_URL;
    }
  });

  it('a bad key is MODEL_UNAUTHORIZED and the key appears nowhere in the error', async () => {
    const error = await loadModel('coco-dogs/3', options({ apiKey: 'wrong-key-123' })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'MODEL_UNAUTHORIZED', message: expect.stringMatching(/coco-dogs\/3.*HTTP 401.*ROBOFLOW_API_KEY/) });
    expect(String((error as Error).message)).not.toContain('wrong-key-123');
    expect(listFiles(cacheDir)).toEqual([]);
  });

  it('no key at all (and nothing cached) is MODEL_UNAUTHORIZED saying how to give one', async () => {
    const saved = process.env.ROBOFLOW_API_KEY;
    delete process.env.ROBOFLOW_API_KEY;
    try {
      await expect(loadModel('coco-dogs/3', { apiUrl: server.baseUrl, cacheDir })).rejects.toMatchObject({
        code: 'MODEL_UNAUTHORIZED',
        message: expect.stringMatching(/apiKey or set ROBOFLOW_API_KEY/),
      });
    } finally {
      if (saved !== undefined) process.env.ROBOFLOW_API_KEY = saved;
    }
  });

  it('an unknown model is MODEL_NOT_FOUND without the key', async () => {
    const error = await loadModel('no-such-project/9', options()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'MODEL_NOT_FOUND', message: expect.stringContaining('no-such-project/9') });
    expect(keyFree(error)).toBe(true);
  });

  it('a weights download that breaks half-way is MODEL_DOWNLOAD_FAILED, leaves nothing, and the next run downloads again', async () => {
    server.mode = { kind: 'break-half' };
    const error = await loadModel('coco-dogs/3', options()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'MODEL_DOWNLOAD_FAILED', message: expect.stringMatching(/broke off/) });
    expect(keyFree(error)).toBe(true);
    expect(listFiles(cacheDir).filter((f) => !f.endsWith('/'))).toEqual([]);
    server.mode = { kind: 'ok' };
    const model = await loadModel('coco-dogs/3', options());
    expect(model.origin).toBe('download');
    await model.dispose();
  });

  it('weights that do not match a pinned SHA-256 are MODEL_CHECKSUM_MISMATCH and are not kept', async () => {
    const wrong = 'f'.repeat(64);
    const error = await loadModel('coco-dogs/3', options({ sha256: wrong })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'MODEL_CHECKSUM_MISMATCH' });
    expect(keyFree(error)).toBe(true);
    expect(listFiles(cacheDir)).toEqual([]);
    const right = createHash('sha256').update(readFileSync(sharedAsset('models', 'yolov8n_int8.onnx'))).digest('hex');
    const model = await loadModel('coco-dogs/3', options({ sha256: right }));
    expect(model.origin).toBe('download');
    await model.dispose();
  });

  it('an unreachable API is MODEL_DOWNLOAD_FAILED naming it without the key', async () => {
    const error = await loadModel('coco-dogs/3', options({ apiUrl: 'http://127.0.0.1:1' })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'MODEL_DOWNLOAD_FAILED', message: expect.stringMatching(/127\.0\.0\.1:1\/ort\/coco-dogs\/3.*Offline/) });
    expect(keyFree(error)).toBe(true);
  });

  it('a model type rxcv does not run is MODEL_UNSUPPORTED naming it', async () => {
    await expect(loadModel('cells/1', options())).rejects.toMatchObject({ code: 'MODEL_UNSUPPORTED', message: expect.stringMatching(/instance-segmentation/) });
  });
});
