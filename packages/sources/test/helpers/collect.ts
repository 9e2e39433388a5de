import type { Observable } from 'rxjs';

/** Everything an Observable emitted and how it ended (`error` set when it errored). */
export interface Collected<T> {
  values: T[];
  error: unknown;
}

/** Subscribes and resolves when the Observable completes or errors, with what it emitted before. */
export function collect<T, R = T>(source$: Observable<T>, map: (value: T) => R = (v) => v as unknown as R): Promise<Collected<R>> {
  return new Promise((resolve) => {
    const values: R[] = [];
    source$.subscribe({
      next: (value) => values.push(map(value)),
      error: (error: unknown) => resolve({ values, error }),
      complete: () => resolve({ values, error: undefined }),
    });
  });
}
