import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonlSink } from '../src/index.js';
import { testFrame, testResult } from './frames.js';

const dir = mkdtempSync(join(tmpdir(), 'rxcv-sinks-jsonl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'index.js');

function lines(path: string): unknown[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l));
}

describe('jsonlSink', () => {
  it('writes one JSON line per prediction with the inference metadata', async () => {
    const path = join(dir, 'p.jsonl');
    const sink = jsonlSink(path);
    for (let i = 1; i <= 3; i++) await sink(testResult(0.5 + i / 10), testFrame(i, 2));
    // Each line is in the file as soon as the call returns, before close().
    expect(lines(path)).toHaveLength(3);
    await sink.close?.();
    await sink.close?.();
    const [first, , third] = lines(path) as Array<Record<string, any>>;
    expect(first.inference_metadata).toMatchObject({
      source_id: 2,
      frame_id: 1,
      frame_timestamp: '2025-01-02T03:04:05.001Z',
      presentation_time: 0,
    });
    expect(Date.parse(first.inference_metadata.emission_time)).toBeGreaterThan(Date.parse('2025-01-03'));
    expect(first.image).toEqual({ width: 4, height: 2 });
    expect(third.predictions[0]).toEqual({ ...testResult(0.8).predictions[0] });
    await expect(Promise.resolve().then(() => sink(testResult(), testFrame(4)))).rejects.toMatchObject({ code: 'SINK_CLOSED' });
  });

  it('appends to an existing file by default, and starts afresh with append: false', async () => {
    const path = join(dir, 'a.jsonl');
    writeFileSync(path, '{"earlier":true}\n');
    const appending = jsonlSink(path);
    await appending(testResult(), testFrame(1));
    await appending.close?.();
    expect(lines(path)).toHaveLength(2);
    const fresh = jsonlSink(path, { append: false, fsync: true });
    await fresh(testResult(), testFrame(1));
    await fresh.close?.();
    expect(lines(path)).toHaveLength(1);
  });

  it('names a path it cannot open', () => {
    const path = join(dir, 'missing', 'p.jsonl');
    expect(() => jsonlSink(path)).toThrow(expect.objectContaining({ code: 'SINK_OUTPUT_FAILED', message: expect.stringContaining(path) }));
  });

  it('keeps every finished line when the process is killed (SIGKILL) without closing', () => {
    expect(existsSync(dist), `build first: ${dist} is missing`).toBe(true);
    const path = join(dir, 'crash.jsonl');
    const child = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { jsonlSink } from ${JSON.stringify(dist)};
         const sink = jsonlSink(${JSON.stringify(path)});
         const frame = (i) => ({ image: { width: 1, height: 1, format: 'rgb24', data: new Uint8Array(3) }, frameId: i, sourceId: 0,
           frameTimestamp: Date.now(), presentationTime: null, fps: null, measuredFps: null, comesFromVideoFile: false });
         for (let i = 1; i <= 500; i++) sink({ image: { width: 1, height: 1 }, predictions: [] }, frame(i));
         process.kill(process.pid, 'SIGKILL');`,
      ],
      { encoding: 'utf8' },
    );
    expect(child.signal).toBe('SIGKILL');
    const records = lines(path) as Array<{ inference_metadata: { frame_id: number } }>;
    expect(records.map((r) => r.inference_metadata.frame_id)).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
  });
});
