// Conversions between node-av's values (bigint time stamps, Rational objects, enum numbers) and
// the plain numbers and names of rxcv's FFmpeg interface.
import { AV_NOPTS_VALUE } from 'node-av/constants';
import { Rational as NodeAvRational, avGetPixFmtFromName } from 'node-av/lib';
import type { AVPixelFormat } from 'node-av/constants';
import type { Rational } from '../backend.js';
import { FfmpegError } from '../ffmpeg-error.js';

/** A time stamp from FFmpeg; null for AV_NOPTS_VALUE (no time stamp). */
export function timestampFrom(value: bigint): number | null {
  return value === AV_NOPTS_VALUE ? null : Number(value);
}

/** A time stamp for FFmpeg; AV_NOPTS_VALUE for null. */
export function timestampTo(value: number | null): bigint {
  return value === null ? AV_NOPTS_VALUE : BigInt(Math.round(value));
}

export function rationalFrom(value: { readonly num: number; readonly den: number }): Rational {
  return [value.num, value.den];
}

export function rationalTo(value: Rational): NodeAvRational {
  return new NodeAvRational(value[0], value[1]);
}

/** FFmpeg's pixel format for a name (`rgb24`); an `FfmpegError` naming it when FFmpeg has none. */
export function pixelFormatFromName(name: string): AVPixelFormat {
  const format = avGetPixFmtFromName(name);
  if (format < 0) throw new FfmpegError(`Invalid pixel format "${name}"`);
  return format;
}
