import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedAsset } from '@rxcv/testing';

export const HIGHWAY = sharedAsset('media', 'highway_960x540_25fps.mp4');
export const YOLOX = sharedAsset('models', 'yolox_nano.onnx');

export function tempDir(prefix = 'rxcv-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Frame count and frame rate of a video file, as ffprobe reports them. */
export function ffprobeVideo(path: string): { frames: number; fps: number; width: number; height: number } {
  const out = execFileSync('ffprobe', [
    '-v', 'error', '-select_streams', 'v:0', '-count_frames',
    '-show_entries', 'stream=nb_read_frames,r_frame_rate,width,height', '-of', 'json', path,
  ]).toString();
  const stream = JSON.parse(out).streams[0];
  const [num, den] = String(stream.r_frame_rate).split('/').map(Number);
  return { frames: Number(stream.nb_read_frames), fps: num / den, width: stream.width, height: stream.height };
}

export { slowedDown } from '@rxcv/testing';
