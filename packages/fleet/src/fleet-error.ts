// The typed error of @rxcv/fleet: a code to branch on and a message that never holds credentials.
import { RxcvError } from '@rxcv/core';

export type FleetErrorCode =
  | 'NATS_BAD_URL'
  | 'NATS_UNREACHABLE'
  | 'NATS_AUTH'
  | 'NATS_NO_JETSTREAM'
  /** A worker option is wrong (name, capacity). */
  | 'INVALID_OPTION'
  | 'INVALID_CAMERA'
  | 'CAMERA_NOT_FOUND'
  | 'CAMERA_EXISTS';

/** What went wrong in the fleet (connecting, camera configs), with a code to branch on. */
export class FleetError extends RxcvError {
  constructor(code: FleetErrorCode, message: string) {
    super(code, message);
    this.name = 'FleetError';
  }
}
