// FFmpeg's log level under node-av, by the names rxcv uses (`fatal`, `error`, ...).
import { AV_LOG_DEBUG, AV_LOG_ERROR, AV_LOG_FATAL, AV_LOG_INFO, AV_LOG_PANIC, AV_LOG_QUIET, AV_LOG_TRACE, AV_LOG_VERBOSE, AV_LOG_WARNING } from 'node-av/constants';
import type { AVLogLevel } from 'node-av/constants';
import { Log } from 'node-av/lib';
import { FfmpegError } from '../ffmpeg-error.js';

const LEVELS: ReadonlyArray<readonly [string, AVLogLevel]> = [
  ['quiet', AV_LOG_QUIET],
  ['panic', AV_LOG_PANIC],
  ['fatal', AV_LOG_FATAL],
  ['error', AV_LOG_ERROR],
  ['warning', AV_LOG_WARNING],
  ['info', AV_LOG_INFO],
  ['verbose', AV_LOG_VERBOSE],
  ['debug', AV_LOG_DEBUG],
  ['trace', AV_LOG_TRACE],
];

export function logLevel(): string {
  const level = Log.getLevel();
  return LEVELS.find(([, value]) => value === level)?.[0] ?? String(level);
}

export function setLogLevel(name: string): void {
  const level = LEVELS.find(([candidate]) => candidate === name)?.[1];
  if (level === undefined) throw new FfmpegError(`unknown FFmpeg log level ${JSON.stringify(name)}; use one of: ${LEVELS.map(([n]) => n).join(', ')}`);
  Log.setLevel(level);
}

/**
 * The level for the process: `RXCV_FFMPEG_LOGLEVEL`, else `fatal`. rxcv's errors carry FFmpeg's
 * message already, so FFmpeg's own log stays quiet unless someone is debugging.
 */
export function applyLogLevelFromEnvironment(): void {
  setLogLevel(process.env.RXCV_FFMPEG_LOGLEVEL || 'fatal');
}
