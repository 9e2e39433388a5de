import { describe, expect, it } from 'vitest';
import { checkCameraConfig, checkCameraId, redactCameraConfig } from './camera-config.js';

describe('camera configs', () => {
  it('accepts ids that are NATS subject tokens and rejects the rest, naming the id', () => {
    expect(checkCameraId('door_3-B')).toBe('door_3-B');
    for (const bad of ['', 'a.b', 'a b', 'a*', 'a>', 'x'.repeat(65)]) {
      expect(() => checkCameraId(bad)).toThrow(/INVALID_CAMERA|Invalid camera id/);
    }
  });

  it('checks each field and names the one that is wrong', () => {
    expect(checkCameraConfig('c', { source: 'rtsp://h/s', maxFps: 5, model: 'yolox-nano' })).toEqual({ source: 'rtsp://h/s', maxFps: 5, model: 'yolox-nano' });
    expect(() => checkCameraConfig('c', 'nope')).toThrow(/camera "c": expected a JSON object/);
    expect(() => checkCameraConfig('c', {})).toThrow(/`source` must be a non-empty string/);
    expect(() => checkCameraConfig('c', { source: 'x', maxFps: 0 })).toThrow(/`maxFps` must be a positive number, got 0/);
    expect(() => checkCameraConfig('c', { source: 'x', confidence: 2 })).toThrow(/`confidence`/);
    expect(() => checkCameraConfig('c', { source: 'x', kind: 'tape' })).toThrow(/`kind` must be 'file', 'stream' or 'webcam'/);
    expect(() => checkCameraConfig('c', { source: 'x', demuxerOptions: { probesize: 32 } })).toThrow(/`demuxerOptions`/);
    expect(checkCameraConfig('c', { source: 'x', ffmpeg: 'node-av', hwDecode: false })).toEqual({ source: 'x', ffmpeg: 'node-av', hwDecode: false });
    expect(() => checkCameraConfig('c', { source: 'x', ffmpeg: 'gstreamer' })).toThrow(/`ffmpeg` must be 'beamcoder' or 'node-av', got "gstreamer"/);
    expect(() => checkCameraConfig('c', { source: 'x', hwDecode: 'gpu' })).toThrow(/`hwDecode` must be 'auto'/);
  });

  it('takes lines and zones in frame pixels, and names a malformed one', () => {
    const config = { source: 'x', lines: [{ start: { x: 0, y: 1 }, end: { x: 5, y: 1 }, name: 'door' }], zones: [{ polygon: [[0, 0], [9, 0], [9, 9]] }] };
    expect(checkCameraConfig('c', config)).toEqual(config);
    expect(() => checkCameraConfig('c', { source: 'x', lines: [{ start: { x: 0 }, end: { x: 5, y: 1 } }] })).toThrow(/`lines` must be a list of \{ start/);
    expect(() => checkCameraConfig('c', { source: 'x', zones: [{ polygon: [[0, 0], [9, 0]] }] })).toThrow(/`zones` must be a list of \{ polygon/);
    expect(() => checkCameraConfig('c', { source: 'x', lines: { start: 1 } })).toThrow(/`lines`/);
  });

  it('redacts user info and query from the source only', () => {
    const config = { source: 'rtsp://admin:s3cret@10.0.0.5:554/live?token=abc', model: 'yolox-nano' };
    expect(redactCameraConfig(config)).toEqual({ source: 'rtsp://10.0.0.5:554/live', model: 'yolox-nano' });
    expect(config.source).toContain('s3cret');
  });
});
