// Child of session-thread.test.ts (runs against dist/: build first): keeps the model given in argv
// busy in its worker thread and calls process.exit(0) while a run is (almost surely) in progress.
// Without the exit guard this aborted the process ("terminate called after throwing an instance
// of 'Napi::Error'") every time.
import { loadModel } from '../../dist/index.js';

const model = await loadModel(process.argv[2], { warmup: false });
const image = { width: 416, height: 234, format: 'bgr24', data: new Uint8Array(416 * 234 * 3) };
let runs = 0;
const loop = async () => {
  for (;;) {
    await model.infer([image]);
    runs += 1;
  }
};
void loop();
setTimeout(() => {
  process.stdout.write(`exiting after ${runs} runs\n`);
  process.exit(0);
}, 300);
