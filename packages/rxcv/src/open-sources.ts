// How InferencePipeline opens its video references, at init and for addSource: with the
// pipeline's source properties and options, a source id each, cancellable.
import type { SchedulingMode, VideoSource } from '@rxcv/core';
import { openVideoSource } from '@rxcv/sources';
import type { CommonInitOptions, VideoReference } from './init-options.js';

/** How a pipeline opens its sources, kept for `addSource`. */
export interface SourceOpening {
  readonly sourceProperties?: CommonInitOptions['sourceProperties'];
  readonly sourceOptions?: CommonInitOptions['sourceOptions'];
  readonly ffmpeg?: CommonInitOptions['ffmpeg'];
  readonly hwDecode?: CommonInitOptions['hwDecode'];
  readonly openTimeoutMs?: number;
  readonly mode?: SchedulingMode;
}

/** Opens one reference (a file is probed, a stream connects once) with the pipeline's source options. */
export function openSource(
  reference: VideoReference,
  sourceId: number,
  options: SourceOpening & { readonly signal?: AbortSignal },
): Promise<VideoSource> {
  return openVideoSource(reference, {
    ...(options.ffmpeg !== undefined ? { ffmpeg: options.ffmpeg } : {}),
    ...(options.hwDecode !== undefined ? { hwDecode: options.hwDecode } : {}),
    ...options.sourceProperties,
    ...options.sourceOptions,
    sourceId,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.openTimeoutMs !== undefined ? { openTimeoutMs: options.openTimeoutMs } : {}),
  });
}

/** Opens every reference (files are probed, streams connect once) with the pipeline's source options. */
export async function openSources(
  options: CommonInitOptions & { videoReference: VideoReference | readonly VideoReference[] },
): Promise<VideoSource[]> {
  const reference = options.videoReference;
  const references: readonly VideoReference[] = Array.isArray(reference) ? reference : [reference as VideoReference];
  const opened: VideoSource[] = [];
  for (const [sourceId, ref] of references.entries()) opened.push(await openSource(ref, sourceId, { ...options, mode: undefined }));
  return opened;
}

