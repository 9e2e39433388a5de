// node-av input life cycle: closing while a read is still running in FFmpeg frees nothing under it.
import { describe, expect, it } from 'vitest';
import { FfmpegError } from '../ffmpeg-error.js';
import { openNodeAvInput } from './node-av-input.js';

describe('node-av input', () => {
  it('close() during a pending read: the read settles, the input is freed after it, later calls are typed errors', async () => {
    // One frame a second in real time: the second read waits in FFmpeg when close() comes.
    const input = await openNodeAvInput('testsrc2=size=64x48:rate=1,realtime', { inputFormat: 'lavfi' });
    expect(await input.readPacket()).not.toBeNull();
    const started = Date.now();
    const pending = input.readPacket().then(
      (packet) => ({ packet }),
      (error: unknown) => ({ error }),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    input.close();
    input.close();
    const settled = await pending;
    expect(Date.now() - started).toBeLessThan(3000);
    expect('error' in settled ? settled.error : undefined).toBeInstanceOf(FfmpegError);
    await expect(input.readPacket()).rejects.toThrow(/the input is closed/);
    await expect(input.openDecoder(0)).rejects.toThrow(FfmpegError);
  });

  it('selectOnly and openDecoder name a stream the input does not have', async () => {
    const input = await openNodeAvInput('testsrc2=size=64x48:rate=25:duration=1', { inputFormat: 'lavfi' });
    try {
      expect(() => input.selectOnly(3)).toThrow('the input has no stream 3 (it has 1)');
      await expect(input.openDecoder(-1)).rejects.toThrow('the input has no stream -1 (it has 1)');
    } finally {
      input.close();
    }
  });

  it('an unknown forced input format is an FfmpegError naming it', async () => {
    await expect(openNodeAvInput('x', { inputFormat: 'no-such-format' })).rejects.toThrow("Unknown input format: 'no-such-format'");
  });
});
