/**
 * Runs async jobs one after another. A model's input tensors are reused between calls and
 * onnxruntime-node runs a session on the JS thread anyway, so overlapping `infer()` calls
 * would only corrupt the shared buffers without gaining speed.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  enqueue<T>(job: () => Promise<T>): Promise<T> {
    const result = this.tail.then(job, job);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves when every job enqueued so far has settled. */
  async drain(): Promise<void> {
    await this.tail;
  }
}
