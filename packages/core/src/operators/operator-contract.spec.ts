// Specs of the operator contract: a synchronous throw from a user's function is an error notification.
import { describe, expect, it } from 'vitest';
import { TestScheduler } from 'rxjs/testing';
import { defer, type Observable } from 'rxjs';
import { captureUnhandledErrors } from '../fakes/index.js';
import { latestFrame } from './latest-frame.js';
import { readOnDemand } from './read-on-demand.js';
import { pausable } from './pausable.js';
import { frameByFrame } from './frame-by-frame.js';
import { reconnectWithBackoff } from './reconnect-with-backoff.js';
import { dropAboveRate } from './drop-above-rate.js';

const newScheduler = () => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
const broken = new Error('user function broke');
const boom = (): never => {
  throw broken;
};

/** Runs `body` and fails if RxJS had to report an unhandled error (what crashes Node). */
function withoutUnhandledErrors(body: () => void): void {
  const unhandled = captureUnhandledErrors();
  try {
    body();
  } finally {
    unhandled.restore();
  }
  expect(unhandled.errors).toEqual([]);
}

describe('the operator contract: a throw from a user function becomes an error notification', () => {
  it('latestFrame: `work` throws', () => {
    withoutUnhandledErrors(() =>
      newScheduler().run(({ hot, expectObservable }) => {
        expectObservable(hot('-a-b-|').pipe(latestFrame<string, string>(boom))).toBe('-#', undefined, broken);
      }),
    );
  });

  it('latestFrame: `onDrop` throws', () => {
    withoutUnhandledErrors(() =>
      newScheduler().run(({ hot, cold, expectObservable }) => {
        const work = (x: string) => cold('---(x|)', { x });
        expectObservable(hot('-abc-|').pipe(latestFrame(work, { onDrop: boom }))).toBe('---#', undefined, broken);
      }),
    );
  });

  it('readOnDemand: `pull` throws, with and without demand', () => {
    withoutUnhandledErrors(() =>
      newScheduler().run(({ hot, expectObservable }) => {
        expectObservable(readOnDemand<string>(boom)).toBe('#', undefined, broken);
        expectObservable(readOnDemand<string>(boom, hot('--1', { 1: 1 }))).toBe('--#', undefined, broken);
      }),
    );
  });

  it('pausable: `open` throws', () => {
    withoutUnhandledErrors(() =>
      newScheduler().run(({ hot, expectObservable }) => {
        expectObservable(pausable<string>(hot('-t', { t: true }), boom)).toBe('-#', undefined, broken);
      }),
    );
  });

  it('frameByFrame: `source` or `work` throws', () => {
    withoutUnhandledErrors(() =>
      newScheduler().run(({ cold, expectObservable }) => {
        expectObservable(frameByFrame<string, string>(boom, (x) => [x])).toBe('#', undefined, broken);
        expectObservable(frameByFrame((_demand$: Observable<number>) => cold('-a|'), boom)).toBe('-#', undefined, broken);
      }),
    );
  });

  it('dropAboveRate: `onDrop` throws', () => {
    withoutUnhandledErrors(() =>
      newScheduler().run(({ cold, expectObservable }) => {
        expectObservable(cold('ab|').pipe(dropAboveRate(4, boom))).toBe('a#', undefined, broken);
      }),
    );
  });

  it('reconnectWithBackoff: `onRetry`, `retryIf` or `onRecovered` throws', () => {
    withoutUnhandledErrors(() =>
      newScheduler().run(({ cold, expectObservable }) => {
        const lost = () => cold('-#');
        expectObservable(lost().pipe(reconnectWithBackoff({ jitter: 0, onRetry: boom }))).toBe('-#', undefined, broken);
        expectObservable(lost().pipe(reconnectWithBackoff({ jitter: 0, retryIf: boom }))).toBe('-#', undefined, broken);
        let subscriptions = 0;
        // Fails at 1, is back 2 ms later: the first value (at 4) calls onRecovered.
        const source = defer(() => (++subscriptions === 1 ? cold<string>('-#') : cold('-a')));
        expectObservable(source.pipe(reconnectWithBackoff({ initialDelayMs: 2, jitter: 0, onRecovered: boom }))).toBe('----#', undefined, broken);
      }),
    );
  });
});
