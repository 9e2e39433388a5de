import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hasSharedAssets, sharedAsset } from '@rxcv/testing';
import { downloadFile, loadModel, type DownloadProgress } from '../src/index.js';
import { startFileServer, type FileServer } from './helpers/file-server.js';
import { listFiles } from './helpers/list-files.js';
import { readImage } from './helpers/read-image.js';

const run = promisify(execFile);

/** A port on 127.0.0.1 that nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const { createServer } = await import('node:net');
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
const OFFICIAL_SHA = 'c789161ed43c8269fcd4e67c67eeeb4e80c622da2eb296a20bc6007bd18a0b7d';

describe.skipIf(!hasSharedAssets())('model downloads against a real HTTP server on 127.0.0.1', () => {
  let server: FileServer;
  let scratch: string;
  let cacheDir: string;
  let sharedSha: string;
  let case_ = 0;

  beforeAll(async () => {
    server = await startFileServer(sharedAsset('models'));
    scratch = mkdtempSync(join(tmpdir(), 'rxcv-models-dl-'));
    sharedSha = createHash('sha256').update(readFileSync(sharedAsset('models', 'yolox_nano.onnx'))).digest('hex');
  });
  afterAll(async () => {
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  });
  beforeEach(() => {
    server.mode = { kind: 'ok' };
    cacheDir = join(scratch, `cache-${++case_}`);
  });

  it('the shared yolox_nano.onnx is not the official release file (so the built-in checksum must reject it)', () => {
    expect(sharedSha).not.toBe(OFFICIAL_SHA);
  });

  it('downloads a built-in from the mirror, with progress, into the cache; then reuses it offline', async () => {
    const progress: DownloadProgress[] = [];
    const model = await loadModel('yolox-nano', {
      cacheDir,
      baseUrl: server.baseUrl,
      sha256: sharedSha,
      modelsDir: null,
      onProgress: (p) => progress.push(p),
    });
    expect(model.origin).toBe('download');
    expect(listFiles(cacheDir)).toEqual(['yolox-nano/yolox_nano.onnx']);
    expect(server.requests).toContain('/yolox_nano.onnx');
    const size = readFileSync(sharedAsset('models', 'yolox_nano.onnx')).length;
    expect(progress.at(-1)).toEqual({ url: `${server.baseUrl}/yolox_nano.onnx`, receivedBytes: size, totalBytes: size });
    expect(progress.map((p) => p.receivedBytes)).toEqual([...progress.map((p) => p.receivedBytes)].sort((a, b) => a - b));
    const [result] = await model.infer([await readImage(sharedAsset('media', 'dog.jpg'))]);
    expect(result.predictions.map((p) => p.class).sort()).toEqual(['bicycle', 'car', 'dog']);
    await model.dispose();

    const offline = await loadModel('yolox-nano', { cacheDir, baseUrl: `http://127.0.0.1:${await closedPort()}`, sha256: sharedSha, modelsDir: null, warmup: false });
    expect(offline.origin).toBe('cache');
    await offline.dispose();
  });

  it('a file whose SHA-256 differs from the built-in one is MODEL_CHECKSUM_MISMATCH and leaves nothing in the cache', async () => {
    const attempt = loadModel('yolox-nano', { cacheDir, baseUrl: server.baseUrl, modelsDir: null });
    await expect(attempt).rejects.toMatchObject({ code: 'MODEL_CHECKSUM_MISMATCH' });
    await expect(attempt).rejects.toThrow(/bytes, expected 3659407|expected c789161e/);
    expect(listFiles(cacheDir)).toEqual([]);
  });

  it('a wrong SHA-256 alone (right size) is MODEL_CHECKSUM_MISMATCH naming both hashes', async () => {
    const destination = join(cacheDir, 'x', 'yolox_nano.onnx');
    const wrong = '0'.repeat(64);
    await expect(downloadFile({ url: `${server.baseUrl}/yolox_nano.onnx`, destination, sha256: wrong })).rejects.toMatchObject({
      code: 'MODEL_CHECKSUM_MISMATCH',
      message: expect.stringMatching(new RegExp(`${sharedSha}.*${wrong}`)),
    });
    expect(listFiles(cacheDir)).toEqual([]);
  });

  it('a connection that breaks half-way is MODEL_DOWNLOAD_FAILED, leaves nothing, and the next run downloads again', async () => {
    server.mode = { kind: 'break-half' };
    const options = { cacheDir, baseUrl: server.baseUrl, sha256: sharedSha, modelsDir: null, warmup: false } as const;
    await expect(loadModel('yolox-nano', options)).rejects.toMatchObject({
      code: 'MODEL_DOWNLOAD_FAILED',
      message: expect.stringMatching(/broke off after \d+ bytes of \d+.*run again/),
    });
    expect(listFiles(cacheDir)).toEqual([]);
    server.mode = { kind: 'ok' };
    const model = await loadModel('yolox-nano', options);
    expect(model.origin).toBe('download');
    expect(listFiles(cacheDir)).toEqual(['yolox-nano/yolox_nano.onnx']);
    await model.dispose();
  });

  it('an unreachable server is MODEL_DOWNLOAD_FAILED naming the URL and what to do offline', async () => {
    const port = await closedPort();
    const attempt = loadModel('yolox-nano', { cacheDir, baseUrl: `http://127.0.0.1:${port}/models`, modelsDir: null });
    await expect(attempt).rejects.toMatchObject({ code: 'MODEL_DOWNLOAD_FAILED' });
    await expect(attempt).rejects.toThrow(
      new RegExp(`http://127\\.0\\.0\\.1:${port}/models/yolox_nano\\.onnx: ECONNREFUSED.*Offline\\? Put yolox_nano\\.onnx in \\$RXCV_MODELS_DIR`),
    );
    expect(listFiles(cacheDir)).toEqual([]);
  });

  it('HTTP 404 is MODEL_NOT_FOUND; the query (which may hold a key) never appears', async () => {
    await expect(
      downloadFile({ url: `${server.baseUrl}/missing.onnx?api_key=SECRET123`, destination: join(cacheDir, 'm.onnx') }),
    ).rejects.toSatisfy((e: Error & { code: string }) => e.code === 'MODEL_NOT_FOUND' && /404/.test(e.message) && !e.message.includes('SECRET123'));
  });

  it('a cached file that no longer matches the expected hash is replaced by a fresh download', async () => {
    mkdirSync(join(cacheDir, 'yolox-nano'), { recursive: true });
    writeFileSync(join(cacheDir, 'yolox-nano', 'yolox_nano.onnx'), 'garbage');
    const model = await loadModel('yolox-nano', { cacheDir, baseUrl: server.baseUrl, sha256: sharedSha, modelsDir: null, warmup: false });
    expect(model.origin).toBe('download');
    await model.dispose();
  });

  it('a lock left by a dead process is taken over', async () => {
    const destination = join(cacheDir, 'yolox-nano', 'yolox_nano.onnx');
    mkdirSync(join(cacheDir, 'yolox-nano'), { recursive: true });
    const { hostname } = await import('node:os');
    writeFileSync(`${destination}.lock`, JSON.stringify({ pid: 999_999_999, host: hostname(), createdAt: Date.now() }));
    const outcome = await downloadFile({ url: `${server.baseUrl}/yolox_nano.onnx`, destination, sha256: sharedSha });
    expect(outcome.downloaded).toBe(true);
    expect(existsSync(`${destination}.lock`)).toBe(false);
  });

  it('two processes fetching the same model at once: one download, both succeed, the file is intact', async () => {
    server.mode = { kind: 'slow', pauseMs: 10 };
    const before = server.requests.filter((r) => r === '/yolox_nano.onnx').length;
    const child = join(import.meta.dirname, 'helpers', 'download-child.mjs');
    const outputs = await Promise.all(
      [0, 1].map(() => run(process.execPath, [child, cacheDir, server.baseUrl, sharedSha], { timeout: 60_000 })),
    );
    const answers = outputs.map((o) => JSON.parse(o.stdout.trim().split('\n').at(-1) as string));
    expect(answers.every((a) => a.ok)).toBe(true);
    expect(answers.map((a) => a.origin).sort()).toEqual(['cache', 'download']);
    expect(server.requests.filter((r) => r === '/yolox_nano.onnx').length - before).toBe(1);
    expect(listFiles(cacheDir)).toEqual(['yolox-nano/yolox_nano.onnx']);
    const sha = createHash('sha256').update(readFileSync(join(cacheDir, 'yolox-nano', 'yolox_nano.onnx'))).digest('hex');
    expect(sha).toBe(sharedSha);
  });
});
