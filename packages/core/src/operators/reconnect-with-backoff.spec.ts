// Specs of reconnect-with-backoff.
import { describe, expect, it } from 'vitest';
import { TestScheduler } from 'rxjs/testing';
import { defer, take } from 'rxjs';
import { backoffDelay, reconnectWithBackoff, type RetryInfo } from './reconnect-with-backoff.js';

const newScheduler = () => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
const noJitter = { initialDelayMs: 10, factor: 2, maxDelayMs: 1000, jitter: 0 };

describe('reconnectWithBackoff', () => {
  it('resubscribes initialDelayMs after an error, and the first value resets the back-off', () => {
    newScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('-a-#');
      const result = source.pipe(reconnectWithBackoff(noJitter), take(3));
      // a at 1, error at 3, wait 10 -> resubscribed at 13, a at 14, error at 16, wait 10 (reset) -> 26, a at 27
      expectObservable(result).toBe('-a------------a------------(a|)');
      expectSubscriptions(source.subscriptions).toBe([
        '^--!',
        '-------------^--!',
        '--------------------------^!',
      ]);
    });
  });

  it('waits initial * factor^(n-1) between failed attempts and gives up after maxRetries', () => {
    newScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('#', undefined, new Error('refused'));
      const result = source.pipe(reconnectWithBackoff({ ...noJitter, maxRetries: 4 }));
      // subscriptions at 0, 10, 30, 70, 150; the 5th failure exceeds 4 retries: error at 150
      expectObservable(result).toBe('150ms #', undefined, new Error('refused'));
      expectSubscriptions(source.subscriptions).toBe(['(^!)', '10ms (^!)', '30ms (^!)', '70ms (^!)', '150ms (^!)']);
    });
  });

  it('never waits longer than maxDelayMs', () => {
    newScheduler().run(({ cold, expectSubscriptions }) => {
      const source = cold('#');
      const result = source.pipe(reconnectWithBackoff({ initialDelayMs: 10, factor: 3, maxDelayMs: 50, jitter: 0, maxRetries: 4 }));
      result.subscribe({ error: () => undefined });
      // waits 10, 30, 50, 50: subscriptions at 0, 10, 40, 90, 140
      expectSubscriptions(source.subscriptions).toBe(['(^!)', '10ms (^!)', '40ms (^!)', '90ms (^!)', '140ms (^!)']);
    });
  });

  it('spreads waits by jitter with the injected random numbers', () => {
    newScheduler().run(({ cold, expectSubscriptions }) => {
      const randoms = [0, 1, 0.5];
      const source = cold('#');
      const result = source.pipe(
        reconnectWithBackoff({ initialDelayMs: 100, factor: 2, maxDelayMs: 10_000, jitter: 0.5, maxRetries: 3, random: () => randoms.shift() ?? 0.5 }),
      );
      result.subscribe({ error: () => undefined });
      // 100 * 0.5 = 50, then 200 * 1.5 = 300, then 400 * 1 = 400: at 0, 50, 350, 750
      expectSubscriptions(source.subscriptions).toBe(['(^!)', '50ms (^!)', '350ms (^!)', '750ms (^!)']);
    });
  });

  it('treats completion as a loss by default (a live stream that ends was cut), reconnecting', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const source = cold('-a|');
      expectObservable(source.pipe(reconnectWithBackoff(noJitter), take(2))).toBe('-a-----------(a|)');
    });
  });

  it('completes on completion with retryOnComplete: false', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold('-a|').pipe(reconnectWithBackoff({ ...noJitter, retryOnComplete: false }))).toBe('-a|');
    });
  });

  it('completes when retries are exhausted after completions', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      // completes at 2; retry 1 waits 10 -> 12, completes at 14; retry 2 waits 20 -> 34, completes at 36: done
      expectObservable(cold('--|').pipe(reconnectWithBackoff({ ...noJitter, maxRetries: 2 }))).toBe('36ms |');
    });
  });

  it('passes errors that retryIf rejects through at once', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const source = cold('-a#', undefined, 'fatal');
      expectObservable(source.pipe(reconnectWithBackoff({ ...noJitter, retryIf: (e) => e !== 'fatal' }))).toBe('-a#', undefined, 'fatal');
    });
  });

  it('reports each retry, the recovery and the give-up', () => {
    newScheduler().run(({ cold, flush }) => {
      const retries: RetryInfo[] = [];
      const recovered: number[] = [];
      const gaveUp: number[] = [];
      // fails twice at once, then emits a value, then fails for good
      let subscriptions = 0;
      const source = cold('#', undefined, 'e');
      const working = cold('-a#', undefined, 'e');
      const switching = defer(() => {
        subscriptions += 1;
        return subscriptions === 3 ? working : source;
      });
      switching
        .pipe(
          reconnectWithBackoff({
            ...noJitter,
            maxRetries: 2,
            onRetry: (info) => retries.push(info),
            onRecovered: ({ attempts }) => recovered.push(attempts),
            onGiveUp: ({ attempts }) => gaveUp.push(attempts),
          }),
        )
        .subscribe({ error: () => undefined });
      flush();
      expect(retries.map(({ attempt, delayMs, reason }) => [attempt, delayMs, reason])).toEqual([
        [1, 10, 'error'],
        [2, 20, 'error'],
        [1, 10, 'error'], // after the recovery the count starts again
        [2, 20, 'error'],
      ]);
      expect(recovered).toEqual([2]);
      expect(gaveUp).toEqual([2]);
      expect(subscriptions).toBe(5);
    });
  });

  it('cancels the pending wait when unsubscribed: no resubscription', () => {
    newScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('-a#');
      expectObservable(source.pipe(reconnectWithBackoff(noJitter)), '^-----!').toBe('-a----');
      expectSubscriptions(source.subscriptions).toBe(['^-!']);
    });
  });
});

describe('backoffDelay', () => {
  it('grows by factor from the initial delay up to the maximum', () => {
    const options = { initialDelayMs: 500, factor: 2, maxDelayMs: 3000, jitter: 0 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, options))).toEqual([500, 1000, 2000, 3000, 3000]);
  });

  it('stays within [1 - jitter, 1 + jitter] of the base', () => {
    const options = { initialDelayMs: 1000, factor: 2, maxDelayMs: 1e6, jitter: 0.2 };
    expect(backoffDelay(1, options, () => 0)).toBe(800);
    expect(backoffDelay(1, options, () => 0.999999)).toBeCloseTo(1200, 0);
    expect(backoffDelay(2, options, () => 0.5)).toBe(2000);
  });
});
