import { copyFileSync, mkdtempSync, rmSync, writeFileSync, symlinkSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedAssets, sharedAsset } from '@rxcv/testing';
import { COCO_CLASS_NAMES, loadModel } from '../src/index.js';
import { identityOnnx } from './helpers/tiny-onnx.js';

const scratch = mkdtempSync(join(tmpdir(), 'rxcv-models-load-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A directory holding a link to one shared model, for sidecar-label tests. */
function modelDir(name: string, file: string): string {
  const dir = join(scratch, name);
  mkdirSync(dir);
  symlinkSync(sharedAsset('models', file), join(dir, file));
  return dir;
}

describe('loadModel errors', () => {
  it('a missing file is MODEL_NOT_FOUND naming it', async () => {
    await expect(loadModel('/nowhere/model.onnx')).rejects.toMatchObject({ code: 'MODEL_NOT_FOUND', message: expect.stringContaining('/nowhere/model.onnx') });
    await expect(loadModel('./missing.onnx')).rejects.toMatchObject({ code: 'MODEL_NOT_FOUND' });
  });

  it('an unknown id is MODEL_NOT_FOUND listing the built-in ids', async () => {
    await expect(loadModel('yolo-nonexistent')).rejects.toMatchObject({ code: 'MODEL_NOT_FOUND', message: expect.stringMatching(/yolox-nano.*yolov8n/) });
  });

  it('a file that is not ONNX is MODEL_INVALID naming the file', async () => {
    const text = join(scratch, 'labels-not-a-model.onnx');
    writeFileSync(text, 'person\nbicycle\n');
    await expect(loadModel(text)).rejects.toMatchObject({ code: 'MODEL_INVALID', message: expect.stringContaining(text) });
    const empty = join(scratch, 'empty.onnx');
    writeFileSync(empty, '');
    await expect(loadModel(empty)).rejects.toMatchObject({ code: 'MODEL_INVALID', message: expect.stringMatching(/empty/) });
    await expect(loadModel(scratch)).rejects.toMatchObject({ code: 'MODEL_INVALID', message: expect.stringMatching(/directory/) });
  });

  it('a valid ONNX model of no known family is MODEL_UNSUPPORTED with its shapes', async () => {
    const path = join(scratch, 'identity.onnx');
    writeFileSync(path, identityOnnx([1, 3, 16, 16]));
    await expect(loadModel(path)).rejects.toMatchObject({ code: 'MODEL_UNSUPPORTED', message: expect.stringMatching(/identity\.onnx.*\[1,3,16,16\]/) });
  });

  it('a built-in without an official download, absent locally, says how to get it', async () => {
    await expect(loadModel('yolov8n', { modelsDir: null, cacheDir: join(scratch, 'empty-cache') })).rejects.toMatchObject({
      code: 'MODEL_NOT_FOUND',
      message: expect.stringMatching(/no official ONNX download.*yolo export/),
    });
  });
});

describe.skipIf(!hasSharedAssets())('loadModel on the real models', () => {
  it('JPEG bytes renamed to .onnx are MODEL_INVALID', async () => {
    const fake = join(scratch, 'dog.onnx');
    copyFileSync(sharedAsset('media', 'dog.jpg'), fake);
    await expect(loadModel(fake)).rejects.toMatchObject({ code: 'MODEL_INVALID', message: expect.stringContaining(fake) });
  });

  it('a truncated model is MODEL_INVALID', async () => {
    const { readFileSync } = await import('node:fs');
    const cut = join(scratch, 'cut.onnx');
    writeFileSync(cut, readFileSync(sharedAsset('models', 'yolox_nano.onnx')).subarray(0, 100_000));
    await expect(loadModel(cut)).rejects.toMatchObject({ code: 'MODEL_INVALID' });
  });

  it('built-in ids resolve from the models directory', async () => {
    const model = await loadModel('yolox-nano', { modelsDir: sharedAsset('models'), warmup: false });
    expect(model).toMatchObject({ id: 'yolox-nano', family: 'yolox', origin: 'models-dir', labelsSource: 'coco' });
    expect(model.path).toBe(sharedAsset('models', 'yolox_nano.onnx'));
    await model.dispose();
    const v8 = await loadModel('yolov8n', { modelsDir: sharedAsset('models'), warmup: false });
    expect(v8).toMatchObject({ family: 'yolov8', labelsSource: 'metadata' });
    await v8.dispose();
  });

  it('$RXCV_MODELS_DIR is the default models directory', async () => {
    const saved = process.env.RXCV_MODELS_DIR;
    process.env.RXCV_MODELS_DIR = sharedAsset('models');
    try {
      const model = await loadModel('yolox-nano', { warmup: false });
      expect(model.origin).toBe('models-dir');
      await model.dispose();
    } finally {
      if (saved === undefined) delete process.env.RXCV_MODELS_DIR;
      else process.env.RXCV_MODELS_DIR = saved;
    }
  });

  it('labels: option names, an option file, a sidecar, metadata, COCO', async () => {
    const names = COCO_CLASS_NAMES.map((n) => n.toUpperCase());
    const fromOption = await loadModel(sharedAsset('models', 'yolox_nano.onnx'), { labels: names, warmup: false });
    expect(fromOption.classNames[16]).toBe('DOG');
    await fromOption.dispose();

    const file = join(scratch, 'custom.names');
    writeFileSync(file, names.map((n) => `x-${n}`).join('\n') + '\n');
    const fromFile = await loadModel(sharedAsset('models', 'yolox_nano.onnx'), { labels: file, warmup: false });
    expect(fromFile).toMatchObject({ labelsSource: 'file' });
    expect(fromFile.classNames[0]).toBe('x-PERSON');
    await fromFile.dispose();

    const dir = modelDir('sidecar', 'yolox_nano.onnx');
    writeFileSync(join(dir, 'yolox_nano.names'), names.map((n) => `side-${n}`).join('\n'));
    const fromSidecar = await loadModel(join(dir, 'yolox_nano.onnx'), { warmup: false });
    expect(fromSidecar).toMatchObject({ labelsSource: 'sidecar' });
    expect(fromSidecar.classNames[2]).toBe('side-CAR');
    await fromSidecar.dispose();

    const coco = await loadModel(sharedAsset('models', 'yolox_nano.onnx'), { warmup: false });
    expect(coco.labelsSource).toBe('coco');
    expect(coco.classNames).toEqual(COCO_CLASS_NAMES);
    await coco.dispose();
  });

  it('labels whose count disagrees with the model are MODEL_INVALID; a missing labels file MODEL_NOT_FOUND', async () => {
    await expect(loadModel(sharedAsset('models', 'yolox_nano.onnx'), { labels: ['a', 'b'] })).rejects.toMatchObject({
      code: 'MODEL_INVALID',
      message: expect.stringMatching(/2 class names.*80 classes/),
    });
    await expect(loadModel(sharedAsset('models', 'yolox_nano.onnx'), { labels: '/nowhere/x.names' })).rejects.toMatchObject({ code: 'MODEL_NOT_FOUND' });
  });

  it('a named family that does not fit is MODEL_UNSUPPORTED', async () => {
    await expect(loadModel(sharedAsset('models', 'yolox_nano.onnx'), { family: 'classification' })).rejects.toMatchObject({ code: 'MODEL_UNSUPPORTED' });
  });

  it('session options: threads and graph optimisation level are applied; bad threads rejected', async () => {
    const model = await loadModel(sharedAsset('models', 'yolox_nano.onnx'), { threads: 1, graphOptimizationLevel: 'basic', warmup: false });
    expect(model.family).toBe('yolox');
    await model.dispose();
    await model.dispose(); // twice is harmless
    await expect(loadModel(sharedAsset('models', 'yolox_nano.onnx'), { threads: 0 })).rejects.toMatchObject({ code: 'MODEL_INVALID' });
  });
});
