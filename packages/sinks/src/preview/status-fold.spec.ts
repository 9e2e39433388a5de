// The preview's state fold with explicit times: counts, the rate over the last second,
// latency, and every status event type the page shows.
import { describe, expect, it } from 'vitest';
import { statusEvent, type FrameImage, type VideoFrame } from '@rxcv/core';
import { EMPTY_VIEW, foldFrame, foldStatus, stateAt, type PreviewView, type PublishedFrame } from './status-fold.js';

const image: FrameImage = { width: 4, height: 2, format: 'rgb24', data: new Uint8Array(24) };

function published(sourceId: number, frameId: number, now: number, decodedAt = now - 7): PublishedFrame {
  const videoFrame: VideoFrame = {
    image, frameId, sourceId, fps: 25, frameTimestamp: decodedAt, presentationTime: null, measuredFps: null, comesFromVideoFile: false,
  };
  const predictions = { image: { width: 4, height: 2 }, predictions: Array.from({ length: 120 }, (_, i) => ({ class: `c${i}` })) };
  return { image, predictions: predictions as never, videoFrame, now };
}

describe('foldFrame and stateAt', () => {
  it('counts frames, measures the rate of the last second and the latency', () => {
    // 26 frames 40 ms apart: t = 0 … 1000.
    let view: PreviewView = EMPTY_VIEW;
    for (let i = 0; i <= 25; i++) view = foldFrame(view, published(0, i + 1, i * 40));
    const [source] = stateAt(view, 1000).sources;
    expect(source).toMatchObject({ sourceId: 0, frameId: 26, frames: 26, latencyMs: 7, width: 4, height: 2, state: 'RUNNING' });
    // The second before t = 1000 holds t = 40 … 1000: 25 frames, 24 intervals over 960 ms.
    expect(source.fps).toBeCloseTo(25, 10);
    expect(source.predictions).toHaveLength(100);
    // Half a second later the rate counts only what arrived since t = 500.
    expect(stateAt(view, 1500).sources[0].fps).toBeCloseTo(25, 10);
    // Two seconds after the last frame: nothing arrived in the last second.
    expect(stateAt(view, 2000).sources[0].fps).toBe(0);
  });

  it('keeps only the arrivals of the last second (memory stays flat however long it runs)', () => {
    let view: PreviewView = EMPTY_VIEW;
    for (let i = 0; i < 10_000; i++) view = foldFrame(view, published(0, i + 1, i * 10));
    expect(view.sources.get(0)!.arrivals.length).toBe(100);
  });

  it('keeps sources apart, sorted by id', () => {
    let view = foldFrame(EMPTY_VIEW, published(2, 1, 0));
    view = foldFrame(view, published(1, 5, 0));
    expect(stateAt(view, 0).sources.map((s) => [s.sourceId, s.frameId])).toEqual([[1, 5], [2, 1]]);
  });
});

describe('foldStatus', () => {
  it('follows pipeline and source states, drop counts and errors', () => {
    const events = [
      statusEvent('PIPELINE_STARTED', 'info', null, { sources: 2 }),
      statusEvent('SOURCE_STATE_CHANGED', 'info', 1, { from: 'RUNNING', to: 'PAUSED' }),
      statusEvent('FRAME_DROPPED', 'debug', 1, { frameId: 3, cause: 'superseded', dropped: 4 }),
      statusEvent('FRAME_DROPPED', 'debug', 1, { frameId: 2, cause: 'superseded', dropped: 3 }), // late: the count never goes back
      statusEvent('SOURCE_ERROR', 'error', 0, { code: 'TIMEOUT', message: 'read timed out' }),
      statusEvent('INFERENCE_COMPLETED', 'debug', 0, { frameIds: [1], latencyMs: 5 }),
      statusEvent('SINK_ERROR', 'error', null, { frameId: 0, message: 'preview: server error' }),
    ];
    const view = events.reduce(foldStatus, EMPTY_VIEW);
    const state = stateAt(view, 0);
    expect(state.pipeline).toEqual({ state: 'RUNNING', lastError: 'preview: server error' });
    expect(state.sources.map((s) => s.sourceId)).toEqual([0, 1]);
    expect(state.sources[0]).toMatchObject({ lastError: 'read timed out', state: null, frames: 0 });
    expect(state.sources[1]).toMatchObject({ state: 'PAUSED', dropped: 4, lastError: null });
    const finished = foldStatus(view, statusEvent('PIPELINE_FINISHED', 'info', null, { reason: 'terminated' }));
    expect(stateAt(finished, 0).pipeline.state).toBe('FINISHED (terminated)');
  });

  it('a frame does not override a state the pipeline reported, except the starting ones', () => {
    const paused = foldStatus(EMPTY_VIEW, statusEvent('SOURCE_STATE_CHANGED', 'info', 0, { from: 'RUNNING', to: 'PAUSED' }));
    expect(stateAt(foldFrame(paused, published(0, 1, 0)), 0).sources[0].state).toBe('PAUSED');
    const starting = foldStatus(EMPTY_VIEW, statusEvent('SOURCE_STATE_CHANGED', 'info', 0, { from: 'NOT_STARTED', to: 'INITIALISING' }));
    expect(stateAt(foldFrame(starting, published(0, 1, 0)), 0).sources[0].state).toBe('RUNNING');
  });

  it('counts each source\'s line crossings in and out and zone occupancy from its analytics events', () => {
    const event = (sourceId: number, fields: Record<string, unknown>) =>
      statusEvent('ANALYTICS_EVENT', 'info', sourceId, { event: { trackerId: 1, frameId: 1, ...fields } as never });
    const events = [
      event(0, { type: 'line_crossed', line: 'door', direction: 'in' }),
      event(0, { type: 'line_crossed', line: 'door', direction: 'in' }),
      event(0, { type: 'line_crossed', line: 'door', direction: 'out' }),
      event(0, { type: 'zone_entered', zone: 'desk' }),
      event(0, { type: 'zone_entered', zone: 'desk' }),
      event(0, { type: 'zone_left', zone: 'desk' }),
      event(1, { type: 'line_crossed', line: 'door', direction: 'out' }),
      event(1, { type: 'something_else' }),
    ];
    const state = stateAt(events.reduce(foldStatus, EMPTY_VIEW), 0);
    expect(state.sources.map((s) => s.counts)).toEqual([
      { lines: { door: { in: 2, out: 1 } }, zones: { desk: { inside: 1 } } },
      { lines: { door: { in: 0, out: 1 } }, zones: {} },
    ]);
  });
});
