// The fleet's command line: `rxcv worker ...` and `rxcv cameras add|ls|rm ...` (also installed
// as `rxcv-fleet`). Exit codes: 0 done, 1 failed (NATS unreachable, refused, bad camera), 2 bad usage.
import { hostname } from 'node:os';
import { parseArgs } from 'node:util';
import { parseLine, parseZone, reportCliError, UsageError } from 'rxcv/cli-support';
import { CameraRegistry, type CameraListing } from '../camera-registry.js';
import type { CameraConfig } from '../camera-config.js';
import { connectNats } from '../connect-nats.js';
import { FleetWorker } from '../fleet-worker.js';

const DEFAULT_NATS = 'nats://127.0.0.1:4222';

export const WORKER_USAGE = `Usage: rxcv worker [options]

Runs cameras from the NATS JetStream bucket rxcv_cameras, up to --capacity at once, and hands
them over on SIGTERM/SIGINT.

Options:
  --nats URL          NATS server(s), nats://[user:pass@]host:port[,...] (default $RXCV_NATS_URL, else ${DEFAULT_NATS})
  --name NAME         unique worker name (default <hostname>-<pid>)
  --capacity N        most cameras at once (default 4)
  --metrics-port P    serve Prometheus /metrics and /healthz on port P
  --replicas R        bucket replicas when this worker creates them (3 on a 3-node cluster; default 1)
  --lease-ms MS       lease time when this worker creates the leases bucket (default 6000)
  --models-dir DIR    where models are found or downloaded to`;

export const CAMERAS_USAGE = `Usage: rxcv cameras add ID --source URL [options]
       rxcv cameras ls [--json]
       rxcv cameras rm ID
       rxcv cameras workers [--json]

Options:
  --nats URL          NATS server(s) (default $RXCV_NATS_URL, else ${DEFAULT_NATS})
  --source REF        video reference: rtsp://user:pass@host/path, a file, a lavfi graph...
  --model ID          model id (yolox-nano, a .onnx path, Roboflow project/version); none: frames only
  --max-fps N         run the model at most N times per second
  --confidence C      minimum confidence (0-1)
  --kind K            file | stream | webcam (how the source is read)
  --input-format F    FFmpeg input format, e.g. lavfi
  --transport T       tcp | udp (RTSP)
  --line X1,Y1,X2,Y2  count crossings of this line (repeatable); events on rxcv.cameras.ID.events
  --zone "X,Y X,Y .." follow objects into and out of this polygon (repeatable); events likewise
  --replace           add: replace an existing camera
  --replicas R        bucket replicas if the buckets do not exist yet (default 1)`;

export const FLEET_USAGE = `Usage: rxcv worker [options]   (rxcv worker --help)
       rxcv cameras add|ls|rm|workers [options]   (rxcv cameras --help)`;

function natsUrl(value: string | undefined): string {
  return value ?? process.env.RXCV_NATS_URL ?? DEFAULT_NATS;
}

function positiveInt(name: string, value: string | undefined, fallback?: number): number | undefined {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${name} must be a whole number, got "${value}"`);
  return n;
}

function positiveNumber(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${name} must be a positive number, got "${value}"`);
  return n;
}

async function workerCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      nats: { type: 'string' },
      name: { type: 'string' },
      capacity: { type: 'string' },
      'metrics-port': { type: 'string' },
      replicas: { type: 'string' },
      'lease-ms': { type: 'string' },
      'models-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${WORKER_USAGE}\n`);
    return 0;
  }
  const worker = await FleetWorker.start({
    nats: natsUrl(values.nats),
    name: values.name ?? `${hostname().replace(/[^A-Za-z0-9_-]/g, '-')}-${process.pid}`,
    capacity: positiveInt('--capacity', values.capacity, 4)!,
    metricsPort: positiveInt('--metrics-port', values['metrics-port']),
    replicas: positiveInt('--replicas', values.replicas),
    leaseMs: positiveInt('--lease-ms', values['lease-ms']),
    modelsDir: values['models-dir'],
  });
  // Ready line for scripts and tests (the metrics port may have been picked by the OS).
  process.stdout.write(`READY worker=${worker.name} metrics=${worker.metricsPort ?? ''}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => void worker.drain().then(resolve);
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  return 0;
}

function formatAge(ms: number | null): string {
  if (ms === null) return '-';
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)}s` : `${Math.round(ms / 1000)}s`;
}

