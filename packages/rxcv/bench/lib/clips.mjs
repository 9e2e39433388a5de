// Clips the benchmark makes with the FFmpeg CLI from the shared highway clip, at benchmark time.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

function ffmpeg(args) {
  const run = spawnSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`ffmpeg ${args.join(' ')} failed: ${run.stderr || run.error?.message}`);
}

/**
 * H.264 (libx264 `veryfast`, yuv420p, High profile, no audio) clips in `dir`:
 * - `highway_1280x720_25fps.mp4`, `highway_1920x1080_25fps.mp4`: the 221 frames of the highway
 *   clip upscaled, for file mode;
 * - `highway_1280x720_30fps.mp4`: the same at 30 fps (frames repeated), no B-frames and a keyframe
 *   every second, as a camera sends it, for the RTSP server to loop.
 */
export function makeClips(highway, dir) {
  const x264 = ['-an', '-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p'];
  const clips = {
    hd: join(dir, 'highway_1280x720_25fps.mp4'),
    fullHd: join(dir, 'highway_1920x1080_25fps.mp4'),
    stream: join(dir, 'highway_1280x720_30fps.mp4'),
  };
  ffmpeg(['-i', highway, '-vf', 'scale=1280:720', ...x264, clips.hd]);
  ffmpeg(['-i', highway, '-vf', 'scale=1920:1080', ...x264, clips.fullHd]);
  ffmpeg(['-i', highway, '-vf', 'scale=1280:720,fps=30', ...x264, '-bf', '0', '-g', '30', clips.stream]);
  return clips;
}
