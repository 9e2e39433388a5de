import { parseArgs } from 'node:util';
import { DEVICES, type Device } from '@rxcv/models';
import { FFMPEG_BACKENDS, type FfmpegBackendName, type HardwareDecoding } from '@rxcv/sources';
import { parseLine, parseZone, type CliPoint } from './parse-geometry.js';
import { UsageError } from './usage-error.js';

/** What `rxcv run` was asked to do, after parsing and checking the command line. */
export interface RunArgs {
  model: string;
  source: string | number;
  labels?: string;
  out?: string;
  jsonl?: string;
  /** Publish each frame's predictions to this MQTT broker (the URL may hold user:pass). */
  mqtt?: string;
  /** Topic template of `mqttSink` (default `rxcv/{source}/{kind}`). */
  mqttTopic?: string;
  /** POST each frame's predictions to this URL. */
  webhook?: string;
  /** Write a clip (MP4 + JPEG + JSON) of each analytics event into this folder. */
  clips?: string;
  /** Seconds of clip before and after an event. */
  pre: number;
  post: number;
  maxFps?: number;
  /** Serve the live preview page; the port (0 = a free one). */
  previewPort?: number;
  confidence?: number;
  iou?: number;
  device?: Device;
  /** The FFmpeg backend for the sources and the outputs; undefined: `RXCV_FFMPEG`, else beamcoder. */
  ffmpeg?: FfmpegBackendName;
  /** Hardware decoding (node-av only). */
  hwDecode?: HardwareDecoding;
  /** Track objects (ByteTrack); on when there are lines or zones. */
  track: boolean;
  lines: { start: CliPoint; end: CliPoint }[];
  zones: [number, number][][];
  quiet: boolean;
  verbose: boolean;
}

export const RUN_USAGE = `Usage: rxcv run [options]

Runs a model on a video file, stream or webcam and reports what it sees.

Options:
  --model <id|path>     built-in id (yolox-nano, yolov8n), a path to an .onnx file,
                        or a Roboflow project/version          (default: yolox-nano)
  --labels <path>       class names for a local .onnx file, one per line
  --source <ref>        video file, rtsp:// / http(s):// / udp:// URL, or webcam index
                        (default: the highway clip from ../shared/media)
  --out <file.mp4>      write the annotated video here          (default: annotated.mp4)
  --no-out              do not write an annotated video
  --jsonl <file>        append one JSON line per frame's predictions
  --mqtt <url>          publish each frame's predictions to an MQTT broker,
                        mqtt://[user:pass@]host:1883 (never printed with the password)
  --mqtt-topic <t>      topic template: {source}, {kind}     (default: rxcv/{source}/{kind})
  --webhook <url>       POST each frame's predictions as JSON to this URL
                        (with --track/--line/--zone, MQTT and webhooks also get the events)
  --clips <dir>         write a clip of each line crossing / zone entry or exit: an MP4,
                        an annotated JPEG and a JSON sidecar (needs --line or --zone)
  --pre <s>             seconds of clip before the event          (default: 5)
  --post <s>            seconds of clip after the event           (default: 5)
  --max-fps <n>         run the model at most n times a second (files wait,
                        streams drop the surplus)
  --preview             serve a live preview page (annotated video, predictions,
                        status) on http://127.0.0.1:<port>/
  --preview-port <n>    port of the preview page               (default: a free one)
  --confidence <x>      minimum confidence, 0-1                 (default: 0.4)
  --iou <x>             NMS IoU threshold, 0-1                  (default: 0.3)
  --device <d>          where the model runs: auto, cpu, cuda, tensorrt, dml, coreml
                        (default: auto = the GPU when it loads, else the CPU)
  --ffmpeg <backend>    FFmpeg binding for reading and writing video: beamcoder or
                        node-av (npm install node-av)   (default: $RXCV_FFMPEG, else beamcoder)
  --hw-decode <d>       hardware decoding (node-av only): auto, vaapi, cuda, qsv,
                        videotoolbox, off  (auto falls back to software, and says so)
                                                               (default: off)
  --track               track objects across frames (ByteTrack): boxes show #id
  --line <x1,y1,x2,y2>  count objects crossing this line, in and out (repeatable;
                        implies --track)
  --zone <"x,y x,y ..."> follow objects into and out of this polygon (repeatable;
                        implies --track)
  --verbose             print a line per frame
  --quiet               print nothing but errors
  -h, --help            show this help

Ctrl-C stops cleanly: outputs written so far are finalised.`;

export { UsageError };

