import { describe, expect, it } from 'vitest';
import { streamDemuxerOptions, webcamDemuxerOptions } from './demuxer-options.js';

describe('streamDemuxerOptions', () => {
  it('RTSP: TCP, timeout = 40% of timeoutMs in µs (a read fails after ~2x it), short analysis', () => {
    expect(streamDemuxerOptions('rtsp://cam/live')).toEqual({ rtsp_transport: 'tcp', timeout: '2000000', analyzeduration: '200000' });
    expect(streamDemuxerOptions('rtsp://cam/live', { transport: 'udp', timeoutMs: 10_000, analyzeDurationMs: 500 })).toEqual({
      rtsp_transport: 'udp',
      timeout: '4000000',
      analyzeduration: '500000',
    });
  });

  it('UDP/RTP/SRT use `timeout`; HTTP, RTMP and the rest `rw_timeout`', () => {
    expect(streamDemuxerOptions('udp://127.0.0.1:1234')).toEqual({ timeout: '2000000', analyzeduration: '200000' });
    expect(streamDemuxerOptions('srt://127.0.0.1:9000')).toMatchObject({ timeout: '2000000' });
    expect(streamDemuxerOptions('https://x/live.m3u8')).toEqual({ rw_timeout: '2000000', analyzeduration: '200000' });
    expect(streamDemuxerOptions('rtmp://x/app/key')).toEqual({ rw_timeout: '2000000', analyzeduration: '200000' });
  });

  it('lets extra FFmpeg options win', () => {
    expect(streamDemuxerOptions('rtsp://cam/live', { demuxerOptions: { rtsp_transport: 'udp_multicast', probesize: '32768' } })).toMatchObject({
      rtsp_transport: 'udp_multicast',
      probesize: '32768',
    });
  });
});

describe('webcamDemuxerOptions', () => {
  it('maps size, rate and pixel format to the video4linux2 demuxer options', () => {
    expect(webcamDemuxerOptions({ width: 1280, height: 720, fps: 30, inputPixelFormat: 'mjpeg' })).toEqual({
      video_size: '1280x720',
      framerate: '30',
      input_format: 'mjpeg',
    });
    expect(webcamDemuxerOptions({})).toEqual({});
    expect(webcamDemuxerOptions({ fps: 7.5 })).toEqual({ framerate: '7.5' });
  });

  it('rejects half a size and non-positive values', () => {
    expect(() => webcamDemuxerOptions({ width: 640 })).toThrow(/width and height/);
    expect(() => webcamDemuxerOptions({ width: 0, height: 480 })).toThrow(/positive/);
    expect(() => webcamDemuxerOptions({ fps: -1 })).toThrow(/positive/);
  });
});
