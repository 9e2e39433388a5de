// Marble tests of one source's picture stream: rate limit, one encode at a time, the newest
// frame never left out, the latest JPEG shared, and encoding only while someone watches.
import { TestScheduler } from 'rxjs/testing';
import { throwError, type ObservableInput } from 'rxjs';
import { describe, expect, it } from 'vitest';
import type { FrameImage } from '@rxcv/core';
import { SourceStream, type EncodedPicture } from './source-stream.js';

/** A 1×1 picture that carries its marble letter in its red byte. */
const image = (tag: string): FrameImage => ({ width: 1, height: 1, format: 'rgb24', data: new Uint8Array([tag.charCodeAt(0), 0, 0]) });
const tagOf = (img: FrameImage) => String.fromCharCode(img.data[0]);
/** The "JPEG" of frame `tag` in these tests: its letter in upper case. */
const jpeg = (tag: string): EncodedPicture => ({ frameId: tag.charCodeAt(0) - 96, jpeg: Buffer.from(tag.toUpperCase()) });
const JPEGS = Object.fromEntries([...'abcdefgh'].map((t) => [t.toUpperCase(), jpeg(t)]));

function testScheduler() {
  return new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
}

/** A stream whose encoder takes `encodeMarble` (virtual time) and records what it encoded. */
function streamFor(cold: TestScheduler['createColdObservable'], maxFps: number, encodeMarble: string) {
  const encoded: string[] = [];
  const errors: string[] = [];
  const stream = new SourceStream({
    maxFps,
    encode: (img): ObservableInput<Buffer> => {
      encoded.push(tagOf(img));
      return cold(encodeMarble, { j: Buffer.from(tagOf(img).toUpperCase()) });
    },
    onError: (error, picture) => errors.push(`${picture.frameId}: ${String(error)}`),
  });
  return { stream, encoded, errors };
}

const show = (stream: SourceStream) => (tag: string) => stream.show({ image: image(tag), frameId: tag.charCodeAt(0) - 96 });

describe('SourceStream', () => {
  it('encodes at most maxFps pictures a second, leading and trailing, and ends on the newest frame', () => {
    testScheduler().run(({ cold, hot, expectObservable, flush }) => {
      // maxFps 250: one picture per 4 ms; encoding takes 3 ms.
      const { stream, encoded } = streamFor(cold, 250, '---(j|)');
      hot('a-b-c-d-e-f-g-h').subscribe(show(stream));
      expectObservable(stream.jpeg$, '^-------------------------!').toBe('---A---C---E---G---H', JPEGS);
      flush();
      expect(encoded).toEqual(['a', 'c', 'e', 'g', 'h']);
    });
  });

  it('keeps the newest frame that arrived while the encoder was busy (where exhaustMap would drop it)', () => {
    testScheduler().run(({ cold, hot, expectObservable, flush }) => {
      // maxFps 500 (one per 2 ms) but encoding takes 5 ms: b arrives during a's encode and is the last frame.
      const { stream, encoded } = streamFor(cold, 500, '-----(j|)');
      hot('a-b').subscribe(show(stream));
      expectObservable(stream.jpeg$, '^--------------!').toBe('-----A----B', JPEGS);
      flush();
      expect(encoded).toEqual(['a', 'b']);
    });
  });

  it('shares one encode among watchers: a late one gets the latest JPEG at once', () => {
    testScheduler().run(({ cold, hot, expectObservable, flush }) => {
      const { stream, encoded } = streamFor(cold, 250, '--(j|)');
      hot('a').subscribe(show(stream));
      expectObservable(stream.jpeg$, '^---------!').toBe('--A', JPEGS);
      expectObservable(stream.jpeg$, '------^---!').toBe('------A', JPEGS);
      flush();
      expect(encoded).toEqual(['a']);
    });
  });

  it('encodes nothing while nobody watches; the first watcher gets the newest frame encoded', () => {
    testScheduler().run(({ cold, hot, expectObservable, flush }) => {
      const { stream, encoded } = streamFor(cold, 250, '--(j|)');
      hot('a-b-c').subscribe(show(stream));
      expectObservable(stream.jpeg$, '------^---!').toBe('--------C', JPEGS);
      flush();
      expect(encoded).toEqual(['c']);
    });
  });

  it('reports a picture that cannot be encoded and goes on with the next', () => {
    testScheduler().run(({ hot, cold, expectObservable, flush }) => {
      const errors: string[] = [];
      const stream = new SourceStream({
        maxFps: 250,
        encode: (img) => (tagOf(img) === 'a' ? throwError(() => new Error('bad picture')) : cold('-(j|)', { j: Buffer.from('B') })),
        onError: (error, picture) => errors.push(`${picture.frameId}: ${(error as Error).message}`),
      });
      hot('a---b').subscribe(show(stream));
      expectObservable(stream.jpeg$, '^--------!').toBe('-----B', JPEGS);
      flush();
      expect(errors).toEqual(['1: bad picture']);
    });
  });

  it('a throwing encode call is an error notification, reported like a failed one', () => {
    testScheduler().run(({ hot, expectObservable, flush }) => {
      const errors: string[] = [];
      const stream = new SourceStream({
        maxFps: 250,
        encode: () => {
          throw new Error('thrown');
        },
        onError: (error) => errors.push((error as Error).message),
      });
      hot('a').subscribe(show(stream));
      expectObservable(stream.jpeg$, '^---!').toBe('');
      flush();
      expect(errors).toEqual(['thrown']);
    });
  });

  it('close() completes the watchers after the frame being encoded', () => {
    testScheduler().run(({ cold, hot, expectObservable }) => {
      const { stream } = streamFor(cold, 250, '--(j|)');
      hot('a').subscribe(show(stream));
      hot('-x').subscribe(() => stream.close());
      expectObservable(stream.jpeg$).toBe('--(A|)', JPEGS);
    });
  });
});