export function parseRunArgs(argv: readonly string[]): RunArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: false,
      options: {
        model: { type: 'string', default: 'yolox-nano' },
        labels: { type: 'string' },
        source: { type: 'string' },
        out: { type: 'string' },
        'no-out': { type: 'boolean', default: false },
        jsonl: { type: 'string' },
        mqtt: { type: 'string' },
        'mqtt-topic': { type: 'string' },
        webhook: { type: 'string' },
        clips: { type: 'string' },
        pre: { type: 'string' },
        post: { type: 'string' },
        'max-fps': { type: 'string' },
        preview: { type: 'boolean', default: false },
        'preview-port': { type: 'string' },
        confidence: { type: 'string' },
        iou: { type: 'string' },
        device: { type: 'string' },
        ffmpeg: { type: 'string' },
        'hw-decode': { type: 'string' },
        track: { type: 'boolean', default: false },
        line: { type: 'string', multiple: true },
        zone: { type: 'string', multiple: true },
        verbose: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const v = parsed.values;
  if (v.help) return 'help';
  return {
    model: v.model!,
    source: v.source === undefined ? '' : /^\d+$/.test(v.source) ? Number(v.source) : v.source,
    labels: v.labels,
    out: v['no-out'] ? undefined : (v.out ?? 'annotated.mp4'),
    jsonl: v.jsonl,
    mqtt: url(v.mqtt, '--mqtt', /^(mqtts?|wss?):\/\//, 'mqtt://, mqtts://, ws:// or wss://'),
    mqttTopic: mqttTopic(v['mqtt-topic'], v.mqtt),
    webhook: url(v.webhook, '--webhook', /^https?:\/\//, 'http:// or https://'),
    clips: clipsDir(v.clips, (v.line?.length ?? 0) + (v.zone?.length ?? 0)),
    pre: number(v.pre, '--pre', 0, 60) ?? 5,
    post: number(v.post, '--post', 0, 60) ?? 5,
    maxFps: number(v['max-fps'], '--max-fps', 0.01, 1000),
    previewPort: v.preview || v['preview-port'] !== undefined ? (number(v['preview-port'], '--preview-port', 0, 65535) ?? 0) : undefined,
    confidence: number(v.confidence, '--confidence', 0, 1),
    iou: number(v.iou, '--iou', 0, 1),
    device: device(v.device),
    ffmpeg: ffmpegBackend(v.ffmpeg),
    hwDecode: hardwareDecoding(v['hw-decode']),
    track: v.track! || (v.line?.length ?? 0) > 0 || (v.zone?.length ?? 0) > 0,
    lines: (v.line ?? []).map(parseLine),
    zones: (v.zone ?? []).map(parseZone),
    quiet: v.quiet!,
    verbose: v.verbose!,
  };
}

function clipsDir(dir: string | undefined, linesAndZones: number): string | undefined {
  if (dir === undefined) return undefined;
  if (linesAndZones === 0) throw new UsageError('--clips needs --line or --zone: clips are made of their events');
  return dir;
}

function device(text: string | undefined): Device | undefined {
  if (text === undefined) return undefined;
  if (!(DEVICES as readonly string[]).includes(text)) throw new UsageError(`--device must be one of ${DEVICES.join(', ')}, got "${text}"`);
  return text as Device;
}

function ffmpegBackend(text: string | undefined): FfmpegBackendName | undefined {
  if (text === undefined) return undefined;
  if (!(FFMPEG_BACKENDS as readonly string[]).includes(text)) throw new UsageError(`--ffmpeg must be one of ${FFMPEG_BACKENDS.join(', ')}, got "${text}"`);
  return text as FfmpegBackendName;
}

const HW_DECODE = ['auto', 'vaapi', 'cuda', 'qsv', 'videotoolbox', 'off'] as const;

function hardwareDecoding(text: string | undefined): HardwareDecoding | undefined {
  if (text === undefined) return undefined;
  if (!(HW_DECODE as readonly string[]).includes(text)) throw new UsageError(`--hw-decode must be one of ${HW_DECODE.join(', ')}, got "${text}"`);
  return text === 'off' ? false : (text as HardwareDecoding);
}

function number(text: string | undefined, name: string, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new UsageError(`${name} must be a number from ${min} to ${max}, got "${text}"`);
  }
  return value;
}

function url(text: string | undefined, name: string, scheme: RegExp, schemes: string): string | undefined {
  if (text === undefined) return undefined;
  if (!scheme.test(text)) throw new UsageError(`${name} must be a URL starting with ${schemes}`);
  return text;
}

function mqttTopic(topic: string | undefined, mqtt: string | undefined): string | undefined {
  if (topic === undefined) return undefined;
  if (mqtt === undefined) throw new UsageError('--mqtt-topic needs --mqtt');
  if (topic.length === 0 || /[#+]/.test(topic)) throw new UsageError(`--mqtt-topic must be a topic without wildcards (# +), got "${topic}"`);
  return topic;
}
