import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasSharedAssets, sharedAsset } from '@rxcv/testing';
import { readOnnxHeader } from './read-onnx-header.js';

describe('readOnnxHeader on bytes that are not ONNX', () => {
  it('rejects empty, text and truncated input with a reason', () => {
    expect(() => readOnnxHeader(new Uint8Array())).toThrow(/empty/);
    expect(() => readOnnxHeader(new TextEncoder().encode('person\nbicycle\ncar\n'))).toThrow();
    expect(() => readOnnxHeader(Uint8Array.from([0x08, 0x07, 0x3a, 0x50, 0x01]))).toThrow(/past the end/);
  });
});

describe.skipIf(!hasSharedAssets())('readOnnxHeader on the real models', () => {
  it('reads the Ultralytics metadata names of yolov8n_int8', () => {
    const header = readOnnxHeader(readFileSync(sharedAsset('models', 'yolov8n_int8.onnx')));
    expect(header.metadata.get('task')).toBe('detect');
    expect(header.metadata.get('names')).toMatch(/^\{0: 'person', 1: 'bicycle'/);
  });
  it('accepts YOLOX (no metadata) and rejects a JPEG', () => {
    expect(readOnnxHeader(readFileSync(sharedAsset('models', 'yolox_nano.onnx'))).metadata.size).toBe(0);
    expect(() => readOnnxHeader(readFileSync(sharedAsset('media', 'dog.jpg')))).toThrow();
  });
});
