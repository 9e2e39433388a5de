/**
 * Input buffers of one size, reused from run to run, at most `capacity` of them at once.
 *
 * A model whose session runs in a worker thread can pre-process the next call into a second
 * buffer while the worker runs the first (the worker reads a buffer when it starts that run, so
 * a buffer is free again only when its run has finished). `acquire()` waits for a free buffer
 * when all are in use; buffers are handed out in the order they were asked for.
 */
export class TensorPool<T> {
  private readonly free: T[] = [];
  private created = 0;
  private readonly waiting: Array<(entry: T) => void> = [];

  constructor(
    private readonly create: () => T,
    readonly capacity: number,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`TensorPool: capacity must be >= 1, got ${capacity}`);
  }

  /** A free buffer: a reused one, a new one while fewer than `capacity` exist, else the next released one. */
  acquire(): Promise<T> {
    const reused = this.free.pop();
    if (reused !== undefined) return Promise.resolve(reused);
    if (this.created < this.capacity) {
      this.created += 1;
      return Promise.resolve(this.create());
    }
    return new Promise<T>((resolve) => this.waiting.push(resolve));
  }

  /** Gives a buffer back (its run has finished). */
  release(entry: T): void {
    const next = this.waiting.shift();
    if (next) next(entry);
    else this.free.push(entry);
  }

  /** Buffers in use now. */
  get inUse(): number {
    return this.created - this.free.length;
  }
}
