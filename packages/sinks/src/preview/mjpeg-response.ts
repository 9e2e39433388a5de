// Writing a stream of JPEGs to a browser as MJPEG (`multipart/x-mixed-replace`), which an
// `<img>` plays without plugins, skipping pictures for a browser that reads too slowly.
import type { ServerResponse } from 'node:http';
import type { Observable } from 'rxjs';
import type { EncodedPicture } from './source-stream.js';

export const MJPEG_BOUNDARY = 'rxcvframe';
/** A client with more than this many bytes unsent gets no new picture until it catches up. */
const MAX_UNSENT_BYTES = 1 << 20;

function writePart(res: ServerResponse, jpeg: Buffer): void {
  if (res.writableLength > MAX_UNSENT_BYTES) return; // a slow browser skips frames
  res.write(`--${MJPEG_BOUNDARY}\r\nContent-Type: image/jpeg\r\nContent-Length: ${jpeg.length}\r\n\r\n`);
  res.write(jpeg);
  res.write('\r\n');
}

/**
 * Answers `res` with the pictures of `jpeg$` as MJPEG until `jpeg$` ends (then the response
 * ends) or the browser goes away (then `jpeg$` is unsubscribed, so an unwatched source
 * stops encoding). `headers` are added to the response's own.
 */
export function streamMjpeg(res: ServerResponse, jpeg$: Observable<EncodedPicture>, headers: Record<string, string>): void {
  res.writeHead(200, {
    ...headers,
    'Content-Type': `multipart/x-mixed-replace; boundary=${MJPEG_BOUNDARY}`,
    'Cache-Control': 'no-cache, no-store',
    Connection: 'close',
  });
  res.flushHeaders(); // the browser sees the stream start before the first picture
  const subscription = jpeg$.subscribe({
    next: ({ jpeg }) => writePart(res, jpeg),
    complete: () => res.end(),
    error: () => res.end(),
  });
  res.once('close', () => subscription.unsubscribe());
}
