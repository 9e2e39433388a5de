// The list operations ByteTrack's state update uses (supervision's joint_tracks, sub_tracks,
// remove_duplicate_tracks), kept as plain functions over tracks identified by their internal id.
import { iouDistance } from '../geometry/box-iou.js';
import type { Track } from './track.js';

/** `a` then `b`, without a second track of the same internal id. */
export function jointTracks(a: readonly Track[], b: readonly Track[]): Track[] {
  const seen = new Set<number>();
  const result: Track[] = [];
  for (const track of [...a, ...b]) {
    if (seen.has(track.internalId)) continue;
    seen.add(track.internalId);
    result.push(track);
  }
  return result;
}

/** The tracks of `a` whose internal id is not in `b`. */
export function subTracks(a: readonly Track[], b: readonly Track[]): Track[] {
  const ids = new Set(b.map((t) => t.internalId));
  return a.filter((t) => !ids.has(t.internalId));
}

/**
 * Where a tracked and a lost track overlap almost entirely (IoU > 0.85), keeps the one that has
 * existed longer and drops the other.
 */
export function removeDuplicateTracks(tracked: readonly Track[], lost: readonly Track[]): [Track[], Track[]] {
  const distance = iouDistance(tracked.map((t) => t.xyxy), lost.map((t) => t.xyxy));
  const dropTracked = new Set<number>();
  const dropLost = new Set<number>();
  distance.forEach((row, i) =>
    row.forEach((d, j) => {
      if (d >= 0.15) return;
      const ageTracked = tracked[i].frameId - tracked[i].startFrame;
      const ageLost = lost[j].frameId - lost[j].startFrame;
      if (ageTracked > ageLost) dropLost.add(j);
      else dropTracked.add(i);
    }),
  );
  return [tracked.filter((_, i) => !dropTracked.has(i)), lost.filter((_, j) => !dropLost.has(j))];
}
