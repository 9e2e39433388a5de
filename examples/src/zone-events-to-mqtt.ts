/**
 * People entering a zone, sent to MQTT, with a clip of each entry. Composed by hand: a file (or
 * RTSP camera) source, YOLOX-Nano keeping people only, `track()` for ids, `watchZone()` for the
 * events; the `zone_entered` events go to `mqttSink` (topic `rxcv/<source>/events`) and to
 * `eventClips` (an MP4 from 3 s before to 3 s after, a JPEG snapshot with the boxes, a JSON
 * sidecar), and every frame goes to `eventClips` for its pre-roll. Each finished clip is
 * announced on MQTT too. Status events (broker down, queue overflow, a folder that cannot be
 * written) are printed; none of them stops the run.
 *
 *   node examples/dist/zone-events-to-mqtt.js [video or rtsp://...] [mqtt://host:1883] [clips-dir] [seconds]
 *
 * Watch the messages with `mosquitto_sub -t 'rxcv/#' -v`. Default: the indoor clip of the shared
 * assets, a broker on 127.0.0.1:1883, `./clips`, the first 30 s.
 */
import { filter, ignoreElements, lastValueFrom, merge, share, takeWhile, tap } from 'rxjs';
import { filterPredictions, frameByFrame, inferFrame, toSink, type ObjectDetectionResult } from '@rxcv/core';
import { openVideoSource } from '@rxcv/sources';
import { loadModel } from '@rxcv/models';
import { eventClips, mqttSink, toEventSink } from '@rxcv/sinks';
import { PolygonZone, track, watchZone } from '@rxcv/analytics';
import { exampleMedia, exampleModelsDir } from './example-clip.js';

const video = process.argv[2] || exampleMedia('person_indoor_768x432_139s.mp4');
const broker = process.argv[3] ?? 'mqtt://127.0.0.1:1883';
const dir = process.argv[4] ?? 'clips';
const seconds = Number(process.argv[5] ?? 30);

const model = await loadModel<ObjectDetectionResult>('yolox-nano', { modelsDir: exampleModelsDir() });
const source = await openVideoSource(video);
// The left half of the 768x432 indoor picture: a person whose feet are in it has entered.
const zone = new PolygonZone({ polygon: [[0, 0], [384, 0], [384, 432], [0, 432]], name: 'left-half' });

const mqtt = mqttSink({ url: broker, qos: 1 });
const clips = eventClips({ dir, preSeconds: 3, postSeconds: 3, on: ['zone_entered'] });
merge(mqtt.status$, clips.status$).subscribe((s) => console.log(`[${s.severity}] ${s.type} ${JSON.stringify(s.payload)}`));
clips.clips$.subscribe((clip) => {
  console.log(`clip ${clip.clip}: frames ${clip.frames.first}-${clip.frames.last}, ${clip.events.length} entries`);
  mqtt.sendEvent({ ...clip.event, type: 'clip_written', clip: clip.clip, snapshot: clip.snapshot, frames: clip.frames } as typeof clip.event);
});

const tracked$ = frameByFrame((demand$) => source.frames(demand$), inferFrame(model, { confidence: 0.3 })).pipe(
  takeWhile(({ frame }) => frame.frameId <= seconds * (frame.fps ?? 25)),
  filterPredictions<ObjectDetectionResult>((p) => p.class === 'person'),
  track(),
  share(),
);

// Events first, so an entry is marked before its frame reaches the clips.
const entries$ = tracked$.pipe(
  watchZone(zone),
  filter((e) => e.type === 'zone_entered'),
  tap((e) => console.log(`frame ${e.frameId}: person #${e.trackerId} entered ${e.zone}`)),
  toEventSink(mqtt),
  toEventSink(clips),
);
const frames$ = tracked$.pipe(toSink(clips));

await lastValueFrom(merge(entries$.pipe(ignoreElements()), frames$.pipe(ignoreElements())), { defaultValue: null });
await clips.close(); // cuts the last clip and announces it on MQTT before MQTT closes
await mqtt.close();
await model.dispose();
console.log(`mqtt: ${JSON.stringify(mqtt.stats())}`);
console.log(`clips: ${JSON.stringify(clips.stats())}`);
