// The shape of a tracked prediction: Roboflow's JSON plus the numeric `tracker_id` a tracker gave it.
import type { ObjectDetectionPrediction } from '@rxcv/core';

/** A prediction with a box, as trackers and zones read it (object detection, keypoints, ...). */
export type BoxPrediction = Pick<ObjectDetectionPrediction, 'x' | 'y' | 'width' | 'height' | 'confidence' | 'class' | 'class_id'>;

/** A prediction the tracker kept, with the id of its track (stable across frames, 1-based). */
export type Tracked<P extends BoxPrediction = ObjectDetectionPrediction> = P & { tracker_id: number };

/** A result whose predictions carry boxes. */
export interface BoxResult<P extends BoxPrediction = BoxPrediction> {
  image: { width: number; height: number };
  predictions: P[];
}

/** `R` with each prediction given a `tracker_id`: what `ByteTracker.update` returns. */
export type TrackedResult<R extends BoxResult = BoxResult<ObjectDetectionPrediction>> = Omit<R, 'predictions'> & {
  predictions: Tracked<R['predictions'][number]>[];
};

/** True when the prediction carries a usable tracker id (untracked predictions are never counted). */
export function hasTrackerId(prediction: object): prediction is { tracker_id: number } {
  const id = (prediction as { tracker_id?: unknown }).tracker_id;
  return typeof id === 'number' && Number.isFinite(id);
}

/** The predictions of a result, or the array itself: zones take either. */
export function predictionsOf<P extends BoxPrediction>(input: readonly P[] | { readonly predictions: readonly P[] }): readonly P[] {
  return Array.isArray(input) ? input : (input as { readonly predictions: readonly P[] }).predictions;
}
