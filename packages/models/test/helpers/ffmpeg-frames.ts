import { spawn } from 'node:child_process';
import type { FrameImage } from '@rxcv/core';

/**
 * Decodes a real clip with the FFmpeg CLI into rgb24 frames (test helper: the project's video
 * sources live in @rxcv/sources; this package must not depend on them).
 */
export async function* ffmpegFrames(path: string, width: number, height: number): AsyncGenerator<FrameImage> {
  const child = spawn('ffmpeg', ['-v', 'error', '-i', path, '-map', '0:v:0', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const frameBytes = width * height * 3;
  let pending: Buffer = Buffer.alloc(0);
  try {
    for await (const chunk of child.stdout) {
      pending = pending.length === 0 ? (chunk as Buffer) : Buffer.concat([pending, chunk as Buffer]);
      while (pending.length >= frameBytes) {
        const data = new Uint8Array(frameBytes);
        data.set(pending.subarray(0, frameBytes));
        pending = pending.subarray(frameBytes);
        yield { width, height, format: 'rgb24', data };
      }
    }
  } finally {
    child.kill();
  }
}
