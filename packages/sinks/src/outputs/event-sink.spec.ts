// toEventSink: events reach the output one at a time, in order, and pass on unchanged.
import { TestScheduler } from 'rxjs/testing';
import { describe, expect, it } from 'vitest';
import { toEventSink, type OutputEvent } from './event-sink.js';

const ev = (frameId: number): OutputEvent => ({ type: 'line_crossed', sourceId: 0, frameId, frameTimestamp: frameId });

describe('toEventSink', () => {
  it('hands every event to the output in order and passes it on', () => {
    const sent: number[] = [];
    new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(({ cold, expectObservable }) => {
      const events = { a: ev(1), b: ev(2) };
      // events: -a-b-|
      // output:  a b      (sendEvent, in order)
      // result: -a-b-|
      expectObservable(cold('-a-b-|', events).pipe(toEventSink({ sendEvent: (e) => void sent.push(e.frameId) }))).toBe('-a-b-|', events);
    });
    expect(sent).toEqual([1, 2]);
  });

  it('waits for an async output before the next event, and a throwing output errors the stream', async () => {
    const { lastValueFrom, from, toArray } = await import('rxjs');
    const order: string[] = [];
    const slow = {
      sendEvent: async (e: OutputEvent) => {
        order.push(`start ${e.frameId}`);
        await new Promise((r) => setTimeout(r, 10));
        order.push(`end ${e.frameId}`);
      },
    };
    await lastValueFrom(from([ev(1), ev(2)]).pipe(toEventSink(slow), toArray()));
    expect(order).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
    const failing = { sendEvent: () => { throw new Error('broker gone'); } };
    await expect(lastValueFrom(from([ev(1)]).pipe(toEventSink(failing)))).rejects.toThrow('broker gone');
  });
});
