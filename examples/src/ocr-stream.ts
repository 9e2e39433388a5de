/**
 * OCR on a live stream: PaddleOCR PP-OCRv4 (a foundation model, no training needed) reads the
 * text in the freshest frame of an RTSP camera, and prints what changed.
 *
 *   node examples/dist/ocr-stream.js rtsp://user:pass@camera/stream
 *
 * No camera at hand? Render a clip with text and serve it with the project's test RTSP server:
 *   ffmpeg -f lavfi -i color=c=white:s=1280x720:r=25 -t 20 \
 *     -vf "drawtext=text='RXCV 2024':fontsize=96:x=100+t*20:y=300" -c:v libx264 text.mp4
 *   /usr/bin/python3 ../shared/tools/rtsp_server.py --port 8554 --file /text=$PWD/text.mp4
 *   node examples/dist/ocr-stream.js rtsp://127.0.0.1:8554/text
 */
import { InferencePipeline, type OcrResult, type VideoFrame } from 'rxcv';

const url = process.argv[2];
if (!url) {
  console.error('usage: node examples/dist/ocr-stream.js <rtsp:// or other stream URL>');
  process.exit(2);
}

let lastText = '';
const pipeline = await InferencePipeline.init<OcrResult>({
  modelId: 'paddleocr-v4',
  videoReference: url,
  confidence: 0.5,
  onPrediction: (result, frame: VideoFrame) => {
    const text = result.predictions.map((p) => p.text).join(' | ');
    if (text !== lastText) {
      console.log(`frame ${frame.frameId}: ${text || '(no text)'}`);
      lastText = text;
    }
  },
  statusUpdateHandlers: [
    (event) => {
      if (event.severity === 'warning' || event.severity === 'error') console.error(event.type, JSON.stringify(event.payload));
    },
  ],
});
process.once('SIGINT', () => void pipeline.terminate());
pipeline.start();
await pipeline.join();
