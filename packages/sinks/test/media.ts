// Test helpers: real pictures and clips decoded by the ffmpeg CLI (independent of the code
// under test), and ffprobe's view of written files.
import { execFileSync } from 'node:child_process';
import type { FrameImage, PixelFormat } from '@rxcv/core';

/** Decodes `frames` frames of a video (or one picture) to packed pixels with the ffmpeg CLI. */
export function decodeFrames(
  path: string,
  options: { frames?: number; format?: PixelFormat; filter?: string; select?: number } = {},
): FrameImage[] {
  const format = options.format ?? 'rgb24';
  const { width, height } = videoSize(path);
  const filters = [options.select === undefined ? undefined : `select=eq(n\\,${options.select})`, options.filter];
  const vf = filters.filter((f) => f !== undefined).join(',');
  const args = ['-v', 'error', '-i', path];
  if (vf) args.push('-vf', vf);
  args.push('-frames:v', String(options.select === undefined ? (options.frames ?? 1) : 1));
  args.push('-f', 'rawvideo', '-pix_fmt', format, '-');
  const raw = execFileSync('ffmpeg', args, { maxBuffer: 1 << 30 });
  const size = width * height * 3;
  return Array.from({ length: Math.floor(raw.length / size) }, (_, i) => ({
    width,
    height,
    format,
    data: new Uint8Array(raw.buffer, raw.byteOffset + i * size, size),
  }));
}

export interface VideoProbe {
  width: number;
  height: number;
  codec: string;
  pixFmt: string;
  rFrameRate: string;
  avgFrameRate: string;
  /** Frames ffprobe actually decoded (`-count_frames`). */
  frames: number;
  duration: number;
}

/** ffprobe's report on the first video stream, with every frame decoded and counted. */
export function probeVideo(path: string): VideoProbe {
  const out = execFileSync(
    'ffprobe',
    ['-v', 'error', '-count_frames', '-select_streams', 'v:0', '-show_entries',
      'stream=width,height,codec_name,pix_fmt,r_frame_rate,avg_frame_rate,nb_read_frames,duration',
      '-of', 'json', path],
    { encoding: 'utf8' },
  );
  const s = JSON.parse(out).streams[0];
  return {
    width: s.width,
    height: s.height,
    codec: s.codec_name,
    pixFmt: s.pix_fmt,
    rFrameRate: s.r_frame_rate,
    avgFrameRate: s.avg_frame_rate,
    frames: Number(s.nb_read_frames),
    duration: Number(s.duration),
  };
}

/** Width and height of the first video stream, without decoding it. */
export function videoSize(path: string): { width: number; height: number } {
  const out = execFileSync(
    'ffprobe',
    ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=width,height', '-of', 'json', path],
    { encoding: 'utf8' },
  );
  const s = JSON.parse(out).streams[0];
  return { width: s.width, height: s.height };
}
