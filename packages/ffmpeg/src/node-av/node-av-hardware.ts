// Hardware decoding devices for node-av: `auto` takes what the machine has, a named one must exist.
import { AV_HWDEVICE_TYPE_NONE } from 'node-av/constants';
import { HardwareContext } from 'node-av/api';
import { FFmpegError, HardwareDeviceContext, avGetHardwareDeviceTypeFromName } from 'node-av/lib';
import type { AVCodecID, FFHWDeviceType } from 'node-av/constants';
import type { HardwareDecoding } from '../backend.js';
import { FfmpegBackendError } from '../ffmpeg-error.js';

/** What each device needs, for the error a user reads when it is missing. */
const NEEDS: Record<Exclude<HardwareDecoding, 'auto' | false>, string> = {
  vaapi: 'a GPU with a VA-API driver (Intel iHD/i965 or AMD/Mesa radeonsi) and a render node /dev/dri/renderD128 this user can open',
  cuda: 'an NVIDIA GPU with its driver (libcuda.so) installed',
  qsv: 'an Intel GPU with the oneVPL / Media SDK runtime (libvpl) and /dev/dri access',
  videotoolbox: 'macOS (VideoToolbox)',
};

/**
 * The hardware context to decode `codecId` with, or null for software. `'auto'` returns null when
 * the machine has no usable device (or none decodes this codec); a named device that cannot be
 * opened or cannot decode the codec throws `HARDWARE_DECODING_UNAVAILABLE`.
 */
export function openHardware(choice: HardwareDecoding | undefined, codecId: AVCodecID, codecName: string): HardwareContext | null {
  if (choice === undefined || choice === false) return null;
  if (choice === 'auto') {
    const context = HardwareContext.auto();
    if (context === null) return null;
    if (context.supportsCodec(codecId)) return context;
    context.dispose();
    return null;
  }
  const needs = NEEDS[choice];
  if (needs === undefined) {
    throw new FfmpegBackendError('HARDWARE_DECODING_UNAVAILABLE', `unknown hardware decoding ${JSON.stringify(choice)}; use auto, vaapi, cuda, qsv, videotoolbox or false`);
  }
  const unavailable = (why: string): FfmpegBackendError =>
    new FfmpegBackendError('HARDWARE_DECODING_UNAVAILABLE', `hardware decoding with ${choice} is not available: ${why}; it needs ${needs}`);
  if (choice === 'videotoolbox' && process.platform !== 'darwin') throw unavailable(`this is ${process.platform}, not macOS`);
  const type = avGetHardwareDeviceTypeFromName(choice as FFHWDeviceType);
  if (type === AV_HWDEVICE_TYPE_NONE) throw unavailable('this FFmpeg build has no support for it');
  // Opened once at the low level first, for FFmpeg's reason when it fails.
  const probe = new HardwareDeviceContext();
  const code = probe.create(type, null, null);
  probe.free();
  if (code < 0) throw unavailable(`FFmpeg could not open the device (${FFmpegError.strerror(code)})`);
  const context = HardwareContext.create(choice as FFHWDeviceType);
  if (context === null) throw unavailable('FFmpeg could not open the device');
  if (!context.supportsCodec(codecId)) {
    context.dispose();
    throw unavailable(`it cannot decode ${codecName}`);
  }
  return context;
}
