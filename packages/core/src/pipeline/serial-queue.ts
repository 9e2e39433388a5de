/**
 * Runs async tasks one at a time, in the order they were queued. The pipeline shares one
 * model between its sources through it: two runs on one native session would only fight for
 * the same cores.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
