// Specs of frame-by-frame.
import { describe, expect, it } from 'vitest';
import { TestScheduler } from 'rxjs/testing';
import { finalize, type Observable } from 'rxjs';
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

  describe('with concurrency 2', () => {
    it('starts work on the next item while the current one is still in work; results stay in order', () => {
      const scheduler = newScheduler();
      scheduler.run(({ cold, expectObservable }) => {
        const items = ['a', 'b', 'c', 'd'];
        const workStarts: number[] = [];
        const source = (demand$: Observable<number>) => readOnDemand(() => cold('-(x|)', { x: items.shift() ?? null }), demand$);
        const work = (item: string) => {
          workStarts.push(scheduler.now());
          return cold('---(x|)', { x: item.toUpperCase() });
        };
        // Same decoder and model as above: D comes at 9 ms instead of 13.
        expectObservable(frameByFrame(source, work, { lookahead: 2, concurrency: 2 })).toBe('----AB--C(D|)');
        scheduler.flush();
        expect(workStarts).toEqual([1, 2, 5, 6]);
      });
    });

    it('keeps results in source order when a later item finishes first', () => {
      const scheduler = newScheduler();
      scheduler.run(({ cold, expectObservable }) => {
        const source = (demand$: Observable<number>) => {
          const items = [5, 1];
          return readOnDemand(() => cold('(x|)', { x: items.shift() ?? null }), demand$);
        };
        // Item 5 takes 5 ms, item 1 takes 1 ms: 1's result waits for 5's.
        const work = (ms: number) => cold(`${'-'.repeat(ms)}(x|)`, { x: ms });
        expectObservable(frameByFrame(source, work, { concurrency: 2 })).toBe('-----(xy|)', { x: 5, y: 1 });
      });
    });

    it('never has more than `concurrency` items in work, nor reads more than `lookahead` ahead', () => {
      const scheduler = newScheduler();
      scheduler.run(({ cold }) => {
        let read = 0;
        let inWork = 0;
        let finished = 0;
        let maxInWork = 0;
        let maxAhead = 0;
        const source = (demand$: Observable<number>) =>
          readOnDemand(() => {
            read += 1;
            maxAhead = Math.max(maxAhead, read - finished);
            return cold('(x|)', { x: read <= 40 ? read : null });
          }, demand$);
        const work = (n: number) => {
          inWork += 1;
          maxInWork = Math.max(maxInWork, inWork);
          return cold(`${'-'.repeat(1 + (n % 4))}(x|)`, { x: n }).pipe(finalize(() => (inWork -= 1)));
        };
        const result: number[] = [];
        frameByFrame(source, work, { lookahead: 4, concurrency: 2 }).subscribe((n) => {
          finished += 1;
          result.push(n);
        });
        scheduler.flush();
        expect(result).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
        expect(maxInWork).toBe(2);
        expect(maxAhead).toBe(4);
      });
    });

    it('passes a source error through only after the work on both items in work has finished', () => {
      const scheduler = newScheduler();
      scheduler.run(({ cold, expectObservable }) => {
        const source = (demand$: Observable<number>) => {
          let n = 0;
          return readOnDemand(() => (++n < 3 ? cold('(x|)', { x: n }) : cold('#', undefined, new Error('bad'))), demand$);
        };
        const work = (n: number) => cold('----(x|)', { x: n * 10 });
        expectObservable(frameByFrame(source, work, { concurrency: 2 })).toBe('----(xy#)', { x: 10, y: 20 }, new Error('bad'));
      });
    });

    it('stops the work in progress when unsubscribed', () => {
      const scheduler = newScheduler();
      scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
        const source = (demand$: Observable<number>) => {
          let n = 0;
          return readOnDemand(() => cold('(x|)', { x: ++n }), demand$);
        };
        const slow = cold('-----(x|)', { x: 0 });
        expectObservable(frameByFrame(source, () => slow, { concurrency: 2 }), '--!').toBe('---');
        expectSubscriptions(slow.subscriptions).toBe(['^-!', '^-!']);
      });
    });
  });

  it('rejects a concurrency above the lookahead', () => {
    expect(() => frameByFrame(() => null as never, () => [], { lookahead: 2, concurrency: 3 })).toThrow(RangeError);
  });

  it('rejects a lookahead below 1', () => {
    expect(() => frameByFrame(() => null as never, () => [], { lookahead: 0 })).toThrow(RangeError);
  });
});
