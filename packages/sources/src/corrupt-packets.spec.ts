// When a CORRUPT flag counts: the demuxer's flag is a suspicion, the decoder has the last word.
import { describe, expect, it } from 'vitest';
import { CorruptPackets } from './corrupt-packets.js';

/** Feeds packets: `f` flagged and decoded cleanly, `c` clean, `d` decoded into a damaged picture, `r` refused. */
function feed(sequence: string, end = true): CorruptPackets {
  const corrupt = new CorruptPackets(1 / 10);
  [...sequence].forEach((kind, pts) => {
    const flagged = kind === 'f';
    corrupt.reading(pts, flagged);
    if (kind === 'r') corrupt.rejected(pts, false, `refused ${pts}`, new Error('refused'));
    else corrupt.decoded(flagged, kind === 'd');
  });
  if (end) corrupt.ended();
  return corrupt;
}

describe('CorruptPackets', () => {
  it('a flagged packet that decodes cleanly, followed by clean ones (a splice of two files), is not counted', () => {
    expect(feed('ccfcccccccccc').count).toBe(0);
  });

  it('a flagged packet followed by a damaged picture counts, with its time', () => {
    const corrupt = feed('ccfdcccccccc');
    expect(corrupt.count).toBe(1);
    expect(corrupt.firstTime).toBeCloseTo(0.2);
  });

  it('a flagged packet at the very end (a file cut in it) counts', () => {
    expect(feed('cccf').count).toBe(1);
    expect(feed('cccf', false).count).toBe(0);
  });

  it('a refused packet counts, and the first refusal is kept for the message', () => {
    const corrupt = feed('ccrcrc');
    expect(corrupt.count).toBe(2);
    expect(corrupt.firstRejection?.message).toBe('refused 2');
  });
});
