// Chooses and loads an FFmpeg backend: only the chosen binding is ever loaded.
import type { FfmpegBackend, FfmpegBackendName } from './backend.js';
import { FfmpegBackendError } from './ffmpeg-error.js';

export const FFMPEG_BACKENDS: readonly FfmpegBackendName[] = ['beamcoder', 'node-av'];

/** The default when neither an `ffmpeg` option nor `RXCV_FFMPEG` chooses. */
export const DEFAULT_FFMPEG_BACKEND: FfmpegBackendName = 'beamcoder';

/**
 * The backend to use: `choice` (an `ffmpeg` option) if given, else `RXCV_FFMPEG`, else beamcoder.
 * Throws `FFMPEG_BACKEND_UNKNOWN` for any other name.
 */
export function chooseFfmpegBackend(choice?: string): FfmpegBackendName {
  const name = choice ?? (process.env.RXCV_FFMPEG || undefined) ?? DEFAULT_FFMPEG_BACKEND;
  if ((FFMPEG_BACKENDS as readonly string[]).includes(name)) return name as FfmpegBackendName;
  const from = choice === undefined ? 'RXCV_FFMPEG' : 'the ffmpeg option';
  throw new FfmpegBackendError('FFMPEG_BACKEND_UNKNOWN', `${from} is ${JSON.stringify(name)}; use one of: ${FFMPEG_BACKENDS.join(', ')}`);
}

const loading = new Map<FfmpegBackendName, Promise<FfmpegBackend>>();

/**
 * Loads a backend once per process (see `chooseFfmpegBackend` for how it is chosen). The binding
 * is imported only here, dynamically, so a process that runs on node-av never loads beamcoder
 * (and works where beamcoder is not installed at all), and the other way round. Rejects with
 * `FFMPEG_BACKEND_UNAVAILABLE` saying what to install.
 */
export function loadFfmpegBackend(choice?: string): Promise<FfmpegBackend> {
  let name: FfmpegBackendName;
  try {
    name = chooseFfmpegBackend(choice);
  } catch (error) {
    return Promise.reject(error);
  }
  let backend = loading.get(name);
  if (backend === undefined) {
    backend = name === 'node-av' ? loadNodeAv() : loadBeamcoderBackend();
    // A failed load is not remembered: the user may install the package and try again.
    backend.catch(() => loading.delete(name));
    loading.set(name, backend);
  }
  return backend;
}

async function loadBeamcoderBackend(): Promise<FfmpegBackend> {
  try {
    const { createBeamcoderBackend } = await import('./beamcoder/beamcoder-backend.js');
    return createBeamcoderBackend();
  } catch (error) {
    throw unavailable(
      error,
      '@rxcv/beamcoder',
      'the beamcoder FFmpeg backend is not installed (or did not build): install @rxcv/beamcoder, which needs FFmpeg 5.1 development libraries and a C++ compiler (see the @rxcv/sources README), or choose node-av: npm install node-av, and ffmpeg: "node-av" or RXCV_FFMPEG=node-av',
    );
  }
}

async function loadNodeAv(): Promise<FfmpegBackend> {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 22) {
    throw new FfmpegBackendError(
      'FFMPEG_BACKEND_UNAVAILABLE',
      `the node-av FFmpeg backend needs Node 22 or newer; this is Node ${process.versions.node}`,
    );
  }
  try {
    const { createNodeAvBackend } = await import('./node-av/node-av-backend.js');
    return await createNodeAvBackend();
  } catch (error) {
    throw unavailable(error, 'node-av', 'the node-av FFmpeg backend is not installed: npm install node-av (MIT, ships FFmpeg prebuilt; Node 22 or newer)');
  }
}

/** A missing package becomes the typed error; any other failure (a real bug) passes as it is. */
function unavailable(error: unknown, packageName: string, message: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  const text = error instanceof Error ? error.message : String(error);
  const missing = (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && text.includes(packageName);
  const failedBuild = /\.node\b|dlopen|NODE_MODULE_VERSION|was compiled against/.test(text);
  if (!missing && !failedBuild) return error;
  return new FfmpegBackendError('FFMPEG_BACKEND_UNAVAILABLE', failedBuild ? `${message} (loading it failed: ${text})` : message, { cause: error });
}