function table(rows: readonly CameraListing[]): string {
  const header = ['ID', 'STATE', 'WORKER', 'FPS', 'FRAME', 'LAST FRAME', 'MODEL', 'SOURCE'];
  const lines = rows.map((r) => [
    r.id,
    r.state,
    r.worker ?? '-',
    r.fps === null ? '-' : r.fps.toFixed(1),
    r.frameId === null ? '-' : String(r.frameId),
    formatAge(r.lastFrameAgeMs),
    r.config.model ?? '-',
    r.config.source,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  return [header, ...lines].map((l) => l.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

async function camerasCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      nats: { type: 'string' },
      source: { type: 'string' },
      model: { type: 'string' },
      'max-fps': { type: 'string' },
      confidence: { type: 'string' },
      kind: { type: 'string' },
      'input-format': { type: 'string' },
      transport: { type: 'string' },
      line: { type: 'string', multiple: true },
      zone: { type: 'string', multiple: true },
      replace: { type: 'boolean' },
      replicas: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [action, id, ...extra] = positionals;
  if (values.help) {
    process.stdout.write(`${CAMERAS_USAGE}\n`);
    return 0;
  }
  if (!action || !['add', 'ls', 'rm', 'workers'].includes(action)) throw new UsageError(`expected add, ls, rm or workers, got "${action ?? ''}"`);
  if ((action === 'add' || action === 'rm') && !id) throw new UsageError(`cameras ${action} needs a camera id`);
  if (extra.length > 0 || ((action === 'ls' || action === 'workers') && id)) throw new UsageError(`unexpected argument "${extra[0] ?? id}"`);
  if (action === 'add' && !values.source) throw new UsageError('cameras add needs --source');
  let config: CameraConfig | null = null;
  if (action === 'add') {
    const maxFps = positiveNumber('--max-fps', values['max-fps']);
    const confidence = values.confidence === undefined ? undefined : Number(values.confidence);
    config = {
      source: values.source!,
      ...(values.model ? { model: values.model } : {}),
      ...(maxFps !== undefined ? { maxFps } : {}),
      ...(confidence !== undefined ? { confidence } : {}),
      ...(values.kind ? { kind: values.kind as CameraConfig['kind'] } : {}),
      ...(values['input-format'] ? { inputFormat: values['input-format'] } : {}),
      ...(values.transport ? { transport: values.transport as CameraConfig['transport'] } : {}),
      ...(values.line ? { lines: values.line.map(parseLine) } : {}),
      ...(values.zone ? { zones: values.zone.map((zone) => ({ polygon: parseZone(zone) })) } : {}),
    };
  }
  const nc = await connectNats(natsUrl(values.nats), { maxReconnectAttempts: 0 });
  try {
    const registry = await CameraRegistry.open(nc, { replicas: positiveInt('--replicas', values.replicas) });
    if (action === 'add') {
      await registry.add(id!, config!, values.replace ?? false);
      process.stdout.write(`added camera ${id}\n`);
    } else if (action === 'rm') {
      await registry.remove(id!);
      process.stdout.write(`removed camera ${id}\n`);
    } else if (action === 'ls') {
      const rows = await registry.list();
      process.stdout.write(values.json ? `${JSON.stringify(rows, null, 2)}\n` : `${table(rows)}\n`);
    } else {
      const workers = await registry.workers();
      process.stdout.write(
        values.json
          ? `${JSON.stringify(workers, null, 2)}\n`
          : `${workers.map((w) => `${w.name}  ${w.held}/${w.capacity}  ${w.cameras.join(',')}`).join('\n') || '(no live workers)'}\n`,
      );
    }
    return 0;
  } finally {
    await nc.close().catch(() => undefined);
  }
}

/** Runs `worker ...` or `cameras ...`; returns the exit code. */
export async function runFleetCli(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'worker') return await workerCommand(rest);
    if (command === 'cameras') return await camerasCommand(rest);
    process.stderr.write(`rxcv: unknown fleet command "${command ?? ''}"\n${FLEET_USAGE}\n`);
    return 2;
  } catch (error) {
    return reportCliError(error, command === 'worker' ? WORKER_USAGE : CAMERAS_USAGE);
  }
}
