#!/usr/bin/env node
// Prints what one ByteTracker.update costs (µs, p50 and p95) with 10 and 100 detections a frame:
// objects moving steadily with jitter on a 1920x1080 frame, 10% of them missed in any frame, a
// quarter of them at low confidence, and a few low-confidence false positives. Also the real
// highway fixture (YOLOX-Nano detections) when the shared assets are there.
// Wall time is what a pipeline waits; CPU time (this process's, from getrusage) leaves out the
// time the process was descheduled, which dominates the tail on a busy shared machine.
// Run after `pnpm --filter @rxcv/analytics build`:
//   node packages/analytics/bench/byte-tracker-bench.mjs
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ByteTracker } from '../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.RXCV_SHARED ?? join(here, '..', '..', '..', '..', 'shared');
const FRAMES = 2000;
const WARM_UP = 200;

/** A small deterministic generator, so every run measures the same scene. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function scene(objects, frames) {
  const rnd = random(objects);
  const things = Array.from({ length: objects }, () => ({
    x: rnd() * 1800 + 60, y: rnd() * 960 + 60, vx: rnd() * 6 - 3, vy: rnd() * 4 - 2,
    w: 30 + rnd() * 60, h: 50 + rnd() * 90, weak: rnd() < 0.25,
  }));
  return Array.from({ length: frames }, () => {
    const predictions = [];
    for (const t of things) {
      t.x = ((t.x + t.vx + 1920) % 1920);
      t.y = ((t.y + t.vy + 1080) % 1080);
      if (rnd() < 0.1) continue;
      predictions.push({ x: t.x + rnd() * 2 - 1, y: t.y + rnd() * 2 - 1, width: t.w, height: t.h,
        confidence: t.weak ? 0.12 + rnd() * 0.12 : 0.4 + rnd() * 0.5, class: 'person', class_id: 0, detection_id: '' });
    }
    for (let i = 0; i < 2; i++) {
      predictions.push({ x: rnd() * 1920, y: rnd() * 1080, width: 40, height: 40, confidence: 0.11 + rnd() * 0.1, class: 'person', class_id: 0, detection_id: '' });
    }
    return { image: { width: 1920, height: 1080 }, predictions };
  });
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function measure(label, frames) {
  const tracker = new ByteTracker();
  const samples = [];
  const cpuSamples = [];
  let kept = 0;
  frames.forEach((frame, i) => {
    const cpu = process.cpuUsage();
    const t = process.hrtime.bigint();
    const out = tracker.update(frame);
    const us = Number(process.hrtime.bigint() - t) / 1000;
    const used = process.cpuUsage(cpu);
    if (i >= WARM_UP) {
      samples.push(us);
      cpuSamples.push(used.user + used.system);
    }
    kept += out.predictions.length;
  });
  samples.sort((a, b) => a - b);
  cpuSamples.sort((a, b) => a - b);
  const detections = frames.reduce((n, f) => n + f.predictions.length, 0) / frames.length;
  console.log(
    `ByteTracker.update ${label.padEnd(30)} ${detections.toFixed(0).padStart(4)} det/frame  ` +
      `wall p50 ${percentile(samples, 50).toFixed(0).padStart(5)} µs  p95 ${percentile(samples, 95).toFixed(0).padStart(6)} µs  ` +
      `cpu p50 ${percentile(cpuSamples, 50).toFixed(0).padStart(5)} µs  p95 ${percentile(cpuSamples, 95).toFixed(0).padStart(6)} µs  ` +
      `(${samples.length} frames, ${(kept / frames.length).toFixed(1)} tracked/frame)`,
  );
}

measure('10 objects', scene(10, FRAMES));
measure('100 objects', scene(100, FRAMES));
const fixture = join(shared, 'analytics', 'highway_yolox_nano.jsonl');
if (existsSync(fixture)) {
  const frames = readFileSync(fixture, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  // The clip is short: run it ten times (a fresh tracker state each time is not needed for timing).
  measure('highway fixture (x10)', Array.from({ length: 10 }, () => frames).flat());
}
