// Specs of lifecycle-operators.
import { describe, expect, it } from 'vitest';
import { TestScheduler } from 'rxjs/testing';
import { gateDemand } from './gate-demand.js';
import { pausable } from './pausable.js';
import { spaceOut } from './space-out.js';
import { dropAboveRate } from './drop-above-rate.js';

const newScheduler = () => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
const bool = { t: true, f: false };

describe('gateDemand', () => {
  it('holds demand while closed and releases it, summed, when opened', () => {
    newScheduler().run(({ hot, expectObservable }) => {
      const demand = hot('2--1--1-----1--', { 1: 1, 2: 2 });
      const open = hot('t----f-----t---', bool);
      expectObservable(demand.pipe(gateDemand(open))).toBe('2--1-------11--', { 1: 1, 2: 2 });
    });
  });

  it('releases everything held in one go', () => {
    newScheduler().run(({ hot, expectObservable }) => {
      const demand = hot('-1-1-1-1--', { 1: 1 });
      const open = hot('f-------t-', bool);
      expectObservable(demand.pipe(gateDemand(open))).toBe('--------4-', { 4: 4 });
    });
  });
});

describe('pausable', () => {
  it('disconnects while paused and opens anew on resume', () => {
    newScheduler().run(({ hot, cold, expectObservable, expectSubscriptions }) => {
      const running = hot('t-----f------t------', bool);
      const source = cold('-a-b-c-d-e-f-g-h-i-j');
      expectObservable(pausable(running, () => source), '^ 19ms !').toBe('-a-b-c--------a-b-c-');
      expectSubscriptions(source.subscriptions).toBe(['^-----!', '-------------^------!']);
    });
  });

  it('completes with the source', () => {
    newScheduler().run(({ hot, cold, expectObservable }) => {
      expectObservable(pausable(hot('t---', bool), () => cold('-a|'))).toBe('-a|');
    });
  });
});

describe('spaceOut (maxFps for files: wait, never drop)', () => {
  it('spaces items at least intervalMs apart, keeping every one', () => {
    const scheduler = newScheduler();
    scheduler.run(({ hot, expectObservable }) => {
      const source = hot('ab---c--------d-|');
      expectObservable(source.pipe(spaceOut(5, scheduler))).toBe('a----b----c----d|');
    });
  });
});

describe('dropAboveRate (maxFps for streams: drop, never wait)', () => {
  it('lets one item through per interval and hands the rest to onDrop', () => {
    const scheduler = newScheduler();
    scheduler.run(({ hot, expectObservable }) => {
      const dropped: string[] = [];
      const source = hot('a-b-c-d-e-f-|');
      expectObservable(source.pipe(dropAboveRate(4, (x) => dropped.push(x), scheduler))).toBe('a---c---e---|');
      scheduler.flush();
      expect(dropped).toEqual(['b', 'd', 'f']);
    });
  });
});
