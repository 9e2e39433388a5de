// Loads a model with the default device ('auto') and prints which provider runs, for the
// stderr check in device.test.ts (onnxruntime writes its log lines natively, to fd 2).
import { loadModel } from '../../dist/index.js';

const model = await loadModel(process.argv[2], { warmup: false });
console.log(JSON.stringify({ provider: model.executionProvider.name }));
await model.dispose();
