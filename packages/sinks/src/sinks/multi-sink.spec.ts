import { describe, expect, it } from 'vitest';
import type { ObjectDetectionResult, VideoFrame } from '@rxcv/core';
import { testFrame, testResult } from '../../test/frames.js';
import { multiSink } from './multi-sink.js';

describe('multiSink', () => {
  it('gives every sink every prediction, in order', async () => {
    const a: number[] = [];
    const b: number[] = [];
    const sink = multiSink<ObjectDetectionResult>(
      (_p, f) => void a.push(f.frameId),
      async (_p, f) => {
        await new Promise((r) => setTimeout(r, 2));
        b.push(f.frameId);
      },
    );
    for (let i = 1; i <= 3; i++) await sink(testResult(), testFrame(i));
    expect(a).toEqual([1, 2, 3]);
    expect(b).toEqual([1, 2, 3]);
  });

  it('reports a throwing sink through onError and still runs the others', async () => {
    const reached: string[] = [];
    const errors: Array<[string, number, number | null]> = [];
    const sink = multiSink<ObjectDetectionResult>(
      () => {
        throw new Error('sync boom');
      },
      () => void reached.push('second'),
      async () => {
        throw new Error('async boom');
      },
      () => void reached.push('fourth'),
      { onError: (e, i, f: VideoFrame | null) => void errors.push([(e as Error).message, i, f?.frameId ?? null]) },
    );
    await expect(sink(testResult(), testFrame(7))).resolves.toBeUndefined();
    expect(reached).toEqual(['second', 'fourth']);
    expect(errors).toEqual([
      ['sync boom', 0, 7],
      ['async boom', 2, 7],
    ]);
  });

  it('without onError throws one SinkError naming each failure, after all sinks ran', async () => {
    let ran = false;
    const sink = multiSink<ObjectDetectionResult>(
      () => {
        throw new Error('disk full');
      },
      () => void (ran = true),
    );
    await expect(sink(testResult(), testFrame(3))).rejects.toMatchObject({
      code: 'SINK_OUTPUT_FAILED',
      message: expect.stringMatching(/1 of 2 sinks failed on frame 3 of source 0: sink 0: disk full/),
    });
    expect(ran).toBe(true);
  });

  it('closes every sink once, even when one close fails, and refuses frames afterwards', async () => {
    const closed: string[] = [];
    const errors: unknown[] = [];
    const withClose = (name: string, fail = false) =>
      Object.assign(() => undefined, {
        close: async () => {
          closed.push(name);
          if (fail) throw new Error(`${name} close failed`);
        },
      });
    const sink = multiSink<ObjectDetectionResult>(withClose('a', true), () => undefined, withClose('b'), {
      onError: (e) => void errors.push(e),
    });
    await sink.close!();
    await sink.close!();
    expect(closed).toEqual(['a', 'b']);
    expect(errors).toHaveLength(1);
    await expect(sink(testResult(), testFrame(1))).rejects.toMatchObject({ code: 'SINK_CLOSED' });
  });
});
