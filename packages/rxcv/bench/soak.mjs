// Soak benchmark (issue 17, part 10): a live 1280x720 30 fps RTSP stream from the test harness,
// through YOLOX-Nano, into an annotated MP4 + a JSONL file + the live preview with a client
// watching its MJPEG stream, for a long time. The pipeline runs in a child process (with the
// rxcv command's node flags); this process samples the child's memory and prints the RSS slope
// after the warm-up, in MB per minute, by least squares.
//
//   pnpm soak                                    (30 minutes, warm-up 3 min; after `pnpm build`)
//   pnpm soak --minutes 5 --warmup 1             (a shorter run)
//   pnpm soak --no-preview-client                (nobody watching the preview)
//   RXCV_SOAK_OUTPUTS=jsonl pnpm soak ...        (only these outputs: mp4, jsonl, preview)
//   RXCV_SOAK_MODEL=none pnpm soak ...           (no model: empty results for every frame kept)
//
// Prints one line per sample (minute, RSS, heap, external, array buffers, frames), the child's
// resident memory by kind of mapping (lib/smaps.mjs: brk heap, malloc arenas, V8 heap pages,
// V8 code range, thread stacks, other anonymous by size, file-backed), and at the end a JSON summary:
// { rssSlopeMbPerMin, mapsSlopeMbPerMin, v8SlopeMbPerMin (committed/used/resident per space),
//   topGrowingMappings, ... }.
// Exit code 0 when the RSS slope is under --max-slope (default 0.5 MB/min), 1 otherwise.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { getHeapSpaceStatistics } from 'node:v8';
import { nodeFlags } from './lib/node-flags.mjs';
import { readMappings, classifyMappings, mappingGrowth } from './lib/smaps.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.RXCV_SHARED ?? resolve(here, '..', '..', '..', '..', 'shared');

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4], Number(process.argv[5]));
else await parent();

/** The measured process: the pipeline, sampling its own memory every `sampleMs`. */
async function child(url, outDir, sampleMs) {
  const { InferencePipeline } = await import('../dist/index.js');
  const { renderBoxes, jsonlSink, multiSink } = await import('@rxcv/sinks');
  // RXCV_SOAK_OUTPUTS leaves outputs out, to find which one holds memory: e.g. "preview,jsonl".
  const outputs = new Set((process.env.RXCV_SOAK_OUTPUTS ?? 'mp4,jsonl,preview').split(',').filter(Boolean));
  const annotated = renderBoxes({
    output: outputs.has('mp4') ? join(outDir, 'soak.mp4') : undefined,
    preview: outputs.has('preview') ? { port: 0 } : undefined,
    onFrame: outputs.has('mp4') || outputs.has('preview') ? undefined : () => undefined,
  });
  const sink = multiSink(annotated, ...(outputs.has('jsonl') ? [jsonlSink(join(outDir, 'soak.jsonl'))] : []));
  let frames = 0;
  // RXCV_SOAK_MODEL=none: no model (empty results), to tell the source's memory from the model's.
  const withoutModel = process.env.RXCV_SOAK_MODEL === 'none';
  const init = withoutModel
    ? (options) => InferencePipeline.initWithCustomLogic({ ...options, onVideoFrame: (videoFrames) => videoFrames.map((f) => ({ image: { width: f.image.width, height: f.image.height }, predictions: [] })) })
    : (options) => InferencePipeline.init({ ...options, modelId: resolve(shared, 'models', 'yolox_nano.onnx') });
  const pipeline = await init({
    videoReference: url,
    onPrediction: Object.assign(async (result, frame) => {
      frames += 1;
      await sink(result, frame);
    }, { close: () => sink.close() }),
    statusUpdateHandlers: [(event) => {
      if (event.severity === 'error') process.stderr.write(`soak child: ${event.type} ${JSON.stringify(event.payload)}\n`);
    }],
  });
  annotated.preview?.observe(pipeline.status$);
  const previewUrl = annotated.preview ? await annotated.preview.ready : null;
  pipeline.start();
  const started = Date.now();
  const say = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
  say({ type: 'ready', previewUrl });
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    const dropped = pipeline.report().sources[0]?.framesDropped ?? 0;
    // RssAnon (malloc'ed memory) vs RssFile (mapped libraries), and threads (each may own a malloc arena).
    const status = readFileSync('/proc/self/status', 'utf8');
    const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    // Per V8 heap space: committed (space_size), used (space_used_size) and resident
    // (physical_space_size) bytes; heapTotal is committed, not resident.
    const spaces = getHeapSpaceStatistics();
    const v8Resident = Object.fromEntries(spaces.map((space) => [space.space_name, space.physical_space_size]));
    const v8Committed = Object.fromEntries(spaces.map((space) => [space.space_name, space.space_size]));
    const v8Used = Object.fromEntries(spaces.map((space) => [space.space_name, space.space_used_size]));
    say({ type: 'sample', t: (Date.now() - started) / 1000, rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, v8Resident, v8Committed, v8Used, external: m.external, arrayBuffers: m.arrayBuffers, rssAnon: field('RssAnon') * 1024, threads: field('Threads'), frames, dropped });
  }, sampleMs);
  process.on('SIGTERM', async () => {
    clearInterval(timer);
    await pipeline.terminate();
    say({ type: 'done', frames });
    process.exit(0);
  });
}

