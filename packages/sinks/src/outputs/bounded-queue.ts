// A first-in first-out queue of fixed capacity that counts what it had to drop.

/** What a full queue gives up: the oldest message (keeps the newest state) or the new one. */
export type OverflowPolicy = 'drop-oldest' | 'drop-newest';

/**
 * The messages an output holds while its destination is away. Fixed capacity, so memory stays
 * bounded however long the outage; every message it had to drop is counted in `dropped`.
 */
export class BoundedQueue<T> {
  private readonly items: (T | undefined)[];
  private head = 0;
  private length = 0;
  /** Messages lost to overflow since the queue was made. */
  dropped = 0;

  constructor(
    readonly capacity: number,
    readonly policy: OverflowPolicy = 'drop-oldest',
  ) {
    this.items = new Array<T | undefined>(capacity);
  }

  get size(): number {
    return this.length;
  }

  /** Adds `item` at the end; returns false when this push had to drop a message. */
  push(item: T): boolean {
    let kept = true;
    if (this.length === this.capacity) {
      this.dropped += 1;
      kept = false;
      if (this.policy === 'drop-newest') return kept;
      this.shift();
    }
    this.items[(this.head + this.length) % this.capacity] = item;
    this.length += 1;
    return kept;
  }

  /** The oldest item, left in the queue (it is removed once delivered). */
  peek(): T | undefined {
    return this.length === 0 ? undefined : this.items[this.head];
  }

  /** Removes and returns the oldest item. */
  shift(): T | undefined {
    if (this.length === 0) return undefined;
    const item = this.items[this.head];
    this.items[this.head] = undefined;
    this.head = (this.head + 1) % this.capacity;
    this.length -= 1;
    return item;
  }

  /** Removes up to `count` of the oldest items. */
  take(count: number): T[] {
    const taken: T[] = [];
    while (taken.length < count && this.length > 0) taken.push(this.shift() as T);
    return taken;
  }
}
