// Memory of beamcoder's read path (issue 17 part 10): reads a clip's packets in a loop (seeking
// back to the start at its end), optionally decoding them, and prints RSS and V8's external
// memory every N packets after forced full garbage collections. Flat RSS = no native leak;
// growth that a GC gives back = garbage not yet collected; growth a GC keeps = a leak.
// Modes: read (packets only), decode (+ decoder), filter (+ a yuv420p -> rgb24 filter graph, as
// @rxcv/sources converts frames), encode (+ an MJPEG encoder, as the preview encodes JPEGs).
//
//   node --expose-gc packages/beamcoder/bench/read-loop-memory.mjs [--mode read|decode|filter|encode] [--packets 20000] [--every 1000] [--warmup 2000] [--clip file.mp4] [--no-gc]
//
// Ends with a JSON line: { rssAnonGrowthKbPerPacket } is the growth of RssAnon from the sample at
// --warmup packets to the end (V8's heap and FFmpeg's pools grow during the warm-up), and
// { rssAnonGrowthKbPerPacketByWindow } the same between each two samples after it.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBeamcoder } from '../load.js';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    mode: { type: 'string', default: 'read' },
    packets: { type: 'string', default: '20000' },
    every: { type: 'string', default: '1000' },
    warmup: { type: 'string', default: '2000' },
    clip: { type: 'string', default: resolve(here, '..', '..', '..', '..', 'shared', 'media', 'person_indoor_768x432_139s.mp4') },
    'no-gc': { type: 'boolean', default: false },
  },
});
if (typeof globalThis.gc !== 'function' && !values['no-gc']) throw new Error('read-loop-memory: run with node --expose-gc (or pass --no-gc)');
const total = Number(values.packets);
const every = Number(values.every);
const warmup = Number(values.warmup);
if (!(total > warmup && warmup >= 0 && every > 0)) throw new Error('read-loop-memory: need --packets > --warmup >= 0 and --every > 0');
const modes = ['read', 'decode', 'filter', 'encode'];
if (!modes.includes(values.mode)) throw new Error(`read-loop-memory: --mode must be one of ${modes.join(', ')}`);
const decode = values.mode !== 'read';

const beamcoder = loadBeamcoder();
const demuxer = await beamcoder.demuxer(values.clip);
const video = demuxer.streams.find((s) => s.codecpar.codec_type === 'video');
for (const s of demuxer.streams) if (s !== video) s.discard = 'all';
const decoder = decode ? beamcoder.decoder({ demuxer, stream_index: video.index }) : null;
const { width, height } = video.codecpar;
const filterer =
  values.mode === 'filter'
    ? await beamcoder.filterer({
        filterType: 'video',
        inputParams: [{ name: 'in0:v', width, height, pixelFormat: 'yuv420p', timeBase: video.time_base, pixelAspect: [1, 1] }],
        outputParams: [{ name: 'out0:v', pixelFormat: 'rgb24' }],
        filterSpec: '[in0:v]format=rgb24[out0:v]',
      })
    : null;
const encoder =
  values.mode === 'encode'
    ? beamcoder.encoder({ name: 'mjpeg', width, height, pix_fmt: 'yuv420p', color_range: 'pc', time_base: [1, 30], flags: { QSCALE: true }, global_quality: 8 * 118 })
    : null;

const mb = (n) => (n / 2 ** 20).toFixed(1).padStart(7);
/** RssAnon: the process's malloc'ed (anonymous) resident memory, bytes. */
const anon = () => Number(/^RssAnon:\s+(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) * 1024;

async function sample(n) {
  if (!values['no-gc']) {
    for (let i = 0; i < 3; i += 1) {
      globalThis.gc();
      await new Promise((r) => setImmediate(r)); // let finalisers run
    }
  }
  const m = process.memoryUsage();
  console.log(`packets ${String(n).padStart(6)}  rss ${mb(m.rss)}  anon ${mb(anon())}  heap ${mb(m.heapUsed)}/${mb(m.heapTotal)}  external ${mb(m.external)} MB`);
  return { rss: m.rss, anon: anon() };
}

const first = await sample(0);
let warm = warmup === 0 ? first : null;
/** The samples from the warm-up on, to tell a leak (growth in every window) from a one-time step. */
const measured = warmup === 0 ? [{ n: 0, ...first }] : [];
let frames = 0;
for (let n = 1; n <= total; n += 1) {
  let packet = await demuxer.read();
  if (packet === null) {
    await demuxer.seek({ time: 0 });
    packet = await demuxer.read();
  }
  if (decoder && packet.stream_index === video.index) {
    const { frames: out } = await decoder.decode(packet);
    for (const f of out) {
      frames += 1;
      if (filterer) {
        const result = await filterer.filter([{ name: 'in0:v', frames: [f] }]);
        for (const output of result) for (const filtered of output.frames) filtered.release();
      }
      if (encoder) {
        f.color_range = 'pc'; // MJPEG wants full range; the picture's values do not matter here
        f.pts = frames; // rising across the loop seams
        for (const p of (await encoder.encode(f)).packets) void p;
      }
      f.release();
    }
  }
  if (n % every === 0 || n === warmup) {
    const s = await sample(n);
    if (n === warmup) warm = s;
    if (n >= warmup) measured.push({ n, ...s });
  }
}
const last = total % every === 0 ? measured.at(-1) : await sample(total);
if (measured.at(-1)?.n !== total) measured.push({ n: total, ...last });
// Growth per window between consecutive samples: a leak shows in every window, a one-time step
// (a malloc arena or one of FFmpeg's buffer pools growing once) in one of them.
const windows = measured.slice(1).map((s, i) => +((s.anon - measured[i].anon) / 1024 / (s.n - measured[i].n)).toFixed(3));
const toMb = (n) => +(n / 2 ** 20).toFixed(1);
console.log(
  JSON.stringify({
    mode: values.mode,
    packets: total,
    frames,
    rssFirstMb: toMb(first.rss),
    rssWarmMb: toMb(warm.rss),
    rssLastMb: toMb(last.rss),
    rssAnonGrowthKbPerPacket: +((last.anon - warm.anon) / 1024 / (total - warmup)).toFixed(3),
    rssAnonGrowthKbPerPacketByWindow: windows,
  }),
);
demuxer.forceClose();
