// The `device` option on this machine, which has no GPU: 'auto' falls back to the CPU and says
// why, every named GPU provider is a typed error saying what to install, and onnxruntime's own
// red error lines for the probes stay off stderr. What needs real hardware (a CUDA, TensorRT,
// DirectML or CoreML session actually running) cannot be tested here; see the README.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasSharedAssets, sharedAsset } from '@rxcv/testing';
import { loadModel } from '../src/index.js';
import { ffmpegFrames } from './helpers/ffmpeg-frames.js';

const here = dirname(fileURLToPath(import.meta.url));
const ortDir = dirname(createRequire(import.meta.url).resolve('onnxruntime-node/package.json'));
/** onnxruntime-node's CUDA provider library, which its install script downloads (skipped here). */
const hasCudaLibraries = existsSync(join(ortDir, 'bin', 'napi-v6', 'linux', 'x64', 'libonnxruntime_providers_cuda.so'));

describe.runIf(hasSharedAssets())('device', () => {
  const model = () => sharedAsset('models', 'yolox_nano.onnx');

  it("'cpu' runs on the CPU and tries nothing else", async () => {
    const m = await loadModel(model(), { device: 'cpu', warmup: false });
    try {
      expect(m.executionProvider).toEqual({ name: 'cpu', failures: [] });
    } finally {
      await m.dispose();
    }
  });

  it.runIf(process.platform === 'linux' && process.arch === 'x64' && !hasCudaLibraries)(
    "'auto' (the default) tries CUDA, falls back to the CPU and says why; results equal the CPU's",
    async () => {
      const auto = await loadModel(model(), { warmup: false });
      const cpu = await loadModel(model(), { device: 'cpu', warmup: false });
      try {
        const frames = ffmpegFrames(sharedAsset('media', 'highway_960x540_25fps.mp4'), 960, 540);
        const image = (await frames.next()).value!;
        await frames.return(undefined);
        expect(auto.executionProvider.name).toBe('cpu');
        expect(auto.executionProvider.failures).toEqual([{ provider: 'cuda', reason: expect.stringMatching(/Cuda|CUDA|shared library/) }]);
        const [fromAuto] = await auto.infer([image]);
        const [fromCpu] = await cpu.infer([image]);
        expect(fromCpu.predictions.length).toBeGreaterThan(0);
        const boxes = (r: typeof fromCpu) => r.predictions.map((p) => ({ ...p, detection_id: undefined }));
        expect(boxes(fromAuto)).toEqual(boxes(fromCpu));
      } finally {
        await auto.dispose();
        await cpu.dispose();
      }
    },
  );

  it.runIf(!hasCudaLibraries)("'cuda' without CUDA is EXECUTION_PROVIDER_UNAVAILABLE saying what to install, on either session thread", async () => {
    for (const sessionThread of ['worker', 'main'] as const) {
      await expect(loadModel(model(), { device: 'cuda', sessionThread, warmup: false })).rejects.toMatchObject({
        name: 'ModelError',
        code: 'EXECUTION_PROVIDER_UNAVAILABLE',
        message: expect.stringMatching(/cuda execution provider cannot load.*ONNXRUNTIME_NODE_INSTALL=cuda12/s),
      });
    }
  });

  it.runIf(!hasCudaLibraries)("'tensorrt' without TensorRT is a typed error naming TensorRT", async () => {
    await expect(loadModel(model(), { device: 'tensorrt', warmup: false })).rejects.toMatchObject({
      code: 'EXECUTION_PROVIDER_UNAVAILABLE',
      message: expect.stringMatching(/tensorrt execution provider cannot load.*TensorRT 10/s),
    });
  });

  it.runIf(process.platform === 'linux')("'dml' and 'coreml' on Linux are typed errors naming their platform", async () => {
    await expect(loadModel(model(), { device: 'dml', warmup: false })).rejects.toMatchObject({
      code: 'EXECUTION_PROVIDER_UNAVAILABLE', message: expect.stringMatching(/Windows only/),
    });
    await expect(loadModel(model(), { device: 'coreml', warmup: false })).rejects.toMatchObject({
      code: 'EXECUTION_PROVIDER_UNAVAILABLE', message: expect.stringMatching(/macOS only/),
    });
  });

  it('an unknown device is a typed error listing the devices', async () => {
    await expect(loadModel(model(), { device: 'gpu' as never, warmup: false })).rejects.toMatchObject({
      code: 'EXECUTION_PROVIDER_UNAVAILABLE', message: expect.stringMatching(/unknown device 'gpu'.*auto, cpu, cuda, tensorrt, dml, coreml/),
    });
  });

  it('executionProviders pass through to onnxruntime', async () => {
    const m = await loadModel(model(), { executionProviders: ['cpu'], warmup: false });
    try {
      expect(m.executionProvider.name).toBe('cpu');
    } finally {
      await m.dispose();
    }
  });

  it("'auto' keeps onnxruntime's own error lines for the probe off stderr (RXCV_ORT_LOGLEVEL brings them back)", () => {
    const child = join(here, 'helpers', 'load-auto-child.mjs');
    const run = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, [child, model()], { encoding: 'utf8', env: { ...process.env, ...env } });
    const quiet = run({});
    expect(JSON.parse(quiet.stdout)).toEqual({ provider: 'cpu' });
    expect(quiet.stderr).not.toMatch(/onnxruntime/);
    if (!hasCudaLibraries && process.platform === 'linux') expect(run({ RXCV_ORT_LOGLEVEL: 'error' }).stderr).toMatch(/onnxruntime/);
  });
});
