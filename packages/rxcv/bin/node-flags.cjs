'use strict';
/**
 * V8 flags rxcv's processes are best started with (`node <flags> ...`; they cannot be set once
 * the process runs, nor through NODE_OPTIONS).
 *
 * `--initial-old-space-size=64`: every decoded picture handed to JavaScript (~3 MB at 1280x720)
 * and every model output (~1.2 MB for YOLOX-Nano) is an external ArrayBuffer. With V8's default
 * (small) initial heap, those external bytes start a full mark-compact every ~5 frames, although
 * the JavaScript heap stays under 10 MB. Measured on a 1280x720 file pipeline with YOLOX-Nano
 * (rxcv README, Performance; `bench/ab-file.mjs node-flags`): mark-compacts per 221 frames
 * ~50 -> 6-9, CPU per frame ~28.5 -> ~26.5 ms, +7% frames/s on average, peak RSS +~28 MB
 * (still flat over a long clip).
 *
 * `--max-semi-space-size=8`: V8's young generation may otherwise grow to two 64 MB semi-spaces
 * (Node 24 without pointer compression). They are committed at once but become resident page by
 * page: the collections that the frames' external memory starts come long before a semi-space
 * is full, so each cycle writes only its first pages, and pages further in are reached rarely.
 * In a 30-minute soak (README, Soak) that was all of RSS's growth after the warm-up, ~2.8 MB/min,
 * for ~40 min until the 128 MB were resident. Capped at 2 x 8 MB the creep ends within minutes.
 */
const NODE_FLAGS = ['--initial-old-space-size=64', '--max-semi-space-size=8'];

module.exports = { NODE_FLAGS };
