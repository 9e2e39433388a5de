// The typed error of @rxcv/analytics: bad zone geometry or tracker options, named in the message.
import { RxcvError } from '@rxcv/core';

export type AnalyticsErrorCode =
  /** A line of zero length, a polygon with fewer than 3 points, a coordinate that is not a finite number. */
  | 'INVALID_ZONE'
  /** A tracker option out of its range (a negative buffer, a threshold outside 0..1, ...). */
  | 'INVALID_TRACKER_OPTIONS'
  /** Anchors that name no known position. */
  | 'INVALID_ANCHOR'
  /** A result without a `predictions` array. */
  | 'INVALID_PREDICTIONS';

/** A zone, tracker or anchor was configured with a value it cannot work with. */
export class AnalyticsError extends RxcvError {
  constructor(
    override readonly code: AnalyticsErrorCode,
    message: string,
  ) {
    super(code, message);
  }
}
