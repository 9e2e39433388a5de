/** A point in pixels. */
export interface Point {
  x: number;
  y: number;
}

/** A rotated rectangle: corners clockwise from the top-left one (in image coordinates). */
export interface RotatedRect {
  readonly center: Point;
  /** Length of the side along `angle`. */
  readonly width: number;
  /** Length of the side across `angle`. */
  readonly height: number;
  /** Direction of the width side, radians. */
  readonly angle: number;
}

const cross = (o: Point, a: Point, b: Point): number => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/** Convex hull (Andrew's monotone chain), counter-clockwise in math orientation. */
export function convexHull(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (sorted.length <= 2) return sorted;
  const lower: Point[] = [];
  for (const p of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Point[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const p = sorted[i];
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], p) <= 0) upper.pop();
    upper.push(p);
  }
  upper.pop();
  lower.pop();
  return lower.concat(upper);
}

/**
 * The smallest-area rectangle around points (rotating calipers over the hull's edges), like
 * OpenCV's minAreaRect. The width side is the one closer to horizontal.
 */
export function minAreaRect(points: readonly Point[]): RotatedRect {
  const hull = convexHull(points);
  if (hull.length === 0) return { center: { x: 0, y: 0 }, width: 0, height: 0, angle: 0 };
  if (hull.length === 1) return { center: { ...hull[0] }, width: 0, height: 0, angle: 0 };
  let best: RotatedRect | null = null;
  let bestArea = Infinity;
  for (let i = 0; i < hull.length; i++) {
    const a = hull[i];
    const b = hull[(i + 1) % hull.length];
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (length === 0) continue;
    const ux = (b.x - a.x) / length;
    const uy = (b.y - a.y) / length;
    let minU = Infinity;
    let maxU = -Infinity;
    let minV = Infinity;
    let maxV = -Infinity;
    for (const p of hull) {
      const u = p.x * ux + p.y * uy;
      const v = -p.x * uy + p.y * ux;
      if (u < minU) minU = u;
      if (u > maxU) maxU = u;
      if (v < minV) minV = v;
      if (v > maxV) maxV = v;
    }
    const area = (maxU - minU) * (maxV - minV);
    if (area < bestArea) {
      bestArea = area;
      const cu = (minU + maxU) / 2;
      const cv = (minV + maxV) / 2;
      best = { center: { x: cu * ux - cv * uy, y: cu * uy + cv * ux }, width: maxU - minU, height: maxV - minV, angle: Math.atan2(uy, ux) };
    }
  }
  return normaliseRect(best as RotatedRect);
}

/** Turns a rectangle so that its width side is the one within 45° of horizontal. */
function normaliseRect(rect: RotatedRect): RotatedRect {
  let { width, height, angle } = rect;
  // Bring the angle into (-90°, 90°].
  while (angle <= -Math.PI / 2) angle += Math.PI;
  while (angle > Math.PI / 2) angle -= Math.PI;
  if (Math.abs(angle) > Math.PI / 4) {
    [width, height] = [height, width];
    angle = angle > 0 ? angle - Math.PI / 2 : angle + Math.PI / 2;
  }
  return { center: rect.center, width, height, angle };
}

/** Corners of a rotated rectangle: top-left, top-right, bottom-right, bottom-left. */
export function rectCorners(rect: RotatedRect): [Point, Point, Point, Point] {
  const ux = Math.cos(rect.angle);
  const uy = Math.sin(rect.angle);
  const hw = rect.width / 2;
  const hh = rect.height / 2;
  const at = (su: number, sv: number): Point => ({
    x: rect.center.x + su * hw * ux - sv * hh * uy,
    y: rect.center.y + su * hw * uy + sv * hh * ux,
  });
  return [at(-1, -1), at(1, -1), at(1, 1), at(-1, 1)];
}
