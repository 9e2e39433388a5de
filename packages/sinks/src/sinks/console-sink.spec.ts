import { describe, expect, it } from 'vitest';
import { testFrame, testResult } from '../../test/frames.js';
import { consoleSink } from './console-sink.js';

describe('consoleSink', () => {
  it('prints a short line per prediction', () => {
    const lines: string[] = [];
    const sink = consoleSink({ write: (l) => void lines.push(l) });
    void sink(testResult(), testFrame(12, 1));
    void sink({ image: { width: 1, height: 1 }, predictions: [] }, testFrame(13, 1));
    void sink(
      { image: { width: 1, height: 1 }, predictions: [{ class: 'cat', class_id: 3, confidence: 0.9 }], top: 'cat', confidence: 0.9 },
      testFrame(14, 1),
    );
    expect(lines).toEqual([
      '[source 1] frame 12: 1 detection: car 0.82',
      '[source 1] frame 13: (nothing)',
      '[source 1] frame 14: cat 0.90',
    ]);
  });

  it('prints the JSON record in json format', () => {
    const lines: string[] = [];
    void consoleSink({ format: 'json', write: (l) => void lines.push(l) })(testResult(), testFrame(2));
    const record = JSON.parse(lines[0]);
    expect(record.inference_metadata).toMatchObject({ source_id: 0, frame_id: 2, frame_timestamp: '2025-01-02T03:04:05.002Z' });
    expect(record.predictions[0].class).toBe('car');
  });
});
