import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ModelError } from '@rxcv/core';
import { hasSharedAssets, sharedAsset } from '@rxcv/testing';
import { OnnxSession, sessionOptions } from '../src/index.js';
import { ort } from '../src/onnx/onnx-session.js';
import { identityOnnx } from './helpers/tiny-onnx.js';

const MODEL = identityOnnx([2, 3]);
const input = () => Float32Array.from([1, 2, 3, 4, 5, 6]);

describe('OnnxSession in a worker thread (the default) and on the main thread', () => {
  for (const sessionThread of ['worker', 'main'] as const) {
    it(`${sessionThread}: runs, with metadata, and gives the same outputs`, async () => {
      const session = await OnnxSession.open(MODEL, 'identity', { threads: 1, sessionThread });
      try {
        expect(session.thread).toBe(sessionThread);
        expect(session.inputs).toEqual([{ name: 'x', type: 'float32', shape: [2, 3] }]);
        expect(session.outputs).toEqual([{ name: 'y', type: 'float32', shape: [2, 3] }]);
        const data = session.allocateFloat32(6);
        expect(data.buffer instanceof SharedArrayBuffer).toBe(sessionThread === 'worker');
        data.set(input());
        const first = await session.run({ x: new ort.Tensor('float32', data, [2, 3]) });
        expect(Array.from(first.y.data as Float32Array)).toEqual([1, 2, 3, 4, 5, 6]);
        expect(first.y.dims).toEqual([2, 3]);
        expect(first.y).toBeInstanceOf(ort.Tensor);
        // The same shared buffer filled again: the next run sees the new values.
        data.set([6, 5, 4, 3, 2, 1]);
        const second = await session.run({ x: new ort.Tensor('float32', data, [2, 3]) });
        expect(Array.from(second.y.data as Float32Array)).toEqual([6, 5, 4, 3, 2, 1]);
        // A plain (not shared) input works too.
        const plain = await session.run({ x: new ort.Tensor('float32', input(), [2, 3]) });
        expect(Array.from(plain.y.data as Float32Array)).toEqual([1, 2, 3, 4, 5, 6]);
      } finally {
        await session.dispose();
      }
    });
  }

  it('answers concurrent runs each with its own outputs, in order', async () => {
    const session = await OnnxSession.open(MODEL, 'identity', { threads: 1 });
    try {
      const runs = [0, 1, 2, 3, 4].map((k) => session.run({ x: new ort.Tensor('float32', input().map((v) => v + 10 * k), [2, 3]) }));
      const outputs = await Promise.all(runs);
      outputs.forEach((out, k) => expect((out.y.data as Float32Array)[0]).toBe(1 + 10 * k));
    } finally {
      await session.dispose();
    }
  });

  it('a failing run is MODEL_INFERENCE_FAILED naming the model; the session goes on', async () => {
    const session = await OnnxSession.open(MODEL, 'identity.onnx', { threads: 1 });
    try {
      const wrong = session.run({ x: new ort.Tensor('float32', Float32Array.from([1, 2]), [1, 2]) });
      await expect(wrong).rejects.toBeInstanceOf(ModelError);
      await expect(wrong).rejects.toMatchObject({ code: 'MODEL_INFERENCE_FAILED', message: expect.stringContaining('identity.onnx failed to run') });
      const ok = await session.run({ x: new ort.Tensor('float32', input(), [2, 3]) });
      expect((ok.y.data as Float32Array)[5]).toBe(6);
    } finally {
      await session.dispose();
    }
  });

  it('bytes onnxruntime cannot load are MODEL_INVALID from the worker too', async () => {
    const broken = MODEL.slice(0, MODEL.length - 7);
    await expect(OnnxSession.open(broken, 'broken.onnx', { sessionThread: 'worker' })).rejects.toMatchObject({
      code: 'MODEL_INVALID',
      message: expect.stringContaining('broken.onnx cannot be loaded by onnxruntime'),
    });
  });

  it('a bad sessionThread is MODEL_INVALID', async () => {
    await expect(OnnxSession.open(MODEL, 'identity', { sessionThread: 'gpu' as never })).rejects.toMatchObject({ code: 'MODEL_INVALID' });
  });

  it('after dispose, runs reject and a second dispose is harmless', async () => {
    const session = await OnnxSession.open(MODEL, 'identity', { threads: 1 });
    await session.dispose();
    await session.dispose();
    await expect(session.run({ x: new ort.Tensor('float32', input(), [2, 3]) })).rejects.toMatchObject({ code: 'MODEL_INFERENCE_FAILED' });
  });

  it('an idle session that was never disposed does not keep the process alive', () => {
    const child = fileURLToPath(new URL('./helpers/session-exit-child.mjs', import.meta.url));
    const dir = mkdtempSync(join(tmpdir(), 'rxcv-session-'));
    const file = join(dir, 'identity.onnx');
    writeFileSync(file, MODEL);
    const started = Date.now();
    const run = spawnSync(process.execPath, [child, file], { encoding: 'utf8', timeout: 20_000 });
    rmSync(dir, { recursive: true, force: true });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('ran 1,2,3,4,5,6');
    expect(run.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe.skipIf(!hasSharedAssets())('process.exit() while a worker-thread session runs', () => {
  it('exits normally instead of aborting (three times)', () => {
    const child = fileURLToPath(new URL('./helpers/exit-during-run-child.mjs', import.meta.url));
    for (let i = 0; i < 3; i++) {
      const run = spawnSync(process.execPath, [child, sharedAsset('models', 'yolox_nano.onnx')], { encoding: 'utf8', timeout: 30_000 });
      expect(run.stderr).not.toContain('terminate called');
      expect(run.signal).toBeNull();
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/exiting after [1-9]\d* runs/);
    }
  });
});

describe('sessionOptions', () => {
  it('does not spin by default; spinning: true turns it on', () => {
    expect(sessionOptions({}, 2)).toMatchObject({
      intraOpNumThreads: 2,
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
      extra: { session: { intra_op: { allow_spinning: '0' } } },
    });
    expect(sessionOptions({ spinning: true, graphOptimizationLevel: 'basic' }, 1)).toMatchObject({
      intraOpNumThreads: 1,
      graphOptimizationLevel: 'basic',
      extra: { session: { intra_op: { allow_spinning: '1' } } },
    });
  });
});
