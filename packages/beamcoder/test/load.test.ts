// loadBeamcoder: the binding loads without its stdout banner, once, with FFmpeg's log quiet.
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';

const require = createRequire(import.meta.url);

describe('loadBeamcoder', () => {
  it('loads the binding without its licence banner reaching stdout', () => {
    // Only meaningful on the first load in this process: make sure it is one.
    expect(require.cache[require.resolve('../index.js')]).toBeUndefined();
    const { loadBeamcoder } = require('../load.js') as typeof import('../load.js');
    const written: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    const log = vi.spyOn(console, 'log').mockImplementation((...args) => {
      written.push(args.join(' '));
    });
    let beamcoder;
    try {
      beamcoder = loadBeamcoder();
    } finally {
      write.mockRestore();
      log.mockRestore();
    }
    expect(written.join('')).not.toMatch(/Aerostat|Beam Coder|FFmpeg version/);
    expect(beamcoder.avVersionInfo()).toMatch(/\d/);
    expect(beamcoder.logging()).toBe(process.env.RXCV_FFMPEG_LOGLEVEL ?? 'fatal');
    expect(loadBeamcoder()).toBe(beamcoder);
  });

  it('has the fork\'s Frame.release(): the picture buffers go, the metadata stays', () => {
    const { loadBeamcoder } = require('../load.js') as typeof import('../load.js');
    const frame = loadBeamcoder().frame({ width: 64, height: 48, format: 'yuv420p' }).alloc();
    expect(frame.data.length).toBeGreaterThan(0);
    frame.release();
    expect(frame.data).toEqual([]);
    expect([frame.width, frame.height, frame.format]).toEqual([64, 48, 'yuv420p']);
    frame.release(); // idempotent
  });
});
