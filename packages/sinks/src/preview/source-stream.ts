// One source's picture pipeline in the preview: newest frame → rate limit → JPEG encode →
// the latest JPEG shared by every browser watching that source.
import { asyncScheduler, catchError, defer, EMPTY, map, ReplaySubject, shareReplay, throttleTime, type Observable, type ObservableInput } from 'rxjs';
import { latestFrame, type FrameImage } from '@rxcv/core';

/** A frame to show: its picture and which frame it is. */
export interface PreviewPicture {
  image: FrameImage;
  frameId: number;
}

/** One encoded picture. */
export interface EncodedPicture {
  frameId: number;
  jpeg: Buffer;
}

export interface SourceStreamOptions {
  /** At most this many pictures a second are encoded. */
  maxFps: number;
  /** Encodes a picture (a `JpegEncoder`'s `encode`); never called while a call is running. */
  encode: (image: FrameImage) => ObservableInput<Buffer>;
  /** Told about a picture that could not be encoded. */
  onError: (error: unknown, picture: PreviewPicture) => void;
}

/**
 * The preview of one source as streams. `show()` only keeps the newest frame (a
 * `ReplaySubject(1)`); `jpeg$` encodes while someone subscribes to it and not otherwise:
 *
 * ```
 * maxFps 250 (one picture per 4 ms), encoding takes 3 ms       (from source-stream.spec.ts)
 * show():  a-b-c-d-e-f-g-h
 * jpeg$:   ---A---C---E---G---H      (throttleTime leading and trailing: h, the newest, is not left out)
 * ```
 *
 * A browser that subscribes later gets the latest JPEG at once (`shareReplay(1)`); when the
 * last one unsubscribes, encoding stops; the next first one gets the newest frame encoded.
 *
 * Encoding goes through core's `latestFrame`, which is `exhaustMap` keeping the newest item
 * that arrived while the encoder was busy: with `exhaustMap`, a frame arriving during an encode
 * would be ignored, and if it was the last one (a paused or ended source) the page would show
 * a stale picture for good. The encoder takes one frame at a time, as it requires.
 * An encoding failure is handed to `onError` and the stream goes on with the next frame.
 *
 * @example
 * import { SourceStream } from './source-stream.js';
 * import { JpegEncoder } from './jpeg-encoder.js';
 *
 * const encoder = new JpegEncoder(5);
 * const stream = new SourceStream({ maxFps: 15, encode: (image) => encoder.encode(image), onError: console.error });
 * const watching = stream.jpeg$.subscribe(({ frameId, jpeg }) => console.log(frameId, jpeg.length));
 * stream.show({ image: annotatedFrame, frameId: 1 }); // logs 1 and the JPEG's size, once encoded
 * watching.unsubscribe();
 */
export class SourceStream {
  readonly jpeg$: Observable<EncodedPicture>;
  private readonly pictures = new ReplaySubject<PreviewPicture>(1);

  constructor({ maxFps, encode, onError }: SourceStreamOptions) {
    this.jpeg$ = this.pictures.pipe(
      throttleTime(1000 / maxFps, asyncScheduler, { leading: true, trailing: true }),
      latestFrame((picture) =>
        defer(() => encode(picture.image)).pipe(
          map((jpeg): EncodedPicture => ({ frameId: picture.frameId, jpeg })),
          catchError((error: unknown) => {
            onError(error, picture);
            return EMPTY;
          }),
        ),
      ),
      shareReplay({ bufferSize: 1, refCount: true }),
    );
  }

  /** Makes `picture` the newest frame of this source (not copied: the caller must not change it). */
  show(picture: PreviewPicture): void {
    this.pictures.next(picture);
  }

  /** Ends `jpeg$` for every subscriber once the frame being encoded (if any) is done. */
  close(): void {
    this.pictures.complete();
  }
}