async function parent() {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string', default: '30' },
      warmup: { type: 'string', default: '3' },
      'sample-seconds': { type: 'string', default: '10' },
      'max-slope': { type: 'string', default: '0.5' },
      'no-preview-client': { type: 'boolean', default: false },
      size: { type: 'string', default: '1280x720@30' },
    },
  });
  const minutes = Number(values.minutes);
  const warmup = Number(values.warmup);
  const sampleMs = Number(values['sample-seconds']) * 1000;
  if (!(minutes > warmup && warmup >= 0 && sampleMs > 0)) throw new Error('soak: need --minutes > --warmup >= 0 and --sample-seconds > 0');
  const { startRtspServer } = await import('@rxcv/testing');
  const server = await startRtspServer({ tests: { '/live': values.size } });
  const outDir = mkdtempSync(join(tmpdir(), 'rxcv-soak-'));
  const env = { ...process.env, UV_THREADPOOL_SIZE: process.env.UV_THREADPOOL_SIZE ?? '16' };
  const proc = spawn(process.execPath, [...nodeFlags(), fileURLToPath(import.meta.url), '--child', server.url('/live'), outDir, String(sampleMs)], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const samples = [];
  let client = null;
  let clientBytes = 0;
  let buffered = '';
  let warmMappings = null;
  let lastMappings = null;
  proc.stdout.on('data', (chunk) => {
    buffered += chunk;
    let newline;
    while ((newline = buffered.indexOf('\n')) !== -1) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      let message;
      try {
        message = JSON.parse(line);
      } catch {
        continue; // not ours
      }
      if (message.type === 'ready') {
        console.log(`soak: ${values.size} from ${server.url('/live')}, preview ${message.previewUrl}, ${minutes} min (warm-up ${warmup}), outputs in ${outDir}`);
        if (!values['no-preview-client'] && message.previewUrl) {
          // A browser watching the MJPEG stream, reading as fast as it comes.
          client = request(new URL('stream/0.mjpg', message.previewUrl), (res) => res.on('data', (b) => (clientBytes += b.length)));
          client.on('error', () => undefined);
          client.end();
        }
      }
      if (message.type === 'sample') {
        // Where the child's resident memory lives, read from its /proc/<pid>/smaps by this process
        // (so that the parsing does not disturb the measured heap).
        try {
          const mappings = readMappings(proc.pid);
          message.maps = classifyMappings(mappings);
          lastMappings = mappings;
          if (warmMappings === null && message.t >= warmup * 60) warmMappings = mappings;
        } catch {
          message.maps = null; // the child has just exited
        }
        samples.push(message);
        const mb = (n) => (n / 2 ** 20).toFixed(1).padStart(7);
        console.log(`t ${(message.t / 60).toFixed(2).padStart(6)} min  rss ${mb(message.rss)}  heap ${mb(message.heapUsed)}/${mb(message.heapTotal)}  external ${mb(message.external)}  arrayBuffers ${mb(message.arrayBuffers)}  anon ${mb(message.rssAnon)} MB  threads ${message.threads}  frames ${message.frames}  dropped ${message.dropped}`);
        const v8 = (field) => mb(Object.values(message[field]).reduce((a, b) => a + b, 0)).trim();
        console.log(`         v8 committed/used/resident ${v8('v8Committed')}/${v8('v8Used')}/${v8('v8Resident')} MB`);
        if (message.maps) console.log(`         maps MB: ${Object.entries(message.maps).map(([name, bytes]) => `${name} ${(bytes / 2 ** 20).toFixed(1)}`).join('  ')}`);
      }
    }
  });
  const exited = new Promise((resolveExit) => proc.once('exit', resolveExit));
  await Promise.race([new Promise((r) => setTimeout(r, minutes * 60_000)), exited]);
  client?.destroy();
  proc.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (proc.exitCode === null) proc.kill('SIGKILL');
  await server.stop();
  const mp4Bytes = (() => {
    try {
      return statSync(join(outDir, 'soak.mp4')).size;
    } catch {
      return 0;
    }
  })();
  // The MP4 must have been finalised by terminate(): ffprobe counts its frames.
  const mp4Frames = (() => {
    const probe = spawnSync('ffprobe', ['-v', 'error', '-count_packets', '-select_streams', 'v:0', '-show_entries', 'stream=nb_read_packets', '-of', 'csv=p=0', join(outDir, 'soak.mp4')], { encoding: 'utf8' });
    return probe.status === 0 ? Number(probe.stdout.trim()) : null;
  })();
  rmSync(outDir, { recursive: true, force: true });

  const after = samples.filter((s) => s.t >= warmup * 60);
  const slope = (key) => {
    const pick = typeof key === 'function' ? key : (s) => s[key];
    const points = after.filter((s) => pick(s) !== undefined && pick(s) !== null);
    if (points.length < 3) return null;
    const xs = points.map((s) => s.t / 60);
    const ys = points.map((s) => pick(s) / 2 ** 20);
    const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
    const my = ys.reduce((a, b) => a + b, 0) / ys.length;
    const sxy = xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0);
    const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
    return Number((sxy / sxx).toFixed(3));
  };
  const last = samples.at(-1);
  // Resident MB of each V8 heap space after the warm-up and at the end: which space grows.
  const v8ResidentMb = after[0]?.v8Resident
    ? Object.fromEntries(Object.keys(after[0].v8Resident).map((name) => [name, [after[0], last].map((s) => Number((s.v8Resident[name] / 2 ** 20).toFixed(1)))]))
    : null;
  const lastWithMaps = after.findLast((s) => s.maps);
  // Slope of each smaps class (MB/min): which kind of mapping the RSS growth lives in.
  const mapsSlopeMbPerMin = after[0]?.maps
    ? Object.fromEntries(Object.keys(after[0].maps).map((name) => [name, slope((s) => s.maps?.[name])]))
    : null;
  const mapsMb = after[0]?.maps
    ? Object.fromEntries(Object.keys(after[0].maps).map((name) => [name, [after[0], lastWithMaps].map((s) => Number((s.maps[name] / 2 ** 20).toFixed(1)))]))
    : null;
  // Slope of each V8 heap space's committed, used and resident size.
  const v8SlopeMbPerMin = after[0]?.v8Committed
    ? Object.fromEntries(Object.keys(after[0].v8Committed).map((name) => [name, {
        committed: slope((s) => s.v8Committed?.[name]),
        used: slope((s) => s.v8Used?.[name]),
        resident: slope((s) => s.v8Resident?.[name]),
      }]))
    : null;
  // The mappings that grew most between the end of the warm-up and the end (by start address).
  const topGrowingMappings = warmMappings && lastMappings ? mappingGrowth(warmMappings, lastMappings, 12) : null;
  const summary = {
    minutes,
    warmupMinutes: warmup,
    samplesAfterWarmup: after.length,
    rssSlopeMbPerMin: slope('rss'),
    heapSlopeMbPerMin: slope('heapUsed'),
    heapTotalSlopeMbPerMin: slope('heapTotal'),
    v8ResidentMb,
    v8SlopeMbPerMin,
    mapsMb,
    mapsSlopeMbPerMin,
    topGrowingMappings,
    externalSlopeMbPerMin: slope('external'),
    arrayBuffersSlopeMbPerMin: slope('arrayBuffers'),
    rssAnonSlopeMbPerMin: slope('rssAnon'),
    outputs: process.env.RXCV_SOAK_OUTPUTS ?? 'mp4,jsonl,preview',
    model: process.env.RXCV_SOAK_MODEL ?? 'yolox-nano',
    mallocArenaMax: process.env.MALLOC_ARENA_MAX ?? null,
    rssMbAfterWarmup: after[0] ? Number((after[0].rss / 2 ** 20).toFixed(1)) : null,
    rssMbAtEnd: last ? Number((last.rss / 2 ** 20).toFixed(1)) : null,
    maxExternalMb: samples.length ? Number((Math.max(...samples.map((s) => s.external)) / 2 ** 20).toFixed(1)) : null,
    framesInferred: last?.frames ?? 0,
    framesDropped: last?.dropped ?? 0,
    previewClientMb: Number((clientBytes / 2 ** 20).toFixed(1)),
    mp4Mb: Number((mp4Bytes / 2 ** 20).toFixed(2)),
    mp4Frames,
  };
  console.log(JSON.stringify(summary));
  const maxSlope = Number(values['max-slope']);
  if (summary.rssSlopeMbPerMin === null) {
    console.log('soak: too few samples after the warm-up for a slope');
    process.exit(1);
  }
  console.log(`soak: RSS slope after warm-up ${summary.rssSlopeMbPerMin} MB/min (${summary.rssSlopeMbPerMin < maxSlope ? 'under' : 'NOT under'} ${maxSlope})`);
  process.exit(summary.rssSlopeMbPerMin < maxSlope ? 0 : 1);
}
