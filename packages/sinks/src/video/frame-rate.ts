/** A rational number as FFmpeg takes it: [numerator, denominator]. */
export type Rational = [number, number];

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/**
 * A frame rate as an exact rational: 25 → 25/1, 29.97 → 30000/1001, 12.5 → 25/2. Timestamps
 * are whole multiples of its inverse, so `ffprobe` reports the rate exactly.
 */
export function frameRateRational(fps: number): Rational {
  const whole = Math.round(fps);
  if (Math.abs(fps - whole) < 1e-6) return [whole, 1];
  const ntsc = Math.round((fps * 1001) / 1000);
  if (Math.abs(fps - (ntsc * 1000) / 1001) < 1e-3) return [ntsc * 1000, 1001];
  for (let den = 2; den <= 1000; den++) {
    const num = fps * den;
    if (Math.abs(num - Math.round(num)) < 1e-6 * den) {
      const n = Math.round(num);
      const g = gcd(n, den);
      return [n / g, den / g];
    }
  }
  const n = Math.round(fps * 1000);
  const g = gcd(n, 1000);
  return [n / g, 1000 / g];
}

/** `value` in time base `from` to time base `to`, rounded to the nearest tick. */
export function rescale(value: number, from: Rational, to: Rational): number {
  return Math.round((value * from[0] * to[1]) / (from[1] * to[0]));
}
