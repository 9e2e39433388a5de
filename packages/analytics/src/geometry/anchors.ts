// Named points of a box (supervision's `Position`): where zones look at a prediction.
import { AnalyticsError } from '../errors.js';
import type { BoxPrediction } from '../tracked.js';
import type { Point } from './point.js';

/** supervision's `sv.Position` names, as string constants: `Position.BOTTOM_CENTER === 'BOTTOM_CENTER'`. */
export const Position = {
  TOP_LEFT: 'TOP_LEFT',
  TOP_CENTER: 'TOP_CENTER',
  TOP_RIGHT: 'TOP_RIGHT',
  CENTER_LEFT: 'CENTER_LEFT',
  CENTER: 'CENTER',
  CENTER_RIGHT: 'CENTER_RIGHT',
  BOTTOM_LEFT: 'BOTTOM_LEFT',
  BOTTOM_CENTER: 'BOTTOM_CENTER',
  BOTTOM_RIGHT: 'BOTTOM_RIGHT',
} as const;
export type Position = (typeof Position)[keyof typeof Position];

const FRACTIONS: Record<Position, readonly [number, number]> = {
  TOP_LEFT: [0, 0],
  TOP_CENTER: [0.5, 0],
  TOP_RIGHT: [1, 0],
  CENTER_LEFT: [0, 0.5],
  CENTER: [0.5, 0.5],
  CENTER_RIGHT: [1, 0.5],
  BOTTOM_LEFT: [0, 1],
  BOTTOM_CENTER: [0.5, 1],
  BOTTOM_RIGHT: [1, 1],
};

/** The pixel position of `anchor` on the box of `p`. */
export function anchorPoint(p: Pick<BoxPrediction, 'x' | 'y' | 'width' | 'height'>, anchor: Position): Point {
  const [fx, fy] = FRACTIONS[anchor];
  return { x: p.x - p.width / 2 + fx * p.width, y: p.y - p.height / 2 + fy * p.height };
}

/** Checks a list of anchors: not empty, each a known name. */
export function checkAnchors(anchors: Iterable<Position>, what: string): Position[] {
  const list = [...anchors];
  if (list.length === 0) throw new AnalyticsError('INVALID_ANCHOR', `${what}: triggering anchors cannot be empty`);
  for (const anchor of list) {
    if (!Object.hasOwn(FRACTIONS, anchor)) {
      throw new AnalyticsError('INVALID_ANCHOR', `${what}: unknown anchor ${JSON.stringify(anchor)}; use one of ${Object.keys(FRACTIONS).join(', ')}`);
    }
  }
  return list;
}
