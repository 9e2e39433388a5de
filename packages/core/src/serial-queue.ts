// SerialQueue: runs async jobs one after another, in the order they were enqueued.

/**
 * Runs async jobs one after another, each starting when the one before it has settled (a failed
 * job does not stop the queue). The one promise-chain serialiser of rxcv: a model's `infer()`
 * calls (their input tensors are reused between calls) and a video writer's frames use it.
 * Observable code orders with `concatMap` instead.
 *
 * @example
 * import { SerialQueue } from '@rxcv/core';
 *
 * const queue = new SerialQueue();
 * const first = queue.enqueue(async () => 1);
 * const second = queue.enqueue(async () => 2); // starts once `first` has settled
 * await queue.drain();
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `job` after every job enqueued before it has settled; resolves or rejects as it does. */
  enqueue<T>(job: () => T | Promise<T>): Promise<T> {
    const result = this.tail.then(job, job);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves when every job enqueued so far has settled. */
  async drain(): Promise<void> {
    await this.tail;
  }
}
