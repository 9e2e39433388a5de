// The default clip's real download logic, against a local HTTP server on 127.0.0.1 serving the
// shared clip (no network here): download + SHA-256 check, reuse, a corrupt mirror, offline.
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasSharedAssets } from '@rxcv/testing';
import { DEFAULT_CLIP, resolveDefaultClip } from '../src/default-assets.js';
import { HIGHWAY, tempDir } from './helpers.js';

describe.skipIf(!hasSharedAssets())('the default clip', () => {
  let server: Server;
  let base = '';
  let requests = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      requests += 1;
      if (req.url === '/clip.mp4') {
        res.writeHead(200, { 'content-length': statSync(HIGHWAY).size });
        createReadStream(HIGHWAY).pipe(res);
      } else if (req.url === '/corrupt.mp4') {
        const body = Buffer.alloc(DEFAULT_CLIP.size, 7);
        res.writeHead(200, { 'content-length': body.length });
        res.end(body);
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('comes from the shared assets when they are there', async () => {
    const path = await resolveDefaultClip(() => undefined);
    expect(path.endsWith(join('media', DEFAULT_CLIP.fileName))).toBe(true);
    expect(statSync(path).size).toBe(DEFAULT_CLIP.size);
  });

  it('is otherwise downloaded, checked against its SHA-256, and then reused from the cache', async () => {
    const cacheDir = tempDir();
    const lines: string[] = [];
    const options = { searchDirs: [], cacheDir, url: `${base}/clip.mp4` };
    const path = await resolveDefaultClip((l) => lines.push(l), options);
    expect(path).toBe(join(cacheDir, DEFAULT_CLIP.fileName));
    expect(statSync(path).size).toBe(DEFAULT_CLIP.size);
    expect(lines.join('\n')).toContain('downloading the default clip');
    const before = requests;
    expect(await resolveDefaultClip(() => undefined, options)).toBe(path);
    expect(requests).toBe(before);
  });

  it('a mirror serving other bytes fails the checksum and leaves nothing behind', async () => {
    const cacheDir = tempDir();
    const error = await resolveDefaultClip(() => undefined, { searchDirs: [], cacheDir, url: `${base}/corrupt.mp4` }).catch((e) => e);
    expect(error.code).toBe('MODEL_CHECKSUM_MISMATCH');
    expect(existsSync(join(cacheDir, DEFAULT_CLIP.fileName))).toBe(false);
    expect(readdirSync(cacheDir).filter((f) => !f.endsWith('.lock'))).toEqual([]);
  });

  it('offline: a clear message that says what to do', async () => {
    const error = await resolveDefaultClip(() => undefined, { searchDirs: [], cacheDir: tempDir(), url: 'http://127.0.0.1:9/clip.mp4' }).catch((e) => e);
    expect(error.code).toBe('MODEL_DOWNLOAD_FAILED');
    expect(error.message).toContain('Pass --source');
  });
});
