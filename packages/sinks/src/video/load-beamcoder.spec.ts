import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { loadBeamcoder } from './load-beamcoder.js';

describe('loadBeamcoder', () => {
  it('loads beamcoder without its licence banner reaching stdout', () => {
    const require = createRequire(import.meta.url);
    // Only meaningful on the first load in this process: make sure it is one.
    expect(require.cache[require.resolve('beamcoder')]).toBeUndefined();
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
    expect(loadBeamcoder()).toBe(beamcoder);
  });
});
