// Specs of status-event: the union narrows by `type` without casts.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { statusEvent, type StatusEvent, type StatusEventType, type StatusPayloads } from './status-event.js';

function describeEvent(event: StatusEvent): string {
  switch (event.type) {
    case 'FRAME_DROPPED':
      expectTypeOf(event.payload).toEqualTypeOf<StatusPayloads['FRAME_DROPPED']>();
      return `frame ${event.payload.frameId} dropped (${event.payload.cause})`;
    case 'SINK_ERROR':
      return `sink failed on frame ${event.payload.frameId}: ${event.payload.message}`;
    default:
      return event.type;
  }
}

describe('StatusEvent', () => {
  it('narrows the payload by type in a switch', () => {
    expect(describeEvent(statusEvent('FRAME_DROPPED', 'debug', 0, { frameId: 3, cause: 'superseded', dropped: 1 }))).toBe('frame 3 dropped (superseded)');
    expect(describeEvent(statusEvent('SINK_ERROR', 'error', 0, { frameId: 4, message: 'disk full' }))).toBe('sink failed on frame 4: disk full');
    expect(describeEvent(statusEvent('PIPELINE_STARTED', 'info', null, { sources: 1 }))).toBe('PIPELINE_STARTED');
  });

  it('statusEvent with a type parameter is still a StatusEvent', () => {
    const build = <T extends StatusEventType>(type: T, payload: StatusPayloads[T]): StatusEvent => statusEvent(type, 'info', null, payload, 5);
    expect(build('PIPELINE_FINISHED', { reason: 'completed' })).toEqual({ type: 'PIPELINE_FINISHED', severity: 'info', sourceId: null, timestamp: 5, payload: { reason: 'completed' } });
    expectTypeOf(statusEvent('SINK_ERROR', 'error', 0, { frameId: 1, message: '' }).payload).toEqualTypeOf<StatusPayloads['SINK_ERROR']>();
  });
});
