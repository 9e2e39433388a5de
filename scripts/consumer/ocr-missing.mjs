// A detection-only install has no OCR weights: asking for OCR must say which package to add.
import { loadModel } from '@rxcv/models';

try {
  await loadModel('paddleocr-v4');
  console.log(JSON.stringify({ loaded: true }));
} catch (error) {
  console.log(JSON.stringify({ name: error.name, code: error.code, message: error.message }));
}
