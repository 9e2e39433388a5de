// Specs of latest-frame.
import { describe, expect, it } from 'vitest';
import { TestScheduler } from 'rxjs/testing';
import { latestFrame } from './latest-frame.js';

const newScheduler = () => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

describe('latestFrame', () => {
  it('a frame every 10 ms, a model taking 35 ms: works on the newest frame, drops the rest', () => {
    const scheduler = newScheduler();
    scheduler.run(({ hot, cold, expectObservable }) => {
      // Frames a..j at t = 10, 20, ..., 100; the stream ends at 105.
      const frames = hot('10ms a 9ms b 9ms c 9ms d 9ms e 9ms f 9ms g 9ms h 9ms i 9ms j 4ms |');
      const started: Array<[string, number]> = [];
      const dropped: Array<[string, number]> = [];
      const model = (frame: string) => {
        started.push([frame, scheduler.now()]);
        return cold('35ms (x|)', { x: frame.toUpperCase() });
      };
      const result = frames.pipe(
        latestFrame(model, { onDrop: (frame) => dropped.push([frame, scheduler.now()]) }),
      );
      // a at 10 -> 45; d (newest at 45) -> 80; h (arrived at 80, the moment the model freed)
      // -> 115; j waited since 100 -> 150.
      expectObservable(result).toBe('45ms A 34ms D 34ms H 34ms (J|)');
      scheduler.flush();
      expect(started).toEqual([['a', 10], ['d', 45], ['h', 80], ['j', 115]]);
      // Each drop happens when a newer frame arrives while the model is busy.
      expect(dropped).toEqual([['b', 30], ['c', 40], ['e', 60], ['f', 70], ['g', 80], ['i', 100]]);
    });
  });

  it('never starts work on a frame when a newer one had arrived', () => {
    const scheduler = newScheduler();
    scheduler.run(({ hot, cold }) => {
      const arrivals = new Map<number, number>();
      let newestArrived = 0;
      const frames = hot('-a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-|', Object.fromEntries(
        'abcdefghijklmnop'.split('').map((c, i) => [c, i + 1]),
      ));
      frames.subscribe((n) => {
        newestArrived = n;
        arrivals.set(n, scheduler.now());
      });
      const violations: number[] = [];
      frames
        .pipe(
          latestFrame((n: number) => {
            if (n !== newestArrived) violations.push(n);
            return cold('-----(x|)', { x: n });
          }),
        )
        .subscribe();
      scheduler.flush();
      expect(violations).toEqual([]);
    });
  });

  it('is idle-transparent: with a fast model every frame is worked on, none dropped', () => {
    const scheduler = newScheduler();
    scheduler.run(({ hot, cold, expectObservable }) => {
      const dropped: string[] = [];
      const frames = hot('--a--b--c--|');
      const result = frames.pipe(latestFrame((f) => cold('-(x|)', { x: f }), { onDrop: (f) => dropped.push(f) }));
      expectObservable(result).toBe('---a--b--c-|');
      scheduler.flush();
      expect(dropped).toEqual([]);
    });
  });

  it('propagates errors from the work and from the source', () => {
    const scheduler = newScheduler();
    scheduler.run(({ hot, cold, expectObservable }) => {
      expectObservable(hot('-a-b-|').pipe(latestFrame(() => cold('--#')))).toBe('---#');
      // The source fails at 3 while `a` is being worked on: `a`'s result still arrives.
      expectObservable(hot('-a-#').pipe(latestFrame((f) => cold('-----(x|)', { x: f })))).toBe('------(a#)');
    });
  });
});
