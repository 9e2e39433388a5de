// Collects what RxJS would report as unhandled (and so crash Node with), for tests that prove
// a pipeline turns users' throwing callbacks into status events instead.
import { config } from 'rxjs';

export interface UnhandledErrors {
  /** Errors RxJS handed to `config.onUnhandledError` since the capture began. */
  readonly errors: unknown[];
  /** Puts back the handler that was there before. */
  restore(): void;
}

/**
 * Replaces RxJS's `config.onUnhandledError` (which rethrows on a timer, crashing Node) with a
 * collector until `restore()`.
 *
 * @example
 * import { afterEach, beforeEach, expect } from 'vitest';
 * import { captureUnhandledErrors, type UnhandledErrors } from '@rxcv/core/fakes';
 *
 * let unhandled: UnhandledErrors;
 * beforeEach(() => (unhandled = captureUnhandledErrors()));
 * afterEach(() => unhandled.restore());
 * // ... run a pipeline whose status handler throws, then:
 * expect(unhandled.errors).toEqual([]);
 */
export function captureUnhandledErrors(): UnhandledErrors {
  const previous = config.onUnhandledError;
  const errors: unknown[] = [];
  config.onUnhandledError = (error) => void errors.push(error);
  return { errors, restore: () => void (config.onUnhandledError = previous) };
}
