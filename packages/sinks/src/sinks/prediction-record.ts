import type { VideoFrame } from '@rxcv/core';

/** What JSON sinks say about the frame a prediction belongs to, as Roboflow's sinks name it. */
export interface InferenceMetadata {
  source_id: number;
  frame_id: number;
  /** When the frame was decoded or received (ISO 8601). */
  frame_timestamp: string;
  /** The frame's time in its source's own clock, seconds; null when unknown. */
  presentation_time: number | null;
  /** When the sink sent or wrote this record (ISO 8601). */
  emission_time: string;
}

export function inferenceMetadata(videoFrame: VideoFrame, now: number = Date.now()): InferenceMetadata {
  return {
    source_id: videoFrame.sourceId,
    frame_id: videoFrame.frameId,
    frame_timestamp: new Date(videoFrame.frameTimestamp).toISOString(),
    presentation_time: videoFrame.presentationTime,
    emission_time: new Date(now).toISOString(),
  };
}
