import { describe, expect, it } from 'vitest';
import { TestScheduler } from 'rxjs/testing';
import { type Observable } from 'rxjs';
import { frameByFrame } from './frame-by-frame.js';
import { readOnDemand } from './read-on-demand.js';

const newScheduler = () => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

describe('frameByFrame', () => {
  it('works on every item in order and asks for one more only when work finishes', () => {
    const scheduler = newScheduler();
    scheduler.run(({ cold, expectObservable }) => {
      const items = ['a', 'b', 'c', 'd'];
      const readStarts: number[] = [];
      // A decoder that takes 1 ms per frame.
      const source = (demand$: Observable<number>) =>
        readOnDemand(() => {
          readStarts.push(scheduler.now());
          return cold('-(x|)', { x: items.shift() ?? null });
        }, demand$);
      // A model that takes 3 ms per frame.
      const work = (item: string) => cold('---(x|)', { x: item.toUpperCase() });

      expectObservable(frameByFrame(source, work, { lookahead: 2 })).toBe('----A--B--C--(D|)');
      scheduler.flush();
      // Two reads up front, then one read each time a piece of work finishes (t = 4, 7, 10).
      expect(readStarts).toEqual([0, 1, 4, 7, 10]);
    });
  });

  it('never lets decoding run more than `lookahead` items ahead of finished work', () => {
    const scheduler = newScheduler();
    scheduler.run(({ cold }) => {
      let decoded = 0;
      let finished = 0;
      let maxAhead = 0;
      const source = (demand$: Observable<number>) =>
        readOnDemand(() => {
          decoded += 1;
          maxAhead = Math.max(maxAhead, decoded - finished);
          return cold('(x|)', { x: decoded <= 50 ? decoded : null });
        }, demand$);
      const work = (n: number) => cold('-----(x|)', { x: n });
      const result: number[] = [];
      const done = frameByFrame(source, (n: number) => {
        return work(n);
      }, { lookahead: 3 });
      done.subscribe((n) => {
        finished += 1;
        result.push(n);
      });
      scheduler.flush();
      expect(result).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      expect(maxAhead).toBe(3);
    });
  });

  it('passes a source error through after the items before it', () => {
    const scheduler = newScheduler();
    scheduler.run(({ cold, expectObservable }) => {
      const source = (demand$: Observable<number>) => {
        let n = 0;
        return readOnDemand(() => (++n < 3 ? cold('-(x|)', { x: n }) : cold('-#', undefined, new Error('bad'))), demand$);
      };
      // The third read fails at t = 4 while the model still works on item 2: the error waits
      // until that work is done, so nothing decoded before the error is lost.
      const work = (n: number) => cold('--(x|)', { x: n * 10 });
      expectObservable(frameByFrame(source, work)).toBe('---x-(y#)', { x: 10, y: 20 }, new Error('bad'));
    });
  });

  it('rejects a lookahead below 1', () => {
    expect(() => frameByFrame(() => null as never, () => [], { lookahead: 0 })).toThrow(RangeError);
  });
});
