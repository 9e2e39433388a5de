// Issue 12 "done when": with node-av chosen, decoding a file and writing an MP4 never loads
// beamcoder, in a project where beamcoder is not installed at all. The project is made here: a
// copy of this package's build and node-av (from the workspace's store, where @rxcv/beamcoder is
// not reachable), and a child Node that records every module it resolves.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedAsset } from '@rxcv/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const HIGHWAY = sharedAsset('media', 'highway_960x540_25fps.mp4');

/** Records every module specifier and URL the process resolves (ESM and CommonJS alike). */
const TRACE_HOOK = `
import { registerHooks } from 'node:module';
globalThis.resolvedModules = [];
registerHooks({
  resolve(specifier, context, nextResolve) {
    globalThis.resolvedModules.push(specifier);
    const result = nextResolve(specifier, context);
    globalThis.resolvedModules.push(result.url);
    return result;
  },
});
`;

/** Decodes 25 frames of the clip, encodes them to an MP4 and reopens it, all through the backend RXCV_FFMPEG chooses. */
const PIPELINE = `
import { loadFfmpegBackend } from '@rxcv/ffmpeg';
const [clip, output] = process.argv.slice(2);
const ffmpeg = await loadFfmpegBackend();
const input = await ffmpeg.openInput(clip);
const video = input.streams.find((stream) => stream.type === 'video');
input.selectOnly(video.index);
const decoder = await input.openDecoder(video.index);
const file = await ffmpeg.openOutputFile(output, 'mp4');
const encoder = ffmpeg.createEncoder({ codec: 'libx264', width: video.width, height: video.height, pixelFormat: 'yuv420p', timeBase: [1, 25], frameRate: [25, 1], globalHeader: true, options: { preset: 'ultrafast', 'x264-params': 'log=-1' } });
let written = 0;
let header = false;
const write = async (packets) => {
  for (const packet of packets) {
    if (!header) {
      await file.writeHeader({ codec: 'h264', width: video.width, height: video.height, pixelFormat: 'yuv420p', frameRate: [25, 1], timeBase: [1, 25], extradata: encoder.extradata });
      header = true;
    }
    await file.writePacket(packet, [1, 25], 1);
  }
};
while (written < 25) {
  const packet = await input.readPacket();
  if (packet === null) break;
  for (const frame of await decoder.decode(packet)) {
    if (written < 25) {
      frame.pts = written++;
      await write(await encoder.encode([frame]));
    }
    frame.release();
  }
}
input.close();
await write(await encoder.flush());
await file.finish();
const reopened = await ffmpeg.openInput(output);
const frames = reopened.streams[0].frameCount;
reopened.close();
const loadedDuringPipeline = globalThis.resolvedModules.filter((name) => /beamcoder/i.test(name));
let beamcoderError;
try {
  await loadFfmpegBackend('beamcoder');
} catch (error) {
  beamcoderError = { name: error.name, code: error.code, message: error.message };
}
// The trace does see beamcoder when it is asked for: the check above can fail.
const tracedWhenAsked = globalThis.resolvedModules.some((name) => /beamcoder-backend/.test(name));
console.log(JSON.stringify({ backend: ffmpeg.name, written, frames, loadedDuringPipeline, beamcoderError, tracedWhenAsked }));
`;

describe('a project without beamcoder, node-av chosen', () => {
  let project: string;

  beforeAll(() => {
    if (!existsSync(join(PACKAGE_DIR, 'dist', 'index.js'))) throw new Error('build @rxcv/ffmpeg first (pnpm --filter @rxcv/ffmpeg build)');
    project = mkdtempSync(join(tmpdir(), 'rxcv-node-av-only-'));
    const modules = join(project, 'node_modules');
    // A copy, not a link: a linked package would resolve its imports from the workspace, where @rxcv/beamcoder is.
    mkdirSync(join(modules, '@rxcv', 'ffmpeg'), { recursive: true });
    cpSync(join(PACKAGE_DIR, 'package.json'), join(modules, '@rxcv', 'ffmpeg', 'package.json'));
    cpSync(join(PACKAGE_DIR, 'dist'), join(modules, '@rxcv', 'ffmpeg', 'dist'), { recursive: true });
    // node-av resolves its own dependencies from pnpm's store, next to its real path.
    symlinkSync(realpathSync(join(PACKAGE_DIR, 'node_modules', 'node-av')), join(modules, 'node-av'), 'dir');
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'node-av-only', private: true, type: 'module' }));
    writeFileSync(join(project, 'trace.mjs'), TRACE_HOOK);
    writeFileSync(join(project, 'pipeline.mjs'), PIPELINE);
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('without node-av either, each backend asked for is FFMPEG_BACKEND_UNAVAILABLE saying what to install', () => {
    // Its own directory: under the first project, node resolution would find that one's node-av.
    const bare = mkdtempSync(join(tmpdir(), 'rxcv-bare-'));
    try {
      mkdirSync(join(bare, 'node_modules', '@rxcv'), { recursive: true });
      cpSync(join(project, 'node_modules', '@rxcv', 'ffmpeg'), join(bare, 'node_modules', '@rxcv', 'ffmpeg'), { recursive: true });
      writeFileSync(join(bare, 'package.json'), JSON.stringify({ name: 'bare', private: true, type: 'module' }));
      writeFileSync(
        join(bare, 'load.mjs'),
        `import { loadFfmpegBackend } from '@rxcv/ffmpeg';
  const results = {};
  for (const name of ['node-av', 'beamcoder']) {
    results[name] = await loadFfmpegBackend(name).then(() => 'loaded', (error) => ({ code: error.code, message: error.message }));
  }
  console.log(JSON.stringify(results));`,
      );
      const output = execFileSync(process.execPath, ['load.mjs'], { cwd: bare, encoding: 'utf8', timeout: 30_000 });
      const results = JSON.parse(output.trim().split('\n').at(-1) ?? '{}');
      expect(results['node-av']).toMatchObject({ code: 'FFMPEG_BACKEND_UNAVAILABLE', message: expect.stringMatching(/npm install node-av/) });
      expect(results.beamcoder).toMatchObject({ code: 'FFMPEG_BACKEND_UNAVAILABLE', message: expect.stringMatching(/install @rxcv\/beamcoder/) });
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });

  it('decodes a file and writes an MP4 without resolving any beamcoder module; asking for beamcoder there is FFMPEG_BACKEND_UNAVAILABLE', () => {
    expect(existsSync(join(project, 'node_modules', '@rxcv', 'beamcoder'))).toBe(false);
    const output = execFileSync(process.execPath, ['--import', './trace.mjs', 'pipeline.mjs', HIGHWAY, join(project, 'out.mp4')], {
      cwd: project,
      env: { ...process.env, RXCV_FFMPEG: 'node-av' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const result = JSON.parse(output.trim().split('\n').at(-1) ?? '{}');
    expect(result).toMatchObject({ backend: 'node-av', written: 25, frames: 25, loadedDuringPipeline: [], tracedWhenAsked: true });
    expect(result.beamcoderError).toMatchObject({ name: 'FfmpegBackendError', code: 'FFMPEG_BACKEND_UNAVAILABLE' });
    expect(result.beamcoderError.message).toMatch(/install @rxcv\/beamcoder/);
  });
});
