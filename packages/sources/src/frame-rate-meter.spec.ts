import { describe, expect, it } from 'vitest';
import { FrameRateMeter } from './frame-rate-meter.js';

describe('FrameRateMeter', () => {
  it('is null until two frames arrived', () => {
    const meter = new FrameRateMeter();
    expect(meter.tick(0)).toBeNull();
    expect(meter.tick(40)).toBeCloseTo(25);
  });

  it('measures over the last second only', () => {
    const meter = new FrameRateMeter(1000);
    for (let t = 0; t <= 2000; t += 100) meter.tick(t); // 10 fps for 2 s
    for (let t = 2020; t <= 3000; t += 20) meter.tick(t); // then 50 fps
    expect(meter.rate()).toBeCloseTo(50, 0);
  });

  it('forgets on reset', () => {
    const meter = new FrameRateMeter();
    meter.tick(0);
    meter.tick(40);
    meter.reset();
    expect(meter.rate()).toBeNull();
  });
});
