// A camera's desired state as stored in the `rxcv_cameras` bucket: where the video comes from and
// how the pipeline runs. Validated on the way in and on the way out (anyone can `nats kv put`).
import { redactReference } from '@rxcv/core';
import { FleetError } from './fleet-error.js';

/** What a worker runs for one camera. Credentials in `source` are stored as given. */
export interface CameraConfig {
  /** Video reference: `rtsp://user:pass@host/path`, a file, a webcam index, or a lavfi graph. */
  readonly source: string;
  /** Model id (`yolox-nano`, a path to an `.onnx`, a Roboflow `project/version`); none: frames only. */
  readonly model?: string;
  /** Run the model at most this often (drops on streams). */
  readonly maxFps?: number;
  /** Minimum confidence of a prediction (model default otherwise). */
  readonly confidence?: number;
  /** Force how `source` is read (`stream` loops a file as a camera); see `resolveVideoReference`. */
  readonly kind?: 'file' | 'stream' | 'webcam';
  /** FFmpeg input format, e.g. `lavfi` for a synthetic source `testsrc2=size=160x90:rate=1,realtime`. */
  readonly inputFormat?: string;
  /** RTSP transport (default tcp). */
  readonly transport?: 'tcp' | 'udp';
  /** FFmpeg backend of this camera: `beamcoder` or `node-av` (default: the worker's `RXCV_FFMPEG`, else beamcoder). */
  readonly ffmpeg?: 'beamcoder' | 'node-av';
  /** Hardware decoding (node-av only): `auto`, `vaapi`, `cuda`, `qsv`, `videotoolbox` or false (default). */
  readonly hwDecode?: 'auto' | 'vaapi' | 'cuda' | 'qsv' | 'videotoolbox' | false;
  /** More FFmpeg demuxer options (strings), e.g. `{ "probesize": "32" }`. */
  readonly demuxerOptions?: Readonly<Record<string, string>>;
  /** Lines to count crossings of (frame pixels); their events go to `rxcv.cameras.<id>.events`. */
  readonly lines?: ReadonlyArray<{ readonly start: CameraPoint; readonly end: CameraPoint; readonly name?: string }>;
  /** Zones to follow objects into and out of; their events go to `rxcv.cameras.<id>.events`. */
  readonly zones?: ReadonlyArray<{ readonly polygon: ReadonlyArray<readonly [number, number]>; readonly name?: string }>;
}

/** A point in frame pixels. */
export interface CameraPoint {
  readonly x: number;
  readonly y: number;
}

/** Ids are NATS subject tokens and KV keys: letters, digits, `_` and `-`. */
export const CAMERA_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A clear INVALID_CAMERA unless `id` can name a camera. */
export function checkCameraId(id: string): string {
  if (!CAMERA_ID.test(id)) {
    throw new FleetError('INVALID_CAMERA', `Invalid camera id "${id.slice(0, 80)}": use 1 to 64 letters, digits, "_" or "-" (it becomes a NATS subject token)`);
  }
  return id;
}

/** The config checked field by field, or INVALID_CAMERA naming the field (source redacted). */
export function checkCameraConfig(id: string, value: unknown): CameraConfig {
  const fail = (why: string): never => {
    throw new FleetError('INVALID_CAMERA', `Invalid config for camera "${id}": ${why}`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('expected a JSON object');
  const config = value as Record<string, unknown>;
  if (typeof config.source !== 'string' || config.source.trim() === '') fail('`source` must be a non-empty string');
  const optional = (key: string, ok: (v: unknown) => boolean, what: string) => {
    if (config[key] !== undefined && !ok(config[key])) fail(`\`${key}\` must be ${what}, got ${JSON.stringify(config[key])}`);
  };
  optional('model', (v) => typeof v === 'string' && v !== '', 'a model id');
  optional('maxFps', (v) => typeof v === 'number' && v > 0 && Number.isFinite(v), 'a positive number');
  optional('confidence', (v) => typeof v === 'number' && v >= 0 && v <= 1, 'a number from 0 to 1');
  optional('kind', (v) => v === 'file' || v === 'stream' || v === 'webcam', "'file', 'stream' or 'webcam'");
  optional('inputFormat', (v) => typeof v === 'string' && v !== '', 'an FFmpeg input format');
  optional('transport', (v) => v === 'tcp' || v === 'udp', "'tcp' or 'udp'");
  optional('ffmpeg', (v) => v === 'beamcoder' || v === 'node-av', "'beamcoder' or 'node-av'");
  optional('hwDecode', (v) => ['auto', 'vaapi', 'cuda', 'qsv', 'videotoolbox', false].includes(v as string | boolean), "'auto', 'vaapi', 'cuda', 'qsv', 'videotoolbox' or false");
  const isPoint = (p: unknown) => typeof p === 'object' && p !== null && Number.isFinite((p as CameraPoint).x) && Number.isFinite((p as CameraPoint).y);
  const isName = (n: unknown) => n === undefined || (typeof n === 'string' && n !== '');
  optional('lines', (v) => Array.isArray(v) && v.every((l) => isPoint(l?.start) && isPoint(l?.end) && isName(l?.name)), 'a list of { start: {x, y}, end: {x, y}, name? }');
  optional(
    'zones',
    (v) => Array.isArray(v) && v.every((z) => Array.isArray(z?.polygon) && z.polygon.length >= 3 && z.polygon.every((p: unknown) => Array.isArray(p) && p.length === 2 && p.every(Number.isFinite)) && isName(z?.name)),
    'a list of { polygon: [[x, y], ...] (3 points or more), name? }',
  );
  optional('demuxerOptions', (v) => typeof v === 'object' && v !== null && Object.values(v).every((x) => typeof x === 'string'), 'an object of strings');
  return config as unknown as CameraConfig;
}

/** The config safe to show: the source without user info, query or fragment. */
export function redactCameraConfig(config: CameraConfig): CameraConfig {
  return { ...config, source: redactReference(config.source) };
}
