// Specs of read-on-demand.
import { describe, expect, it } from 'vitest';
import { TestScheduler } from 'rxjs/testing';
import { of } from 'rxjs';
import { readOnDemand } from './read-on-demand.js';

const newScheduler = () => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

describe('readOnDemand', () => {
  it('reads exactly one item per unit of demand', () => {
    const scheduler = newScheduler();
    scheduler.run(({ hot, cold, expectObservable }) => {
      const reads: number[] = [];
      let n = 0;
      const pull = () => {
        reads.push(scheduler.now());
        n += 1;
        return cold('-(x|)', { x: n });
      };
      const demand = hot('2-----1-----1--', { 1: 1, 2: 2 });
      expectObservable(readOnDemand(pull, demand), '^ 14ms !').toBe('-xy----z-----w-', { x: 1, y: 2, z: 3, w: 4 });
      scheduler.flush();
      expect(reads).toEqual([0, 1, 6, 12]);
    });
  });

  it('reads continuously without demand and completes on null', () => {
    const scheduler = newScheduler();
    scheduler.run(({ cold, expectObservable }) => {
      const items = ['a', 'b', 'c'];
      expectObservable(readOnDemand(() => cold('--(x|)', { x: items.shift() ?? null }))).toBe('--a-b-c-|');
    });
  });

  it('handles synchronous pulls without recursion', () => {
    let n = 0;
    const out: number[] = [];
    readOnDemand(() => of(n < 10_000 ? ++n : null)).subscribe((v) => out.push(v));
    expect(out.length).toBe(10_000);
  });

  it('stops reading when unsubscribed', () => {
    const scheduler = newScheduler();
    scheduler.run(({ cold, expectObservable }) => {
      let reads = 0;
      const pull = () => {
        reads += 1;
        return cold('--(x|)', { x: reads });
      };
      expectObservable(readOnDemand(pull), '^----!').toBe('--a-b', { a: 1, b: 2 });
      scheduler.flush();
      expect(reads).toBe(3);
    });
  });
});
