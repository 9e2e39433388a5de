// Parses the lines and zones of `rxcv run --line x1,y1,x2,y2 --zone "x,y x,y x,y"` into points.
import { UsageError } from './usage-error.js';

export interface CliPoint {
  readonly x: number;
  readonly y: number;
}

/** `--line x1,y1,x2,y2`: a segment in frame pixels. */
export function parseLine(text: string): { start: CliPoint; end: CliPoint } {
  const numbers = text.split(',').map((part) => Number(part.trim()));
  if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n))) {
    throw new UsageError(`--line takes x1,y1,x2,y2 (four numbers, frame pixels), got "${text}"`);
  }
  const [x1, y1, x2, y2] = numbers as [number, number, number, number];
  if (x1 === x2 && y1 === y2) throw new UsageError(`--line needs two different points, got "${text}"`);
  return { start: { x: x1, y: y1 }, end: { x: x2, y: y2 } };
}

/** `--zone "x,y x,y x,y ..."`: a polygon of at least three points, in frame pixels. */
export function parseZone(text: string): [number, number][] {
  const points = text.trim().split(/\s+/).map((pair) => pair.split(',').map((part) => Number(part)));
  if (points.length < 3 || points.some((p) => p.length !== 2 || p.some((n) => !Number.isFinite(n)))) {
    throw new UsageError(`--zone takes at least three points "x,y x,y x,y" (frame pixels), got "${text}"`);
  }
  return points as [number, number][];
}
