// Memory of beamcoder's read path (issue 17 part 10): reads a clip's packets in a loop (seeking
// back to the start at its end), optionally decoding them, and prints RSS and V8's external
// memory every N packets after forced full garbage collections. Flat RSS = no native leak;
// growth that a GC gives back = garbage not yet collected; growth a GC keeps = a leak.
//
//   node --expose-gc packages/beamcoder/bench/read-loop-memory.mjs [--mode read|decode] [--packets 20000] [--every 1000] [--clip file.mp4]
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
    clip: { type: 'string', default: resolve(here, '..', '..', '..', '..', 'shared', 'media', 'person_indoor_768x432_139s.mp4') },
    'no-gc': { type: 'boolean', default: false },
  },
});
if (typeof globalThis.gc !== 'function' && !values['no-gc']) throw new Error('read-loop-memory: run with node --expose-gc (or pass --no-gc)');
const total = Number(values.packets);
const every = Number(values.every);
const decode = values.mode === 'decode';

const beamcoder = loadBeamcoder();
const demuxer = await beamcoder.demuxer(values.clip);
const video = demuxer.streams.find((s) => s.codecpar.codec_type === 'video');
for (const s of demuxer.streams) if (s !== video) s.discard = 'all';
const decoder = decode ? beamcoder.decoder({ demuxer, stream_index: video.index }) : null;

const mb = (n) => (n / 2 ** 20).toFixed(1).padStart(7);
const anon = () => Number(/^RssAnon:\s+(\d+)/m.exec(await_status())?.[1] ?? 0) * 1024;
function await_status() {
  return globalThis.__fs.readFileSync('/proc/self/status', 'utf8');
}
globalThis.__fs = await import('node:fs');

async function sample(n) {
  if (!values['no-gc']) {
    for (let i = 0; i < 3; i += 1) {
      globalThis.gc();
      await new Promise((r) => setImmediate(r)); // let finalisers run
    }
  }
  const m = process.memoryUsage();
  console.log(`packets ${String(n).padStart(6)}  rss ${mb(m.rss)}  anon ${mb(anon())}  heap ${mb(m.heapUsed)}/${mb(m.heapTotal)}  external ${mb(m.external)} MB`);
  return m.rss;
}

const first = await sample(0);
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
      f.release();
    }
  }
  if (n % every === 0) await sample(n);
}
const last = await sample(total);
console.log(JSON.stringify({ mode: values.mode, packets: total, frames, rssFirstMb: +(first / 2 ** 20).toFixed(1), rssLastMb: +(last / 2 ** 20).toFixed(1), kbPerPacket: +((last - first) / 1024 / total).toFixed(3) }));
demuxer.forceClose();
