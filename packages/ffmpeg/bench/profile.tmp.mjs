import { loadFfmpegBackend } from '../dist/index.js';
const path = '/tmp/rxcv-decode-bench/highway_720p.mp4';
const names = process.argv[2].split(',');
for (const name of names) {
  const backend = await loadFfmpegBackend(name);
  for (const mode of ['decode', 'filter', 'filter+copy']) {
    const input = await backend.openInput(path);
    input.selectOnly(0);
    const decoder = await input.openDecoder(0, { threads: 1 });
    let graph; let n = 0;
    const cpu0 = process.cpuUsage(); const t0 = Date.now();
    const take = async (frames) => { for (const f of frames) { n++;
      if (mode !== 'decode') {
        graph ??= await backend.createFilterGraph({ input: { width: f.width, height: f.height, pixelFormat: f.pixelFormat, timeBase: input.streams[0].timeBase }, spec: '[in]split=2[a][b];[a]format=rgb24[out0];[b]scale=416:234:flags=area,format=bgr24[out1]', outputPixelFormats: ['rgb24','bgr24'] });
        const [[a],[b]] = await graph.filter(f);
        if (mode === 'filter+copy') { a.packedPixels(); b.packedPixels(); }
        a.release(); b.release();
      }
      f.release(); } };
    for (let p = await input.readPacket(); p; p = await input.readPacket()) await take(await decoder.decode(p));
    await take(await decoder.flush());
    const c = process.cpuUsage(cpu0);
    console.log(name, mode, n, ((c.user + c.system) / 1000 / n).toFixed(2), 'cpu ms/frame', ((Date.now() - t0) / n).toFixed(2), 'wall ms/frame');
    input.close();
  }
}
